import { useId } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { TimelineSegmentKind, TimelineWindow } from '@/lib/rules';
import type { Locale } from '@/lib/i18n/config';
import { Details } from '@/components/ui/details';
import { Table, Td, Th } from '@/components/ui/table';
import { Citation } from './citation';
import { formatDay, formatDecimal } from './format';
import { useWindowName } from './window-name';

/**
 * The rolling windows of a production unit (biennium, quinquennium, art. 4) for one request: per
 * window a capacity bar (used · reserved by pending requests · proposed by this request ·
 * remaining) and a time axis with the ledger periods, neutralised COVID-19 periods greyed and
 * dotted; then the same figures as a table, and each window's periods as a table. Colour is never
 * the only cue: reserved is striped, neutralised dotted, proposed outlined, and every figure is
 * in text. Pure props: build them with `windowTimeline()` from lib/rules (no data access here).
 * Server component, no client JavaScript. Texts: namespaces `rules` and `labels`.
 */
export function WindowTimeline({ windows, heading }: { windows: ReadonlyArray<TimelineWindow>; heading?: string }) {
  const t = useTranslations('rules.timeline');
  const locale = useLocale() as Locale;
  const windowName = useWindowName();
  const ids = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  if (windows.length === 0) return null;
  const unitLabel = (unit: 'weeks' | 'months', value: string) => t(`unit.${unit}`, { value: formatDecimal(value, locale), count: Number(value) });
  // Only a draft under evaluation has a proposal; a company's history or a filed request has none,
  // and then "requested with this request" would be a key, a column and a figure about nothing.
  const withProposal = windows.some((w) => Number(w.proposed) !== 0 || w.segments.some((s) => s.kind === 'PROPOSED'));
  return (
    <section aria-labelledby={`${ids}-h`} className="mb-8">
      <h2 id={`${ids}-h`} className="mb-2 text-2xl">
        {heading ?? t('heading')}
      </h2>
      <svg width="0" height="0" className="absolute" aria-hidden="true" focusable="false">
        <defs>
          <pattern id={`${ids}-reserved`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="fill-primary-light" />
            <rect width="3" height="8" className="fill-primary" />
          </pattern>
          <pattern id={`${ids}-neutralised`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className="fill-surface" />
            <circle cx="3" cy="3" r="1.3" className="fill-muted" />
          </pattern>
        </defs>
      </svg>
      <Legend ids={ids} withProposal={withProposal} />
      {windows.map((w, index) => (
        <WindowRow key={w.key} w={w} ids={`${ids}-${index}`} patternIds={ids} locale={locale} unitLabel={unitLabel} withProposal={withProposal} />
      ))}
      <Table caption={t('tableCaption')}>
        <thead>
          <tr>
            <Th>{t('col.window')}</Th>
            <Th>{t('col.from')}</Th>
            <Th>{t('col.to')}</Th>
            <Th numeric>{t('col.limit')}</Th>
            <Th numeric>{t('col.used')}</Th>
            <Th numeric>{t('col.reserved')}</Th>
            {withProposal ? <Th numeric>{t('col.proposed')}</Th> : null}
            <Th numeric>{t('col.remaining')}</Th>
            <Th numeric>{t('col.neutralised')}</Th>
          </tr>
        </thead>
        <tbody>
          {windows.map((w) => (
            <tr key={w.key}>
              <Th scope="row" className="border-b border-subtle font-normal">
                {windowName(w.label)} ({t(`unitName.${w.unit}`)})
              </Th>
              <Td>{formatDay(w.windowStart)}</Td>
              <Td>{formatDay(w.windowEnd)}</Td>
              <Td numeric>{formatDecimal(w.limit, locale)}</Td>
              <Td numeric>{formatDecimal(w.used, locale)}</Td>
              <Td numeric>{formatDecimal(w.reserved, locale)}</Td>
              {withProposal ? <Td numeric>{formatDecimal(w.proposed, locale)}</Td> : null}
              <Td numeric>{formatDecimal(w.remaining, locale)}</Td>
              <Td numeric>{formatDecimal(w.neutralisedExcluded, locale)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

// Solid fills are Tailwind classes (theme colours); patterns are referenced by id.
const FILL: Record<TimelineSegmentKind | 'REMAINING', (ids: string) => { className?: string; fill?: string }> = {
  USED: () => ({ className: 'fill-primary' }),
  RESERVED: (ids) => ({ fill: `url(#${ids}-reserved)` }),
  PROPOSED: () => ({ className: 'fill-success' }),
  NEUTRALISED: (ids) => ({ fill: `url(#${ids}-neutralised)` }),
  REMAINING: () => ({ className: 'fill-white' }),
};

const withStroke = (fill: { className?: string; fill?: string }, stroke: string) => ({ ...fill, className: [fill.className, stroke].filter(Boolean).join(' ') });

function Swatch({ kind, ids }: { kind: TimelineSegmentKind | 'REMAINING'; ids: string }) {
  return (
    <svg width="28" height="16" aria-hidden="true" focusable="false" className="inline-block align-middle">
      <rect x="1" y="1" width="26" height="14" {...withStroke(FILL[kind](ids), 'stroke-ink')} strokeWidth={kind === 'PROPOSED' ? 2 : 1} strokeDasharray={kind === 'PROPOSED' ? '4 2' : undefined} />
    </svg>
  );
}

function Legend({ ids, withProposal }: { ids: string; withProposal: boolean }) {
  const t = useTranslations('rules.timeline.kind');
  const kinds = (['USED', 'RESERVED', 'PROPOSED', 'REMAINING', 'NEUTRALISED'] as const).filter((k) => withProposal || k !== 'PROPOSED');
  return (
    <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2 text-base" aria-label={t('legend')}>
      {kinds.map((k) => (
        <li key={k} className="flex items-center gap-2">
          <Swatch kind={k} ids={ids} />
          {t(k)}
        </li>
      ))}
    </ul>
  );
}

type RowProps = { w: TimelineWindow; ids: string; patternIds: string; locale: Locale; unitLabel: (unit: 'weeks' | 'months', value: string) => string; withProposal: boolean };

function WindowRow({ w, ids, patternIds, locale, unitLabel, withProposal }: RowProps) {
  const t = useTranslations('rules.timeline');
  const windowName = useWindowName();
  const limit = Number(w.limit);
  const used = Number(w.used);
  const reserved = Number(w.reserved);
  const proposed = Number(w.proposed);
  // Display geometry only (the figures themselves are printed from the strings).
  const total = Math.max(limit, used + reserved + proposed, 1e-9);
  const x = (v: number) => (v / total) * 1000;
  const over = used + reserved + proposed > limit;
  const bars: Array<{ kind: TimelineSegmentKind | 'REMAINING'; from: number; width: number }> = [
    { kind: 'USED', from: 0, width: used },
    { kind: 'RESERVED', from: used, width: reserved },
    { kind: 'PROPOSED', from: used + reserved, width: proposed },
    { kind: 'REMAINING', from: used + reserved + proposed, width: Math.max(limit - used - reserved - proposed, 0) },
  ];
  const summary = t(withProposal ? 'summary' : 'summaryNoProposal', {
    limit: unitLabel(w.unit, w.limit),
    used: formatDecimal(w.used, locale),
    reserved: formatDecimal(w.reserved, locale),
    proposed: formatDecimal(w.proposed, locale),
    remaining: formatDecimal(w.remaining, locale),
  });
  return (
    <div className="mb-6">
      <h3 className="text-xl">{windowName(w.label)}</h3>
      <p className="text-base text-muted">
        {t('range', { from: formatDay(w.windowStart), to: formatDay(w.windowEnd) })} · <Citation citation={w.citation} />
      </p>
      <p id={`${ids}-s`} className="mt-1 text-base">
        {summary}
        {over ? <strong className="ml-1 text-danger-dark">{t('over')}</strong> : null}
        {Number(w.neutralisedExcluded) > 0 ? <span> {t('neutralisedNote', { value: formatDecimal(w.neutralisedExcluded, locale) })}</span> : null}
      </p>
      <svg viewBox="0 0 1000 28" preserveAspectRatio="none" className="mt-2 h-7 w-full" role="img" aria-labelledby={`${ids}-s`}>
        {bars
          .filter((b) => b.width > 0)
          .map((b) => (
            <rect
              key={b.kind}
              x={x(b.from)}
              y="2"
              width={x(b.width)}
              height="24"
              {...withStroke(FILL[b.kind](patternIds), 'stroke-ink')}
              strokeWidth={b.kind === 'PROPOSED' ? 2 : 1}
              strokeDasharray={b.kind === 'PROPOSED' ? '8 4' : undefined}
              vectorEffect="non-scaling-stroke"
            />
          ))}
        {over ? <line x1={x(limit)} x2={x(limit)} y1="0" y2="28" className="stroke-danger" strokeWidth="3" vectorEffect="non-scaling-stroke" /> : null}
      </svg>
      <p className="sr-only">{t('axisIntro')}</p>
      <svg viewBox="0 0 1000 20" preserveAspectRatio="none" className="mt-2 h-5 w-full" aria-hidden="true" focusable="false">
        <rect x="0" y="4" width="1000" height="12" className="fill-surface stroke-subtle" vectorEffect="non-scaling-stroke" />
        {w.segments.map((s, i) => (
          <rect
            key={i}
            x={s.from * 1000}
            y={s.kind === 'PROPOSED' ? 1 : 4}
            width={Math.max((s.to - s.from) * 1000, 2)}
            height={s.kind === 'PROPOSED' ? 18 : 12}
            {...withStroke(FILL[s.kind](patternIds), s.kind === 'PROPOSED' ? 'stroke-ink' : 'stroke-none')}
            strokeDasharray={s.kind === 'PROPOSED' ? '8 4' : undefined}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      <div className="flex justify-between text-sm text-muted" aria-hidden="true">
        <span>{formatDay(w.windowStart)}</span>
        <span>{formatDay(w.windowEnd)}</span>
      </div>
      {w.segments.length ? <Periods w={w} locale={locale} /> : null}
    </div>
  );
}

function Periods({ w, locale }: { w: TimelineWindow; locale: Locale }) {
  const t = useTranslations('rules.timeline');
  const tc = useTranslations('labels.cause');
  const windowName = useWindowName();
  return (
    <Details summary={t('periods', { count: w.segments.length })}>
      <Table caption={t('periodsCaption', { window: windowName(w.label) })} captionHidden>
        <thead>
          <tr>
            <Th>{t('col.period')}</Th>
            <Th>{t('col.kind')}</Th>
            <Th>{t('col.cause')}</Th>
            <Th numeric>{t('col.weeksInWindow')}</Th>
          </tr>
        </thead>
        <tbody>
          {w.segments.map((s, i) => (
            <tr key={i}>
              <Td>{t('range', { from: formatDay(s.start), to: formatDay(s.end) })}</Td>
              <Td>{t(`kind.${s.kind}`)}</Td>
              <Td>{tc(s.cause)}</Td>
              <Td numeric>{formatDecimal(s.weeks, locale)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Details>
  );
}
