import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { roleHome, safeReturnPath } from '@/lib/navigation';
import { getCurrentUser } from '@/lib/server/auth/session';
import { SignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signIn');
  return { title: t('title') };
}

type SearchParams = Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The message for an `error` that next-auth's own endpoints put in the address when they redirect here. */
async function nextAuthErrorMessage(error: string | undefined): Promise<string | undefined> {
  if (!error) return undefined;
  const t = await getTranslations('auth.signIn');
  const rateLimited = /^RATE_LIMITED:(\d+)$/.exec(error);
  if (rateLimited) return t('rateLimited', { minutes: Math.ceil(Number(rateLimited[1]) / 60) });
  return error === 'CredentialsSignin' ? t('invalid') : t('unavailable');
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(first(params.callbackUrl), '');
  const user = await getCurrentUser();
  if (user) redirect(callbackUrl || roleHome[user.role]);

  const t = await getTranslations('auth.signIn');
  return (
    <div className="max-w-2xl">
      <PageHeading title={t('title')} lead={t('intro')} />
      <ClientMessages namespaces={['auth']}>
        <SignInForm callbackUrl={callbackUrl || undefined} initialError={await nextAuthErrorMessage(first(params.error))} />
      </ClientMessages>
      <p className="mt-8">
        <Link href="/simulatore">{t('simulatorLink')}</Link>
      </p>
    </div>
  );
}
