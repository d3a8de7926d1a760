import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { pageRole } from '@/lib/server/auth/page-guards';
import { companyPaths } from '@/lib/company-paths';
import { IdentityForm } from '@/app/(area-riservata)/aziende/_components/identity-form';
import { identityDefaults } from '@/app/(area-riservata)/aziende/_components/identity-values';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('company.identity');
  return { title: t('createTitle') };
}

/** First question page of a new company: who it is. The sector follows on the next page. */
export default async function NewCompanyPage() {
  await pageRole(companyPaths.create(), 'EMPLOYER');
  const [t, tNav] = await Promise.all([getTranslations('company.identity'), getTranslations('common.nav')]);
  return (
    <>
      <Breadcrumb items={[{ label: tNav('companies'), href: '/aziende' }, { label: t('createTitle') }]} />
      <PageHeading title={t('createTitle')} caption={t('createCaption')} lead={t('createLead')} />
      <ClientMessages namespaces={['company', 'labels']}>
        <IdentityForm defaults={identityDefaults()} cancelHref="/aziende" />
      </ClientMessages>
    </>
  );
}
