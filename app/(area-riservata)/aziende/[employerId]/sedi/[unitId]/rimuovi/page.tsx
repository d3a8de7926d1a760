import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { companyPaths } from '@/lib/company-paths';
import { removeUnitAction } from '@/lib/server/actions/company';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { getCompany } from '@/lib/server/data/employers';
import { listUnits } from '@/lib/server/data/units';
import { CompanyBreadcrumb } from '@/app/(area-riservata)/aziende/_components/company-breadcrumb';
import { ConfirmForm } from '@/app/(area-riservata)/aziende/[employerId]/_components/confirm-form';

type Params = Promise<{ employerId: string; unitId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('company.units');
  return { title: t('removeTitle') };
}

/** Confirm removing a production unit; units with workers, requests or past periods are kept. */
export default async function RemoveUnitPage({ params }: { params: Params }) {
  const { employerId, unitId } = await params;
  const access = await pageEmployerAccess(companyPaths.removeUnit(employerId, unitId), employerId, 'write');
  const [company, units, t] = await Promise.all([getCompany(employerId), listUnits(employerId), getTranslations('company.units')]);
  const unit = units.find((u) => u.id === unitId);
  if (!unit) notFound();
  return (
    <>
      <CompanyBreadcrumb role={access.user.role} company={company} trail={[{ label: t('removeTitle') }]} />
      <PageHeading title={t('removeQuestion', { unit: unit.name })} caption={company.legalName} lead={t('removeLead', { comune: unit.comuneName })} />
      <ClientMessages namespaces={['company']}>
        <ConfirmForm action={removeUnitAction} fields={{ employerId, unitId }} submitLabel={t('removeConfirm')} cancelHref={companyPaths.home(employerId)} cancelLabel={t('cancel')} />
      </ClientMessages>
    </>
  );
}
