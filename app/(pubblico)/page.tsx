import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/layout/page-heading';
import { ButtonGroup } from '@/components/ui/button';
import { LinkButton } from '@/components/ui/link-button';
import { roleHome } from '@/lib/navigation';
import { getCurrentUser } from '@/lib/server/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('home.landing');
  return { title: { absolute: t('title') } };
}

/** Start page for visitors; a signed-in user goes straight to their own home. */
export default async function LandingPage() {
  const user = await getCurrentUser();
  if (user) redirect(roleHome[user.role]);
  const t = await getTranslations('home.landing');
  const who = t.raw('who') as string[];
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      <ButtonGroup>
        <LinkButton href="/simulatore">{t('simulate')}</LinkButton>
        <Link href="/accedi" className="text-lg">
          {t('signIn')}
        </Link>
      </ButtonGroup>
      <section aria-labelledby="per-chi" className="mt-12 max-w-3xl">
        <h2 id="per-chi" className="mb-4 text-3xl">
          {t('whoTitle')}
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          {who.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
