import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/layout/page-heading';
import { ButtonGroup } from '@/components/ui/button';
import { LinkButton } from '@/components/ui/link-button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { companyPaths } from '@/lib/company-paths';
import { formatCalendarDate, formatDecimal } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { getCompany } from '@/lib/server/data/employers';
import { listUnits } from '@/lib/server/data/units';
import { listWorkersPage } from '@/lib/server/data/workers';
import { CompanyBreadcrumb } from '@/app/(area-riservata)/aziende/_components/company-breadcrumb';
import { RowActions } from '@/app/(area-riservata)/aziende/[employerId]/_components/row-actions';

type Params = Promise<{ employerId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('company.workers');
  return { title: t('title') };
}

const OUTCOMES = ['aggiunto', 'modificato', 'rimosso', 'importati'] as const;

/** The company's workers, 50 a page, with the links to add one, import a CSV, change or remove. */
export default async function WorkersPage({ params, searchParams }: { params: Params; searchParams: Promise<{ esito?: string; righe?: string; pagina?: string }> }) {
  const { employerId } = await params;
  const { esito, righe, pagina } = await searchParams;
  const access = await pageEmployerAccess(companyPaths.workers(employerId), employerId);
  const [company, units, list, t, tl, locale] = await Promise.all([
    getCompany(employerId),
    listUnits(employerId),
    listWorkersPage(employerId, Number(pagina ?? 1)),
    getTranslations('company.workers'),
    getTranslations('labels'),
    getLocale() as Promise<Locale>,
  ]);
  const { workers, total } = list;
  const canEdit = access.via !== 'staff';
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const outcome = OUTCOMES.find((o) => o === esito);
  const euro = (v: string) => `€ ${formatDecimal(v, locale, 4)}`;
  return (
    <>
      <CompanyBreadcrumb role={access.user.role} company={company} trail={[{ label: t('title') }]} />
      {outcome ? (
        <NotificationBanner type="success" title={t('doneTitle')}>
          {t(`done.${outcome}`, { count: Number(righe ?? 0) })}
        </NotificationBanner>
      ) : null}
      <PageHeading title={t('title')} caption={company.legalName} />
      {canEdit && units.length > 0 ? (
        <ButtonGroup>
          <LinkButton href={companyPaths.newWorker(employerId)}>{t('add')}</LinkButton>
          <LinkButton href={companyPaths.importWorkers(employerId)} variant="secondary">
            {t('import')}
          </LinkButton>
        </ButtonGroup>
      ) : null}
      {units.length === 0 ? <p className="mb-4">{t('noUnits')}</p> : null}
      {workers.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <Table caption={t('caption', { count: total })}>
          <thead>
            <tr>
              <Th>{t('columns.name')}</Th>
              <Th>{t('columns.codiceFiscale')}</Th>
              <Th>{t('columns.unit')}</Th>
              <Th>{t('columns.contract')}</Th>
              <Th>{t('columns.hireDate')}</Th>
              <Th numeric>{t('columns.weeklyHours')}</Th>
              <Th numeric>{t('columns.pay')}</Th>
              {canEdit ? <Th>{t('columns.actions')}</Th> : null}
            </tr>
          </thead>
          <tbody>
            {workers.map((w) => {
              const name = `${w.lastName} ${w.firstName}`;
              return (
                <tr key={w.id}>
                  <Td>{name}</Td>
                  <Td className="tabular-nums">{w.codiceFiscale}</Td>
                  <Td>{unitName.get(w.productionUnitId) ?? '–'}</Td>
                  <Td>
                    {tl(`category.${w.category}`)} · {tl(`contractType.${w.contractType}`)}
                  </Td>
                  <Td>{formatCalendarDate(w.hireDate, locale, 'short')}</Td>
                  <Td numeric>{formatDecimal(w.weeklyHours, locale)}</Td>
                  <Td numeric>
                    {w.payBasis === 'MONTHLY' ? t('perMonth', { amount: euro(w.monthlyGlobalPay ?? '0') }) : t('perHour', { amount: euro(w.hourlyGlobalPay ?? '0') })}
                  </Td>
                  {canEdit ? (
                    <Td>
                      <RowActions name={name} changeHref={companyPaths.worker(employerId, w.id)} removeHref={companyPaths.removeWorker(employerId, w.id)} changeLabel={t('change')} removeLabel={t('remove')} />
                    </Td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => `${companyPaths.workers(employerId)}?pagina=${p}`} />
      <p className="mt-8">
        <Link href={companyPaths.home(employerId)}>{t('back', { company: company.legalName })}</Link>
      </p>
    </>
  );
}
