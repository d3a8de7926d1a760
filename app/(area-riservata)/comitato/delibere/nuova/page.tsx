import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { pageRole } from '@/lib/server/auth/page-guards';
import { ResolutionForm } from './resolution-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review.resolutions.form');
  return { title: t('title') };
}

/** Record a resolution in the register (number, date, subject; optionally a dated parameter). */
export default async function NewResolutionPage() {
  await pageRole('/comitato/delibere/nuova', 'STAFF', 'ADMIN');
  const [t, tNav] = await Promise.all([getTranslations('review.resolutions.form'), getTranslations('review.nav')]);
  return (
    <>
      <Breadcrumb items={[{ label: tNav('resolutions'), href: '/comitato/delibere' }, { label: t('title') }]} />
      <PageHeading title={t('title')} />
      <ClientMessages namespaces={['review']}>
        <ResolutionForm />
      </ClientMessages>
    </>
  );
}
