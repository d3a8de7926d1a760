import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { companyPaths } from '@/lib/company-paths';
import { formatMonth } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { todayInRome } from '@/lib/server/clock';
import { recentMonths } from '@/lib/server/data/company-status';
import { getCompany } from '@/lib/server/data/employers';
import { headcountCoverage, listHeadcounts } from '@/lib/server/data/headcounts';
import { listUnits } from '@/lib/server/data/units';
import { CompanyBreadcrumb } from '@/app/(area-riservata)/aziende/_components/company-breadcrumb';
import { HeadcountsForm } from '@/app/(area-riservata)/aziende/[employerId]/_components/headcounts-form';

type Params = Promise<{ employerId: string; unitId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('company.headcounts');
  return { title: t('title') };
}

/** A unit's monthly headcounts: the last twelve months (and any month the rules ask for), as a grid. */
export default async function UnitHeadcountsPage({ params }: { params: Params }) {
  const { employerId, unitId } = await params;
  const access = await pageEmployerAccess(companyPaths.headcounts(employerId, unitId), employerId, 'write');
  const [company, units, saved, coverage, t, locale] = await Promise.all([
    getCompany(employerId),
    listUnits(employerId),
    listHeadcounts(employerId, unitId),
    headcountCoverage(employerId),
    getTranslations('company.headcounts'),
    getLocale() as Promise<Locale>,
  ]);
  const unit = units.find((u) => u.id === unitId);
  if (!unit) notFound();
  const months = [...new Set([...coverage.needed, ...recentMonths(todayInRome())])].sort();
  const byMonth = new Map(saved.map((h) => [h.month, h]));
  const defaults = {
    productionUnitId: unitId,
    fullTimeWeeklyHours: saved.at(-1)?.fullTimeWeeklyHours ?? '40',
    months: months.map((month) => {
      const h = byMonth.get(month);
      return { month, heads: h ? String(h.heads) : '', partTimeHeads: h && h.partTimeHeads > 0 ? String(h.partTimeHeads) : '', partTimeHours: h && h.partTimeHeads > 0 ? h.partTimeHours : '' };
    }),
  };
  const monthLabels = Object.fromEntries(months.map((m) => [m, formatMonth(m, locale)]));
  return (
    <>
      <CompanyBreadcrumb role={access.user.role} company={company} trail={[{ label: t('title') }]} />
      <PageHeading title={t('title')} caption={`${company.legalName} · ${unit.name} (${unit.comuneName})`} lead={t('lead')} />
      <ClientMessages namespaces={['company']}>
        <HeadcountsForm employerId={employerId} defaults={defaults} monthLabels={monthLabels} cancelHref={companyPaths.home(employerId)} />
      </ClientMessages>
    </>
  );
}
