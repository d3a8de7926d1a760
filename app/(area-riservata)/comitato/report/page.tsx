import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/layout/page-heading';
import { TextInput } from '@/components/form/text-input';
import { BarChart } from '@/components/charts/bar-chart';
import { Button } from '@/components/ui/button';
import { Table, Td, Th } from '@/components/ui/table';
import { formatDecimal, formatEuro } from '@/components/rules/format';
import type { Locale } from '@/lib/i18n/config';
import { ATECO_SECTIONS } from '@/lib/review/ateco';
import { todayInRome } from '@/lib/server/clock';
import { pageRole } from '@/lib/server/auth/page-guards';
import { buildReport, type ReportRow } from '@/lib/server/data/reports';
import { reportRange } from './report-range';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review.reports');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function Section({ id, title, rows, labelOf, locale }: { id: string; title: string; rows: ReportRow[]; labelOf: (key: string) => string; locale: Locale }) {
  const t = await getTranslations('review.reports');
  return (
    <section aria-labelledby={id} className="mb-12">
      <h2 id={id} className="mb-4 text-3xl">
        {title}
      </h2>
      {rows.every((r) => r.requests === 0) ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <BarChart
            title={`${title}. ${t('chartOf', { metric: t('metric.requests') })}`}
            description={rows.map((r) => `${labelOf(r.key)}: ${r.requests}`).join('; ')}
            bars={rows.map((r) => ({ label: labelOf(r.key), value: r.requests, display: String(r.requests) }))}
          />
          <Table caption={t('tableCaption', { group: title })}>
            <thead>
              <tr>
                <Th>{t('columns.group')}</Th>
                <Th numeric>{t('columns.requests')}</Th>
                <Th numeric>{t('columns.approved')}</Th>
                <Th numeric>{t('columns.rejected')}</Th>
                <Th numeric>{t('columns.weeksRequested')}</Th>
                <Th numeric>{t('columns.weeksGranted')}</Th>
                <Th numeric>{t('columns.grossRequested')}</Th>
                <Th numeric>{t('columns.grossGranted')}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <Th scope="row" className="border-b border-subtle font-normal">
                    {labelOf(r.key)}
                  </Th>
                  <Td numeric>{r.requests}</Td>
                  <Td numeric>{r.approved}</Td>
                  <Td numeric>{r.rejected}</Td>
                  <Td numeric>{formatDecimal(r.weeksRequested, locale)}</Td>
                  <Td numeric>{formatDecimal(r.weeksGranted, locale)}</Td>
                  <Td numeric>{formatEuro(r.grossRequested, locale)}</Td>
                  <Td numeric>{formatEuro(r.grossGranted, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </section>
  );
}

/** Requests, weeks and amounts by month, cause, size class and sector: SVG charts with their data tables, CSV export. */
export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  await pageRole('/comitato/report', 'STAFF', 'ADMIN');
  const range = reportRange(await searchParams, todayInRome());
  const [report, t, tLabels, locale] = await Promise.all([buildReport(range.from, range.to), getTranslations('review.reports'), getTranslations('labels'), getLocale() as Promise<Locale>]);
  const monthLabel = (key: string) => new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01T00:00:00Z`));
  const query = `dal=${range.from}&al=${range.to}`;
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      <form method="get" action="/comitato/report" className="mb-6 flex flex-wrap items-end gap-x-8">
        <TextInput name="dal" type="month" label={t('from')} hint={t('monthHint')} width={10} defaultValue={range.from} />
        <TextInput name="al" type="month" label={t('to')} hint={t('monthHint')} width={10} defaultValue={range.to} />
        <div className="mb-8">
          <Button variant="secondary">{t('apply')}</Button>
        </div>
      </form>
      {range.invalid ? <p className="mb-6 font-semibold text-danger">{t('invalidRange')}</p> : null}
      <p className="mb-2 text-lg">{t('period', { from: monthLabel(report.from), to: monthLabel(report.to) })}</p>
      <p className="mb-8">
        <a href={`/comitato/report/export?${query}`} download>
          {t('export')}
        </a>
      </p>
      <Section id="per-mese" title={t('byMonth')} rows={report.byMonth} labelOf={monthLabel} locale={locale} />
      <Section id="per-causale" title={t('byCause')} rows={report.byCause} labelOf={(k) => (k ? tLabels(`cause.${k as 'CRISIS'}`) : t('unknown'))} locale={locale} />
      <Section id="per-classe" title={t('bySizeClass')} rows={report.bySizeClass} labelOf={(k) => (k ? tLabels(`sizeClass.${k as 'C1'}`) : t('unknown'))} locale={locale} />
      <Section
        id="per-settore"
        title={t('bySector')}
        rows={report.bySector}
        labelOf={(k) => {
          const section = ATECO_SECTIONS.find((a) => a.code === k);
          return section ? `${k} – ${locale === 'en' ? section.en : section.it}` : t('unknownSector');
        }}
        locale={locale}
      />
    </>
  );
}
