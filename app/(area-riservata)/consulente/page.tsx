import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Select } from '@/components/form/select';
import { TextInput } from '@/components/form/text-input';
import { PageHeading } from '@/components/layout/page-heading';
import { Button } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { formatCalendarDate, formatDecimal } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { WindowKey } from '@/lib/rules';
import { RADAR_FILTERS, RADAR_SORTS, parseRadarQuery, radarSearch, type RadarSort } from '@/lib/schemas/radar';
import { pageRole } from '@/lib/server/auth/page-guards';
import { getRadar, type RadarRow } from '@/lib/server/data/radar';
import type { DeadlineKind } from '@/lib/server/data/deadlines';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('consultant.radar');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const DEADLINE_KINDS: DeadlineKind[] = ['FILING_WINDOW_CLOSING', 'UNION_PROCEDURE_END', 'CONGUAGLIO_DEADLINE'];

/**
 * The consultant's radar: every delegated client on one page, with the capacity left in each
 * rolling window, the next deadline of each kind and the requests in progress. Search, filter,
 * sort and page live in the URL, so the page works without JavaScript and can be bookmarked.
 * The rows' links do not prefetch: in a browser the 44 distinct ones of a page were as many
 * background requests to the server per view; a click still navigates without reloading.
 */
export default async function RadarPage({ searchParams }: { searchParams: SearchParams }) {
  const query = parseRadarQuery(await searchParams);
  await pageRole(`/consulente${radarSearch(query)}`, 'CONSULTANT');
  const [radar, t, locale] = await Promise.all([getRadar(query), getTranslations('consultant.radar'), getLocale() as Promise<Locale>]);
  const date = (iso: string) => formatCalendarDate(iso, locale);
  const number = (value: string) => formatDecimal(value, locale);
  const filtered = query.q !== '' || query.filtro !== 'tutti';
  const text = rowTexts(t, date, number);

  /** A column header that sorts by it: the same column again flips the direction. */
  const sortHeader = (sort: RadarSort, label: string) => {
    const active = query.ordina === sort;
    const next = active && query.verso === 'asc' ? 'desc' : 'asc';
    return (
      <Th aria-sort={active ? (query.verso === 'asc' ? 'ascending' : 'descending') : undefined}>
        <Link href={`/consulente${radarSearch({ ...query, ordina: sort, verso: next, pagina: 1 })}`} aria-label={t('table.sortBy', { column: label })}>
          {label}
          {active ? <span aria-hidden="true">{query.verso === 'asc' ? ' ▲' : ' ▼'}</span> : null}
        </Link>
      </Th>
    );
  };

  return (
    <>
      <PageHeading title={t('title')} lead={t('lead', { date: date(radar.today) })} />

      <nav aria-labelledby="radar-actions" className="mb-6">
        <h2 id="radar-actions" className="sr-only">
          {t('links.delegations')}
        </h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-lg">
          <li>
            <Link href="/consulente/deleghe">{t('links.delegations')}</Link>
          </li>
          <li>
            <Link href="/consulente/importa">{t('links.import')}</Link>
          </li>
          <li>
            <Link href="/promemoria">{t('links.reminders')}</Link>
          </li>
          {radar.summary.clients > 0 ? (
            <li>
              <a href={`/consulente/esporta${radarSearch({ ...query, pagina: 1 })}`} download>
                {t('links.export')}
              </a>
            </li>
          ) : null}
        </ul>
      </nav>

      {radar.summary.clients === 0 ? (
        <>
          <p className="text-lg">{t('empty')}</p>
          <p>
            <Link href="/consulente/deleghe">{t('emptyHint')}</Link>
          </p>
        </>
      ) : (
        <>
          <section aria-labelledby="radar-summary" className="mb-8">
            <h2 id="radar-summary" className="sr-only">
              {t('summary.label')}
            </h2>
            <ul className="grid grid-cols-2 gap-4 sm:grid-cols-4">
              {(
                [
                  ['clients', radar.summary.clients],
                  ['deadlinesSoon', radar.summary.deadlinesSoon],
                  ['drafts', radar.summary.drafts],
                  ['pending', radar.summary.pending],
                ] as const
              ).map(([key, count]) => (
                <li key={key} className="border-t-4 border-primary bg-primary-lighter p-4 text-lg">
                  {t(`summary.${key}`, { count })}
                </li>
              ))}
            </ul>
          </section>

          <form method="get" action="/consulente" className="mb-6 border-l-4 border-subtle pl-4" role="search" aria-label={t('form.legend')}>
            <div className="flex flex-wrap items-end gap-x-6">
              <TextInput name="q" id="radar-q" type="search" label={t('form.search')} defaultValue={query.q} spellCheck={false} width={30} />
              <Select id="radar-filtro" name="filtro" label={t('form.filter')} defaultValue={query.filtro} options={RADAR_FILTERS.map((f) => ({ value: f, label: t(`filters.${f}`) }))} />
              <Select id="radar-ordina" name="ordina" label={t('form.sort')} defaultValue={query.ordina} options={RADAR_SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) }))} />
              <Select id="radar-verso" name="verso" label={t('form.direction')} defaultValue={query.verso} options={(['asc', 'desc'] as const).map((d) => ({ value: d, label: t(`directions.${d}`) }))} />
              <div className="mb-8 flex items-center gap-4">
                <Button variant="secondary">{t('form.apply')}</Button>
                {filtered ? <Link href="/consulente">{t('form.reset')}</Link> : null}
              </div>
            </div>
          </form>

          {radar.rows.length === 0 ? (
            <p className="text-lg">{t('noMatch')}</p>
          ) : (
            <Table caption={t('table.caption', { page: radar.page, count: radar.pageCount })} captionHidden className={RADAR_TABLE}>
              <thead>
                <tr>
                  {sortHeader('nome', t('table.company'))}
                  {sortHeader('biennio', t('table.windows'))}
                  {sortHeader('scadenza', t('table.deadlines'))}
                  {sortHeader('bozze', t('table.requests'))}
                </tr>
              </thead>
              <tbody>
                {radar.rows.map((row) => (
                  <RadarTableRow key={row.employerId} row={row} text={text} today={radar.today} />
                ))}
              </tbody>
            </Table>
          )}
          <Pagination page={radar.page} pageCount={radar.pageCount} hrefFor={(p) => `/consulente${radarSearch({ ...query, pagina: p })}`} />
        </>
      )}
    </>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<'consultant.radar'>>>;

/**
 * The rows' styles set once on the table rather than on every element of every row (the RSC
 * payload repeats each class of each row): labels semibold, the notes under a name or a window
 * muted, the lists spaced, the figures in tabular digits.
 */
const RADAR_TABLE = '[&_b]:font-semibold [&_div]:text-muted [&_ul]:space-y-1 [&_li>span]:tabular-nums';

/** Each distinct text once per page: next-intl formats on every call, and the rows repeat most of theirs. */
function once<A extends Array<string | number>>(format: (...args: A) => string): (...args: A) => string {
  const cache = new Map<string, string>();
  return (...args) => {
    const key = args.join('\u0000');
    let value = cache.get(key);
    if (value === undefined) {
      value = format(...args);
      cache.set(key, value);
    }
    return value;
  };
}

function rowTexts(t: T, date: (iso: string) => string, number: (v: string) => string) {
  return {
    t,
    date: once(date),
    sizeClass: once((sizeClass: string) => t('sizeClass', { class: sizeClass })),
    windowLabel: once((key: WindowKey) => `${t(`windows.${key}`)}:`),
    windowValue: once((remaining: string, limit: string, unit: 'weeks' | 'months') => t('windowValue', { remaining: number(remaining), limit: number(limit), unit })),
    windowUnits: once((count: number, unit: string) => t('windowUnits', { count, unit })),
    deadlineLabel: once((kind: DeadlineKind) => `${t(`deadlineKinds.${kind}`)}:`),
    deadlineWhen: once((iso: string, days: number) => t('deadlineWhen', { date: date(iso), days })),
    count: once((kind: 'drafts' | 'pending' | 'decided', count: number) => t(`counts.${kind}`, { count })),
  };
}

function RadarTableRow({ row, text, today }: { row: RadarRow; text: ReturnType<typeof rowTexts>; today: string }) {
  const { t } = text;
  const company = `/aziende/${row.employerId}`;
  // Windows that end after today include periods already booked: say so once per client.
  const booked = row.windows?.map((w) => w.windowEnd).filter((end) => end > today).sort().at(-1);
  const drafts = text.count('drafts', row.drafts);
  return (
    <tr>
      <Td>
        <Link href={company} prefetch={false} className="font-semibold">
          {row.legalName}
        </Link>
        <div className="tabular-nums">{row.codiceFiscale}</div>
        <div>{row.sizeClass ? text.sizeClass(row.sizeClass) : t('sizeUnknown')}</div>
        {row.delegationEndsOn ? <div>{t('delegationUntil', { date: text.date(row.delegationEndsOn) })}</div> : null}
      </Td>
      <Td>
        {row.windows === null ? (
          <div>{t('noUnits')}</div>
        ) : (
          <ul>
            {row.windows.map((w) => (
              <li key={w.key}>
                <b>{text.windowLabel(w.key)}</b> <span>{text.windowValue(w.remaining, w.limit, w.unit)}</span>
                {w.units > 1 ? <div>{text.windowUnits(w.units, w.unitName)}</div> : null}
              </li>
            ))}
            {booked ? <li className="text-muted">{t('windowUntil', { date: text.date(booked) })}</li> : null}
          </ul>
        )}
      </Td>
      <Td>
        {row.nextDeadline === null ? (
          <div>{t('noDeadlines')}</div>
        ) : (
          <ul>
            {DEADLINE_KINDS.filter((k) => row.deadlines[k]).map((k) => {
              const d = row.deadlines[k]!;
              return (
                <li key={k}>
                  <b>{text.deadlineLabel(k)}</b>{' '}
                  <Link href={`${company}/domande/${d.requestId}`} prefetch={false}>
                    {text.deadlineWhen(d.date, d.inDays)}
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </Td>
      <Td>
        <ul>
          <li>
            {row.latestDraftId ? (
              <Link href={`${company}/domande/${row.latestDraftId}`} prefetch={false}>
                {drafts}
              </Link>
            ) : (
              drafts
            )}
          </li>
          <li>{text.count('pending', row.pending)}</li>
          <li>{text.count('decided', row.decided)}</li>
          <li>
            <a href={`${company}/domande/esporta`} download>
              {t('exportRequests')}
            </a>
          </li>
        </ul>
      </Td>
    </tr>
  );
}
