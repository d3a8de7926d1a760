import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { companyPaths } from '@/lib/company-paths';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { getCompany } from '@/lib/server/data/employers';
import { CompanyBreadcrumb } from '@/app/(area-riservata)/aziende/_components/company-breadcrumb';
import { ProvincePicker } from '@/app/(area-riservata)/aziende/[employerId]/_components/province-picker';
import { UnitForm } from '@/app/(area-riservata)/aziende/[employerId]/_components/unit-form';
import { comuniFor } from '@/app/(area-riservata)/aziende/[employerId]/_components/unit-page-data';

type Params = Promise<{ employerId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('company.units');
  return { title: t('addTitle') };
}

/** Add a production unit: province (GET), then name, address and comune. */
export default async function NewUnitPage({ params, searchParams }: { params: Params; searchParams: Promise<{ provincia?: string }> }) {
  const { employerId } = await params;
  const { provincia } = await searchParams;
  const path = companyPaths.newUnit(employerId);
  const access = await pageEmployerAccess(path, employerId, 'write');
  const [company, { provinces, province, comuni }, t] = await Promise.all([getCompany(employerId), comuniFor(provincia), getTranslations('company.units')]);
  return (
    <>
      <CompanyBreadcrumb role={access.user.role} company={company} trail={[{ label: t('addTitle') }]} />
      <PageHeading title={t('addTitle')} caption={company.legalName} lead={t('lead')} />
      <ProvincePicker action={path} provinces={provinces} current={province} />
      <ClientMessages namespaces={['company']}>
        <UnitForm key={province} employerId={employerId} defaults={{ name: '', address: '', provinceCode: province, comuneCode: '' }} comuni={comuni} cancelHref={companyPaths.home(employerId)} />
      </ClientMessages>
    </>
  );
}
