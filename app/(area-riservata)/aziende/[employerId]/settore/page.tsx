import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { companyPaths } from '@/lib/company-paths';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { getCompany } from '@/lib/server/data/employers';
import { CompanyBreadcrumb } from '@/app/(area-riservata)/aziende/_components/company-breadcrumb';
import { SectorForm } from '@/app/(area-riservata)/aziende/_components/sector-form';
import { sectorDefaults } from '@/app/(area-riservata)/aziende/_components/sector-values';

type Params = Promise<{ employerId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('company.sector');
  return { title: t('title') };
}

/** Second set-up page (and its "Modifica"): sector, CIGO/CIGS scope, bilateral fund. */
export default async function CompanySectorPage({ params, searchParams }: { params: Params; searchParams: Promise<{ nuova?: string }> }) {
  const { employerId } = await params;
  const { nuova } = await searchParams;
  const access = await pageEmployerAccess(companyPaths.sector(employerId), employerId, 'write');
  const [company, t] = await Promise.all([getCompany(employerId), getTranslations('company.sector')]);
  return (
    <>
      <CompanyBreadcrumb role={access.user.role} company={company} trail={[{ label: t('title') }]} />
      {nuova ? <NotificationBanner type="success" title={t('createdTitle')} heading={t('created', { company: company.legalName })} /> : null}
      <PageHeading title={t('title')} caption={company.legalName} lead={t('lead')} />
      <ClientMessages namespaces={['company', 'labels']}>
        <SectorForm employerId={employerId} defaults={sectorDefaults(company)} cancelHref={companyPaths.home(employerId)} />
      </ClientMessages>
    </>
  );
}
