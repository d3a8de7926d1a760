// Rolling windows per production unit — Min. lavoro circ. 17/2017 (digest D-6): the window ends on
// the last day of the requested period and runs back 2 (biennio) or 5 (quinquennio) calendar years;
// authorised (or used, J-12) periods overlapping it are clipped to it and added to the request;
// periods before 24 Sep 2015 and neutralised periods (COVID-19, D-8) do not count. Art. 4 c. 1
// d.lgs. 148/2015 (24 months per unit in the quinquennium) runs on every request, with solidarity-
// contract months counted half up to 24 months and in full beyond (art. 22 c. 5; J-20).
// A request beyond the residual capacity is trimmed (default, J-8) or refused.
import Decimal from 'decimal.js';
import {
  addDays,
  addYears,
  daysInclusive,
  maxDate,
  minDate,
  parseDate,
  type CalendarDate,
} from '../core/calendar-date';
import { cite, type Citation } from '../core/citation';
import { dec, decimalString, type Dec } from '../core/money';
import type { TraceStep } from '../core/trace';
import { RuleContext, type RuleWarning } from '../context';
import { ART4_CDS_HALF_MONTHS, ART4_MAX_MONTHS, WINDOW_COUNT_FROM, WINDOW_YEARS, WEEKS_PER_MONTH } from '../parameters/fstn/durations';
import type { RuleSettings } from '../parameters/settings';
import { SOURCES } from '../parameters/sources';
import { selectFstnRegime, type FstnRegimeId } from '../regimes/select-regime';
import type { Cause, LedgerEntry, SizeClass } from '../types';
import { entriesForUnit, type CountedEntry } from './ledger';
import { weeksToMonths, type WeeksPerMonth } from './week-count';
import { windowSpecs, type WindowKey, type WindowSpec } from './window-specs';
import { WINDOW_LABELS } from './window-labels';

export type { WindowKey };

export type ComputeWindowsInput = {
  productionUnitId: string;
  /** Size class of the request (R2023); ignored by the earlier regimes. */
  sizeClass: SizeClass | null;
  cause: Cause;
  periodStart: string;
  periodEnd: string;
  /** Weeks the request counts against the windows (decimal string, D-7). */
  requestedWeeks: string;
  ledger: ReadonlyArray<LedgerEntry>;
  /** The evaluation day (recorded in the trace); limits follow the regime of the period. */
  asOf: string;
  settings?: Partial<RuleSettings>;
  /** Leave out the entries of this request (re-evaluating a filed request). */
  excludeRequestId?: string | null;
};

export type WindowUsage = {
  key: WindowKey;
  label: string;
  unit: 'weeks' | 'months';
  windowStart: string;
  windowEnd: string;
  limit: string;
  used: string;
  reserved: string;
  proposed: string;
  remaining: string;
  neutralisedExcluded: string;
  citation: Citation;
};

export type WindowsOutcome = 'ok' | 'trim' | 'refuse';

export type ComputeWindowsResult = {
  regime: FstnRegimeId;
  windows: WindowUsage[];
  /** Weeks the request can have at most (min over the windows of their residual capacity). */
  maxGrantableWeeks: string;
  outcome: WindowsOutcome;
  trace: TraceStep[];
  warnings: RuleWarning[];
};

type Span = { start: CalendarDate; end: CalendarDate };

function spanFor(span: WindowSpec['span'], end: CalendarDate, date: CalendarDate, ctx: RuleContext): Span {
  const years = ctx.use(WINDOW_YEARS, date);
  if (span === 'BIENNIO' && ctx.settings.windowBasis === 'WEEKS_104') return { start: addDays(end, -(104 * 7) + 1), end };
  return { start: addDays(addYears(end, -(span === 'BIENNIO' ? years.biennio : years.quinquennio)), 1), end };
}

/** Weeks of an entry inside the window, pro rata to its days (2 decimals). */
function clippedWeeks(entry: CountedEntry, window: Span, countFrom: CalendarDate): Dec {
  const start = maxDate(maxDate(entry.start, window.start), countFrom);
  const end = minDate(entry.end, window.end);
  if (end < start) return dec(0);
  const inside = daysInclusive(start, end);
  const total = daysInclusive(entry.start, entry.end);
  if (inside >= total) return entry.weeks;
  return entry.weeks.times(inside).div(total).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

type Tally = { used: Dec; reserved: Dec; neutralised: Dec };

function tally(entries: CountedEntry[], spec: { counts: (c: Cause) => boolean }, window: Span, countFrom: CalendarDate, toUnit: (w: Dec) => Dec): Tally {
  const t: Tally = { used: dec(0), reserved: dec(0), neutralised: dec(0) };
  for (const e of entries) {
    if (!spec.counts(e.cause)) continue;
    const amount = toUnit(clippedWeeks(e, window, countFrom));
    if (amount.isZero()) continue;
    if (e.neutralised) t.neutralised = t.neutralised.plus(amount);
    else if (e.reserved) t.reserved = t.reserved.plus(amount);
    else t.used = t.used.plus(amount);
  }
  return t;
}

/** Art. 4 months: solidarity-contract months count half up to `half`, in full beyond. */
function art4Months(other: Dec, cds: Dec, half: number): Dec {
  const halved = Decimal.min(cds, half).div(2);
  const full = Decimal.max(cds.minus(half), 0);
  return other.plus(halved).plus(full);
}

/** Most CDS months addable when `remaining` art. 4 months are left and `cds` CDS months are used. */
function cdsMonthsFor(remaining: Dec, cds: Dec, half: number): Dec {
  if (remaining.lte(0)) return dec(0);
  const halfZone = Decimal.max(dec(half).minus(cds), 0);
  return remaining.times(2).lte(halfZone) ? remaining.times(2) : halfZone.plus(remaining.minus(halfZone.div(2)));
}

function usage(spec: Pick<WindowSpec, 'key' | 'label' | 'unit' | 'citation'>, span: Span, limit: Dec, t: Tally, proposed: Dec): WindowUsage {
  const remaining = Decimal.max(limit.minus(t.used).minus(t.reserved).minus(proposed), 0);
  return {
    key: spec.key,
    label: spec.label,
    unit: spec.unit,
    windowStart: span.start,
    windowEnd: span.end,
    limit: decimalString(limit),
    used: decimalString(t.used),
    reserved: decimalString(t.reserved),
    proposed: decimalString(proposed),
    remaining: decimalString(remaining),
    neutralisedExcluded: decimalString(t.neutralised),
    citation: spec.citation,
  };
}

export function computeWindows(input: ComputeWindowsInput, context?: RuleContext): ComputeWindowsResult {
  const ctx = context ?? new RuleContext({ settings: input.settings });
  const periodStart = parseDate(input.periodStart);
  const periodEnd = parseDate(input.periodEnd);
  const selected = selectFstnRegime(periodStart, ctx);
  if (!selected) throw new RangeError(`No FSTN regime for a period starting on ${periodStart}`);
  const { regime, parameterDate } = selected;
  const requested = dec(input.requestedWeeks);
  const conv: WeeksPerMonth = ctx.use(WEEKS_PER_MONTH, parameterDate);
  const countFrom = parseDate(ctx.use(WINDOW_COUNT_FROM, parameterDate));
  const toMonths = (w: Dec) => weeksToMonths(w, conv);
  const monthsToWeeksFloor = (m: Dec) => m.times(conv.weeks).div(conv.months);

  let entries = entriesForUnit(input.ledger, input.productionUnitId, input.excludeRequestId);
  if (regime.id === 'R2023') {
    const before = entries.filter((e) => e.end < regime.from && !e.neutralised);
    if (before.length) {
      ctx.warnSetting('countR2019Periods');
      if (!ctx.settings.countR2019Periods) entries = entries.filter((e) => !before.includes(e));
    }
  }
  if (entries.some((e) => e.kind === 'USED')) {
    ctx.warn({ code: 'J-12', digest: 'J-12', status: 'I', message: 'Le settimane effettivamente fruite sostituiscono quelle autorizzate della stessa domanda', citation: cite(SOURCES.C58_09, undefined, 'I') });
  }

  const windows: WindowUsage[] = [];
  const capacities: Dec[] = [];
  const start = ctx.trace.length;

  for (const spec of windowSpecs({ regimeId: regime.id, sizeClass: input.sizeClass, cause: input.cause, parameterDate }, ctx)) {
    const span = spanFor(spec.span, periodEnd, parameterDate, ctx);
    const toUnit = spec.unit === 'weeks' ? (w: Dec) => w : toMonths;
    const t = tally(entries, spec, span, countFrom, toUnit);
    const proposed = toUnit(requested);
    const free = Decimal.max(spec.limit.minus(t.used).minus(t.reserved), 0);
    capacities.push(spec.unit === 'weeks' ? free : monthsToWeeksFloor(free));
    const w = usage(spec, span, spec.limit, t, proposed);
    windows.push(w);
    ctx.add(
      `D-6/${spec.key}`,
      spec.citation,
      proposed.lte(free) ? 'pass' : free.gt(0) ? 'warn' : 'fail',
      `${spec.label} ${w.windowStart} – ${w.windowEnd}: limite ${w.limit} ${spec.unit === 'weeks' ? 'settimane' : 'mesi'}, già autorizzati ${w.used}, prenotati ${w.reserved}, richiesti ${w.proposed}, esclusi (neutralizzati) ${w.neutralisedExcluded}`,
    );
  }

  if (ctx.settings.art4) {
    const max = ctx.cited(ART4_MAX_MONTHS, parameterDate);
    const half = ctx.use(ART4_CDS_HALF_MONTHS, parameterDate);
    const span = spanFor('QUINQUENNIO', periodEnd, parameterDate, ctx);
    const isCds = (c: Cause) => c === 'SOLIDARITY_CONTRACT';
    const other = tally(entries, { counts: (c) => !isCds(c) }, span, countFrom, toMonths);
    const cds = tally(entries, { counts: isCds }, span, countFrom, toMonths);
    const usedArt4 = art4Months(other.used, cds.used, half);
    const allArt4 = art4Months(other.used.plus(other.reserved), cds.used.plus(cds.reserved), half);
    const requestMonths = toMonths(requested);
    const requestIsCds = isCds(input.cause);
    const withRequest = requestIsCds
      ? art4Months(other.used.plus(other.reserved), cds.used.plus(cds.reserved).plus(requestMonths), half)
      : art4Months(other.used.plus(other.reserved).plus(requestMonths), cds.used.plus(cds.reserved), half);
    const limit = dec(max.value);
    const left = Decimal.max(limit.minus(allArt4), 0);
    const freeMonths = requestIsCds ? cdsMonthsFor(left, cds.used.plus(cds.reserved), half) : left;
    capacities.push(monthsToWeeksFloor(freeMonths));
    const t: Tally = { used: usedArt4, reserved: allArt4.minus(usedArt4), neutralised: other.neutralised.plus(cds.neutralised) };
    const spec = { key: 'ART4_QUINQUENNIO' as const, label: WINDOW_LABELS.ART4_QUINQUENNIO, unit: 'months' as const, citation: max.citation };
    const w = usage(spec, span, limit, t, withRequest.minus(allArt4));
    windows.push(w);
    ctx.add(
      'D-4/ART4_QUINQUENNIO',
      max.citation,
      requestMonths.lte(freeMonths) ? 'pass' : freeMonths.gt(0) ? 'warn' : 'fail',
      `Art. 4 ${w.windowStart} – ${w.windowEnd}: limite ${w.limit} mesi, computati ${decimalString(allArt4)} (contratti di solidarietà per metà fino a ${half} mesi), richiesti ${w.proposed}`,
    );
  }

  const capacity = capacities.reduce((a, b) => Decimal.min(a, b), requested.plus(1)).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  let outcome: WindowsOutcome;
  let maxGrantable: Dec;
  if (capacity.gte(requested)) {
    outcome = 'ok';
    maxGrantable = requested;
  } else if (capacity.gt(0) && ctx.settings.overCapacity === 'TRIM') {
    outcome = 'trim';
    maxGrantable = capacity;
  } else {
    outcome = 'refuse';
    maxGrantable = Decimal.max(capacity, 0);
  }
  if (outcome !== 'ok' && capacity.gt(0)) ctx.warnSetting('overCapacity', `Capienza residua ${decimalString(capacity)} settimane su ${decimalString(requested)} richieste`);
  const outcomeCitation = cite(SOURCES.DIGEST, 'J-8', 'I');
  ctx.add(
    'D-6',
    outcomeCitation,
    outcome === 'ok' ? 'pass' : outcome === 'trim' ? 'warn' : 'fail',
    outcome === 'ok'
      ? `Le settimane richieste (${decimalString(requested)}) rientrano in tutte le finestre (verifica al ${input.asOf})`
      : outcome === 'trim'
        ? `Concedibili al massimo ${decimalString(maxGrantable)} settimane su ${decimalString(requested)}: la domanda va ridotta`
        : `Nessuna capienza sufficiente nelle finestre: domanda non accoglibile (capienza ${decimalString(maxGrantable)} settimane)`,
  );

  return {
    regime: regime.id,
    windows,
    maxGrantableWeeks: decimalString(maxGrantable),
    outcome,
    trace: ctx.trace.slice(start),
    warnings: ctx.warnings,
  };
}
