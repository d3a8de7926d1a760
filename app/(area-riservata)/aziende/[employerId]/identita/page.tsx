import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { companyPaths } from '@/lib/company-paths';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { getCompany } from '@/lib/server/data/employers';
import { CompanyBreadcrumb } from '@/app/(area-riservata)/aziende/_components/company-breadcrumb';
import { IdentityForm } from '@/app/(area-riservata)/aziende/_components/identity-form';
import { identityDefaults } from '@/app/(area-riservata)/aziende/_components/identity-values';

type Params = Promise<{ employerId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('company.identity');
  return { title: t('editTitle') };
}

/** "Modifica" of the company's identity (members and delegated consultants). */
export default async function CompanyIdentityPage({ params }: { params: Params }) {
  const { employerId } = await params;
  const access = await pageEmployerAccess(companyPaths.identity(employerId), employerId, 'write');
  const [company, t] = await Promise.all([getCompany(employerId), getTranslations('company.identity')]);
  return (
    <>
      <CompanyBreadcrumb role={access.user.role} company={company} trail={[{ label: t('editTitle') }]} />
      <PageHeading title={t('editTitle')} caption={company.legalName} />
      <ClientMessages namespaces={['company', 'labels']}>
        <IdentityForm employerId={employerId} defaults={identityDefaults(company)} cancelHref={companyPaths.home(employerId)} />
      </ClientMessages>
    </>
  );
}
