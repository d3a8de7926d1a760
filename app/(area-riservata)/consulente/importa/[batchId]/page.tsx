import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { ClientMessages } from '@/components/layout/client-messages';
import { PageHeading } from '@/components/layout/page-heading';
import { Table, Td, Th } from '@/components/ui/table';
import { ImportIssues } from '@/components/form/import-issues';
import { formatCalendarDate, formatDecimal } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { pageRole } from '@/lib/server/auth/page-guards';
import { getImportPreview, type ImportPreview } from '@/lib/server/data/bulk-import';
import { DomainError } from '@/lib/server/errors';
import { ConfirmForms } from '../_components/confirm-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('consultant.preview');
  return { title: t('title') };
}

type Params = Promise<{ batchId: string }>;

/** What the import would save, row by row, before the consultant confirms it. */
export default async function ImportPreviewPage({ params }: { params: Params }) {
  const { batchId } = await params;
  await pageRole(`/consulente/importa/${batchId}`, 'CONSULTANT');
  const locale = (await getLocale()) as Locale;
  let preview: ImportPreview;
  try {
    preview = await getImportPreview(batchId, locale);
  } catch (error) {
    // Someone else's, closed or expired previews look like missing ones.
    if (error instanceof DomainError) notFound();
    throw error;
  }
  const [t, tImport, tLabels] = await Promise.all([getTranslations('consultant.preview'), getTranslations('consultant.import'), getTranslations('labels')]);
  const date = (iso: string) => formatCalendarDate(iso, locale);
  const number = (v: string) => formatDecimal(v, locale, 4);
  const rows = preview.kind === 'WORKERS' ? preview.workers.length : preview.headcounts.length;
  const replacing = preview.headcounts.filter((h) => h.replaces).length;
  return (
    <>
      <Breadcrumb items={[{ label: tImport('title'), href: '/consulente/importa' }, { label: t('title') }]} />
      <PageHeading title={t('title')} caption={t('caption', { company: preview.employerName, file: preview.fileName })} lead={t('lead', { date: date(preview.expiresAt.slice(0, 10)) })} />
      <ul className="mb-6 list-disc pl-6 text-muted">
        {preview.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      {preview.ok ? null : <ImportIssues id="preview-issues" className="mb-6" alert={false} title={t('changedTitle')} lead={t('changedLead')} issues={preview.issues} />}
      {preview.kind === 'WORKERS' && preview.ok ? (
        <Table caption={t('workersCaption', { count: rows })}>
          <thead>
            <tr>
              <Th numeric>{t('workerColumns.line')}</Th>
              <Th>{t('workerColumns.codiceFiscale')}</Th>
              <Th>{t('workerColumns.name')}</Th>
              <Th>{t('workerColumns.unit')}</Th>
              <Th>{t('workerColumns.category')}</Th>
              <Th>{t('workerColumns.contract')}</Th>
              <Th>{t('workerColumns.hireDate')}</Th>
              <Th numeric>{t('workerColumns.hours')}</Th>
              <Th numeric>{t('workerColumns.pay')}</Th>
            </tr>
          </thead>
          <tbody>
            {preview.workers.map((w) => (
              <tr key={w.line}>
                <Td numeric>{w.line}</Td>
                <Td className="tabular-nums">{w.codiceFiscale}</Td>
                <Td>
                  {w.lastName} {w.firstName}
                </Td>
                <Td>{w.unitName}</Td>
                <Td>{tLabels(`category.${w.category}`)}</Td>
                <Td>{tLabels(`contractType.${w.contractType}`)}</Td>
                <Td className="whitespace-nowrap">{date(w.hireDate)}</Td>
                <Td numeric>{number(w.weeklyHours)}</Td>
                <Td numeric>{w.pay ? `${number(w.pay)} € ${w.payBasis === 'HOURLY' ? t('hourly') : t('monthly')}` : ''}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {preview.kind === 'HEADCOUNTS' && preview.ok ? (
        <>
          {replacing ? <p className="mb-4">{t('replacesNote', { count: replacing })}</p> : null}
          <Table caption={t('headcountsCaption', { count: rows })}>
            <thead>
              <tr>
                <Th numeric>{t('headcountColumns.line')}</Th>
                <Th>{t('headcountColumns.unit')}</Th>
                <Th>{t('headcountColumns.month')}</Th>
                <Th numeric>{t('headcountColumns.heads')}</Th>
                <Th numeric>{t('headcountColumns.partTime')}</Th>
                <Th numeric>{t('headcountColumns.partTimeHours')}</Th>
                <Th numeric>{t('headcountColumns.fullTime')}</Th>
                <Th>{t('headcountColumns.replaces')}</Th>
              </tr>
            </thead>
            <tbody>
              {preview.headcounts.map((h) => (
                <tr key={h.line}>
                  <Td numeric>{h.line}</Td>
                  <Td>{h.unitName}</Td>
                  <Td className="tabular-nums">{h.month}</Td>
                  <Td numeric>{h.heads}</Td>
                  <Td numeric>{h.partTimeHeads}</Td>
                  <Td numeric>{number(h.partTimeHours)}</Td>
                  <Td numeric>{number(h.fullTimeWeeklyHours)}</Td>
                  <Td>{h.replaces ? t('yes') : t('no')}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      ) : null}
      <ClientMessages namespaces={['consultant']}>
        <ConfirmForms batchId={preview.batchId} rows={rows} canImport={preview.ok} />
      </ClientMessages>
    </>
  );
}
