import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { MessagePage } from '@/components/layout/message-page';
import { PageHeading } from '@/components/layout/page-heading';
import { Button, ButtonGroup } from '@/components/ui/button';
import { roleHome } from '@/lib/navigation';
import { signOutAction } from '@/lib/server/actions/session';
import { getCurrentUser } from '@/lib/server/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signOut');
  return { title: t('title') };
}

/** Sign-out confirmation (a button, so a link or prefetch can never sign anyone out), then "signed out". */
export default async function SignOutPage({ searchParams }: { searchParams: Promise<{ uscito?: string }> }) {
  const [user, params, t] = await Promise.all([getCurrentUser(), searchParams, getTranslations('auth.signOut')]);
  if (!user) {
    if (!params.uscito) redirect('/accedi');
    return <MessagePage title={t('doneTitle')} body={t('done')} link={{ href: '/accedi', label: t('signInAgain') }} />;
  }
  return (
    <div className="max-w-2xl">
      <PageHeading title={t('title')} lead={t('body')} />
      <form action={signOutAction}>
        <ButtonGroup>
          <Button>{t('submit')}</Button>
          <Link href={roleHome[user.role]}>{t('cancel')}</Link>
        </ButtonGroup>
      </form>
    </div>
  );
}
