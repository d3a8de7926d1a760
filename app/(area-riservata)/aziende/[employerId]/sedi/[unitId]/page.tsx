import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { companyPaths } from '@/lib/company-paths';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { getCompany } from '@/lib/server/data/employers';
import { listUnits } from '@/lib/server/data/units';
import { CompanyBreadcrumb } from '@/app/(area-riservata)/aziende/_components/company-breadcrumb';
import { ProvincePicker } from '@/app/(area-riservata)/aziende/[employerId]/_components/province-picker';
import { UnitForm } from '@/app/(area-riservata)/aziende/[employerId]/_components/unit-form';
import { comuniFor } from '@/app/(area-riservata)/aziende/[employerId]/_components/unit-page-data';

type Params = Promise<{ employerId: string; unitId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('company.units');
  return { title: t('editTitle') };
}

/** "Modifica" of a production unit (another comune, even in another province). */
export default async function EditUnitPage({ params, searchParams }: { params: Params; searchParams: Promise<{ provincia?: string }> }) {
  const { employerId, unitId } = await params;
  const { provincia } = await searchParams;
  const path = companyPaths.unit(employerId, unitId);
  const access = await pageEmployerAccess(path, employerId, 'write');
  const [company, units, t] = await Promise.all([getCompany(employerId), listUnits(employerId), getTranslations('company.units')]);
  const unit = units.find((u) => u.id === unitId);
  if (!unit) notFound();
  const { provinces, province, comuni } = await comuniFor(provincia, unit.provinceCode);
  const defaults = { name: unit.name, address: unit.address ?? '', provinceCode: province, comuneCode: province === unit.provinceCode ? unit.comuneCode : '' };
  return (
    <>
      <CompanyBreadcrumb role={access.user.role} company={company} trail={[{ label: t('editTitle') }]} />
      <PageHeading title={t('editTitle')} caption={`${company.legalName} · ${unit.name}`} />
      <ProvincePicker action={path} provinces={provinces} current={province} />
      <ClientMessages namespaces={['company']}>
        <UnitForm key={province} employerId={employerId} unitId={unitId} defaults={defaults} comuni={comuni} cancelHref={companyPaths.home(employerId)} />
      </ClientMessages>
    </>
  );
}
