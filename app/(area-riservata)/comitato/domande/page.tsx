import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/layout/page-heading';
import { Button } from '@/components/ui/button';
import { prebuildOptions, Select, type PrebuiltOptions } from '@/components/form/select';
import { TextInput } from '@/components/form/text-input';
import { Table, Td, Th } from '@/components/ui/table';
import { RequestStatusTag, Tag, type RequestStatus } from '@/components/ui/tag';
import { formatCalendarDate } from '@/lib/format';
import { formatDecimal, formatEuro } from '@/components/rules/format';
import { AT_RISK_DAYS, QUEUE_SORTS, QUEUE_STATUS_FILTERS, SIZE_CLASSES, type QueueStatusFilter } from '@/lib/review/queue';
import { CAUSES } from '@/lib/rules/types';
import { queueFiltersSchema, type QueueSearchParams } from '@/lib/schemas/review';
import { pageRole } from '@/lib/server/auth/page-guards';
import { listQueueComuni, listReviewQueue, reviewStatusCounts, type ComuneOption } from '@/lib/server/data/review-queue';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review.queue');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The comuni's options as HTML, built once per list (listQueueComuni keeps the same list for a minute). */
const comuniOptions = new WeakMap<readonly ComuneOption[], PrebuiltOptions>();
function comuneOptions(comuni: readonly ComuneOption[]): PrebuiltOptions {
  let options = comuniOptions.get(comuni);
  if (!options) {
    options = prebuildOptions(comuni.map((c) => ({ value: c.code, label: c.name })));
    comuniOptions.set(comuni, options);
  }
  return options;
}

/** The query string of the queue for these filters (cursor and defaults left out). */
function queueHref(filters: QueueSearchParams, change: Partial<Record<keyof QueueSearchParams, string | undefined>> = {}): string {
  const merged: Record<string, string | undefined> = {
    stato: filters.stato === 'pending' ? undefined : filters.stato,
    causale: filters.causale,
    classe: filters.classe,
    comune: filters.comune,
    dal: filters.dal,
    al: filters.al,
    rischio: filters.rischio,
    ordine: filters.ordine === 'filed_asc' ? undefined : filters.ordine,
    ...change,
  };
  const query = new URLSearchParams(Object.entries(merged).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  const text = query.toString();
  return text ? `/comitato/domande?${text}` : '/comitato/domande';
}

/**
 * The review queue: status tabs with counts, filters in a GET form (works without JavaScript,
 * the address can be shared), a page of 25 requests, keyset "previous / next" links.
 * The rows' and tabs' links do not prefetch: in a browser they made 33 background requests to the
 * server per view of this page (docs/performance.md); a click still navigates without reloading.
 */
export default async function QueuePage({ searchParams }: { searchParams: SearchParams }) {
  await pageRole('/comitato/domande', 'STAFF', 'ADMIN');
  const raw = await searchParams;
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = queueFiltersSchema.parse(flat);
  const [page, counts, comuni, t, tLabels, locale] = await Promise.all([
    listReviewQueue({
      status: filters.stato,
      cause: filters.causale,
      sizeClass: filters.classe,
      comuneCode: filters.comune,
      filedFrom: filters.dal,
      filedTo: filters.al,
      atRisk: filters.rischio === '1',
      sort: filters.ordine,
      after: filters.dopo,
      before: filters.prima,
    }),
    reviewStatusCounts(),
    listQueueComuni(),
    getTranslations('review.queue'),
    getTranslations('labels'),
    getLocale(),
  ]);
  const countOf = (status: QueueStatusFilter) => (status === 'all' ? Object.values(counts).reduce((a, b) => a + b, 0) - counts.pending : counts[status]);

  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />

      <nav aria-label={t('statusNav')} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {QUEUE_STATUS_FILTERS.map((status) => {
            const current = filters.stato === status;
            return (
              <li key={status}>
                <Link
                  href={queueHref(filters, { stato: status === 'pending' ? undefined : status, dopo: undefined, prima: undefined })}
                  prefetch={false}
                  aria-current={current ? 'page' : undefined}
                  className={current ? 'inline-block bg-primary px-3 py-1 text-white no-underline hover:text-white' : 'inline-block border border-primary px-3 py-1'}
                >
                  {t(`status.${status}`)} <span className="tabular-nums">({countOf(status)})</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <details className="mb-8 border-2 border-subtle p-4" open={Boolean(filters.causale || filters.classe || filters.comune || filters.dal || filters.al || filters.rischio || filters.ordine !== 'filed_asc')}>
        <summary className="cursor-pointer text-xl font-semibold">{t('filters')}</summary>
        <form method="get" action="/comitato/domande" className="mt-4">
          {filters.stato !== 'pending' ? <input type="hidden" name="stato" value={filters.stato} /> : null}
          <div className="grid grid-cols-1 gap-x-8 md:grid-cols-2">
            <Select name="causale" label={t('cause')} placeholder={t('anyCause')} defaultValue={filters.causale ?? ''} options={CAUSES.map((c) => ({ value: c, label: tLabels(`cause.${c}`) }))} />
            <Select name="classe" label={t('sizeClass')} placeholder={t('anyClass')} defaultValue={filters.classe ?? ''} options={SIZE_CLASSES.map((c) => ({ value: c, label: tLabels(`sizeClass.${c}`) }))} />
            <Select name="comune" label={t('comune')} placeholder={t('anyComune')} defaultValue={filters.comune ?? ''} options={comuneOptions(comuni)} />
            <Select name="ordine" label={t('sort')} defaultValue={filters.ordine} options={QUEUE_SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) }))} />
            <TextInput name="dal" type="date" label={t('filedFrom')} hint={t('dateHint')} width={10} defaultValue={filters.dal ?? ''} />
            <TextInput name="al" type="date" label={t('filedTo')} hint={t('dateHint')} width={10} defaultValue={filters.al ?? ''} />
          </div>
          <div className="mb-6 flex items-start gap-3">
            <input id="rischio" name="rischio" type="checkbox" value="1" defaultChecked={filters.rischio === '1'} aria-describedby="rischio-hint" className="mt-1 h-8 w-8 shrink-0 accent-primary" />
            <div>
              <label htmlFor="rischio" className="text-lg font-semibold">
                {t('atRisk')}
              </label>
              <p id="rischio-hint" className="text-muted">
                {t('atRiskHint', { days: AT_RISK_DAYS, date: formatCalendarDate(page.riskDate, locale) })}
              </p>
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-6">
            <Button>{t('apply')}</Button>
            <Link href={filters.stato === 'pending' ? '/comitato/domande' : `/comitato/domande?stato=${filters.stato}`}>{t('clear')}</Link>
          </div>
        </form>
      </details>

      {page.items.length === 0 ? (
        <p className="text-lg">{t('empty')}</p>
      ) : (
        <Table caption={t('caption')} captionHidden>
          <thead>
            <tr>
              <Th>{t('columns.protocol')}</Th>
              <Th>{t('columns.employer')}</Th>
              <Th>{t('columns.comune')}</Th>
              <Th>{t('columns.cause')}</Th>
              <Th>{t('columns.sizeClass')}</Th>
              <Th>{t('columns.period')}</Th>
              <Th numeric>{t('columns.weeks')}</Th>
              <Th numeric>{t('columns.gross')}</Th>
              <Th>{t('columns.filedAt')}</Th>
              <Th>{t('columns.status')}</Th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link href={`/comitato/domande/${r.id}`} prefetch={false} className="font-semibold">
                    {r.protocolNumber ?? r.id}
                  </Link>
                </Td>
                <Td>{r.legalName}</Td>
                <Td>{r.comuneName ?? '—'}</Td>
                <Td>{r.cause ? tLabels(`cause.${r.cause as (typeof CAUSES)[number]}`) : '—'}</Td>
                <Td>{r.sizeClass ?? '—'}</Td>
                <Td className="whitespace-nowrap">
                  {r.periodStart && r.periodEnd ? `${formatCalendarDate(r.periodStart, locale, 'short')} – ${formatCalendarDate(r.periodEnd, locale, 'short')}` : '—'}
                </Td>
                <Td numeric>{r.weeksRequested ? formatDecimal(r.weeksRequested, locale) : '—'}</Td>
                <Td numeric>{r.totalGross ? formatEuro(r.totalGross, locale) : '—'}</Td>
                <Td className="whitespace-nowrap">{r.filedAt ? formatCalendarDate(r.filedAt.slice(0, 10), locale, 'short') : '—'}</Td>
                <Td>
                  <span className="flex flex-col items-start gap-1">
                    <RequestStatusTag status={r.status as RequestStatus} />
                    {r.atRisk ? <Tag tone="red">{t('atRiskTag')}</Tag> : null}
                  </span>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      {page.previous || page.next ? (
        <nav aria-label={t('pagination')} className="mb-8">
          <ul className="flex flex-wrap gap-6 text-lg font-semibold">
            {page.previous ? (
              <li>
                <Link href={queueHref(filters, { prima: page.previous })} rel="prev">
                  <span aria-hidden="true">‹ </span>
                  {t('previous')}
                </Link>
              </li>
            ) : null}
            {page.next ? (
              <li>
                <Link href={queueHref(filters, { dopo: page.next })} rel="next">
                  {t('next')}
                  <span aria-hidden="true"> ›</span>
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
