import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { NamespaceKeys, NestedKeyOf } from 'use-intl';
import type { Messages } from '@/lib/i18n/messages';

/** A namespace ("review") or a part of one ("review.messages"), as `useTranslations` takes it. */
export type ClientNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

type Tree = { [key: string]: string | Tree };

/** Copies the sub-tree at `path` of `from` into `into`, creating the parents on the way. */
function pick(into: Tree, from: Tree, path: string): void {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const value = from[head];
  if (value === undefined) return;
  if (rest.length === 0 || typeof value === 'string') {
    into[head] = value;
    return;
  }
  const child = (into[head] ??= {});
  if (typeof child !== 'string') pick(child, value, rest.join('.'));
}

/**
 * Sends the texts of the given namespaces to the client components inside it (plus `common`,
 * which the root layout already sends). Keeps every other namespace off the client:
 * `<ClientMessages namespaces={['auth']}><SignInForm /></ClientMessages>`. A dotted part
 * (`'review.messages'`) sends only that part: the review page's two small forms need 1 KB of the
 * 11 KB `review` namespace, and every text sent is in the page's RSC payload.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: ClientNamespace[]; children: ReactNode }) {
  const all = (await getMessages()) as unknown as Tree;
  const picked: Tree = {};
  for (const ns of ['common', ...namespaces]) pick(picked, all, ns);
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
