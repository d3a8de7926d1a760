import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Messages } from '@/lib/i18n/messages';

/**
 * Sends the texts of the given namespaces to the client components inside it (plus `common`,
 * which the root layout already sends). Keeps every other namespace off the client:
 * `<ClientMessages namespaces={['auth']}><SignInForm /></ClientMessages>`.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: Array<keyof Messages>; children: ReactNode }) {
  const all = (await getMessages()) as Messages;
  const picked = Object.fromEntries(['common', ...namespaces].map((ns) => [ns, all[ns as keyof Messages]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
