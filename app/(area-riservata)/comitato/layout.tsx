import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { pageRole } from '@/lib/server/auth/page-guards';
import { SectionNav } from './_components/section-nav';

/** The Committee's back office: staff and admins only (every page and action re-checks). */
export default async function CommitteeLayout({ children }: { children: ReactNode }) {
  await pageRole('/comitato', 'STAFF', 'ADMIN');
  const t = await getTranslations('review.nav');
  return (
    <>
      <SectionNav
        label={t('home')}
        items={[
          { href: '/comitato', label: t('home'), exact: true },
          { href: '/comitato/domande', label: t('queue') },
          { href: '/comitato/delibere', label: t('resolutions') },
          { href: '/comitato/audit', label: t('audit') },
          { href: '/comitato/report', label: t('reports') },
          { href: '/comitato/deleghe', label: t('delegations') },
        ]}
      />
      {children}
    </>
  );
}
