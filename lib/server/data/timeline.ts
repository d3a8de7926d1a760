import 'server-only';
import { computeWindows, parseDate, RuleContext, ScenarioError, windowTimeline, type Cause, type SizeClass, type TimelineWindow, type WindowUsage } from '@/lib/rules';
import type { FstnRegimeId } from '@/lib/rules/regimes/select-regime';
import { addDays, addYears } from '@/lib/rules/core/calendar-date';
import { aisSizeClass } from '@/lib/rules/size/size-class';
import { entriesForUnit } from '@/lib/rules/windows/ledger';
import { selectFstnRegime } from '@/lib/rules/regimes/select-regime';
import { prisma } from '@/lib/server/db';
import { withLockedTransaction, type LockedTransactionOptions, type Tx } from '@/lib/server/db-transaction';
import type { Db, EmployerFacts } from './scenario';

// No access checks here (callers check; lib/server/data/windows.ts is the DAL entry point), and no
// import of the auth stack, so the filing core and the demo seed can use it too.
// The windows ledger (WindowEntry) seen as rolling windows and a timeline per production unit
// (design.md "Windows"; digest D-6…D-8): used, reserved by pending requests, proposed by the
// request being prepared, remaining, and neutralised (COVID-19) periods shown but not counted.

/** Advisory-lock namespace of a production unit's ledger: every writer that can add weeks takes it. */
export const LEDGER_LOCK = 'production-unit';

/**
 * Runs `fn` holding the ledger locks of the given production units (READ COMMITTED after the lock:
 * see withLockedTransaction). Filing, history entries and Committee decisions that add weeks must
 * write the ledger only through here, so that no two of them can together exceed a limit.
 */
export function withLedgerLock<T>(unitIds: readonly string[], fn: (tx: Tx) => Promise<T>, options?: LockedTransactionOptions): Promise<T> {
  return withLockedTransaction(
    prisma,
    unitIds.map((id) => [LEDGER_LOCK, id] as const),
    fn,
    options,
  );
}

export type TimelineSegment = {
  start: string;
  end: string;
  weeks: string;
  /** used = authorised, used or history; reserved = filed and pending; proposed = this request. */
  kind: 'used' | 'reserved' | 'proposed' | 'neutralised';
  cause: Cause;
  source: 'HISTORY' | 'RESERVED' | 'AUTHORISED' | 'USED' | 'PROPOSED';
  requestId: string | null;
  protocolNumber: string | null;
};

export type UnitTimeline = {
  unit: { id: string; name: string; comuneName: string; provinceCode: string };
  /** The day the windows end on (last day of the requested period, or today). */
  windowEnd: string;
  /** First day of the longest window (the axis of the chart starts here). */
  axisStart: string;
  sizeClass: SizeClass | null;
  cause: Cause;
  windows: WindowUsage[];
  segments: TimelineSegment[];
  maxGrantableWeeks: string;
  outcome: 'ok' | 'trim' | 'refuse';
};

export type TimelineInput = {
  productionUnitId: string;
  cause: Cause;
  periodStart: string;
  periodEnd: string;
  /** Weeks the request counts against the windows (0 for "as of today"). */
  requestedWeeks: string;
  sizeClass: SizeClass | null;
  asOf: string;
  excludeRequestId?: string | null;
  /** The part of the period proposed by this request (paid period), for the chart. */
  proposed?: { start: string; end: string } | null;
  protocolNumbers?: ReadonlyMap<string, string>;
};

/** Windows and segments of one unit: pure over the employer's facts (computeWindows of lib/rules). */
export function unitTimeline(facts: EmployerFacts, input: TimelineInput): UnitTimeline {
  const unit = facts.units.find((u) => u.id === input.productionUnitId);
  if (!unit) throw new Error(`Unit ${input.productionUnitId} is not one of employer ${facts.employerId}'s units`);
  const computed = computeWindows({
    productionUnitId: unit.id,
    sizeClass: input.sizeClass,
    cause: input.cause,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    requestedWeeks: input.requestedWeeks,
    ledger: facts.ledger,
    asOf: input.asOf,
    excludeRequestId: input.excludeRequestId,
  });
  const end = parseDate(input.periodEnd);
  const axisStart = computed.windows.reduce<string>((min, w) => (w.windowStart < min ? w.windowStart : min), addDays(addYears(end, -5), 1));
  // The same entries the windows count (per request only the most advanced kind), overlapping the axis.
  // The same entries the windows count (per request only the most advanced kind), overlapping the axis.
  const segments: TimelineSegment[] = [];
  for (const c of entriesForUnit(facts.ledger, unit.id, input.excludeRequestId)) {
    if (c.end < axisStart || c.start > input.periodEnd) continue;
    segments.push({
      start: c.start,
      end: c.end,
      weeks: c.weeks.toFixed(),
      kind: c.neutralised ? 'neutralised' : c.reserved ? 'reserved' : 'used',
      cause: c.cause,
      source: c.kind,
      requestId: c.requestId,
      protocolNumber: c.requestId ? (input.protocolNumbers?.get(c.requestId) ?? null) : null,
    });
  }
  if (input.proposed && Number(input.requestedWeeks) > 0) {
    segments.push({ start: input.proposed.start, end: input.proposed.end, weeks: input.requestedWeeks, kind: 'proposed', cause: input.cause, source: 'PROPOSED', requestId: input.excludeRequestId ?? null, protocolNumber: null });
  }
  segments.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return {
    unit: { id: unit.id, name: unit.name, comuneName: unit.comuneName, provinceCode: unit.provinceCode },
    windowEnd: input.periodEnd,
    axisStart,
    sizeClass: input.sizeClass,
    cause: input.cause,
    windows: computed.windows,
    segments,
    maxGrantableWeeks: computed.maxGrantableWeeks,
    outcome: computed.outcome,
  };
}

/** The AIS size class on `applicationDate`, or null when the headcounts of the semester are missing. */
export function sizeClassOn(facts: EmployerFacts, applicationDate: string): SizeClass | null {
  const day = parseDate(applicationDate);
  const regime = selectFstnRegime(day);
  if (!regime || regime.regime.id !== 'R2023') return null;
  try {
    return aisSizeClass({ applicationDate: day, parameterDate: regime.parameterDate, activityStartDate: facts.employer.activityStartDate ? parseDate(facts.employer.activityStartDate) : null, headcounts: facts.headcounts }, new RuleContext()).class;
  } catch (error) {
    if (error instanceof ScenarioError) return null;
    throw error;
  }
}

export async function protocolNumbersOf(db: Db, facts: EmployerFacts): Promise<Map<string, string>> {
  const ids = [...new Set(facts.ledger.map((e) => e.requestId).filter((id): id is string => !!id))];
  if (ids.length === 0) return new Map();
  const rows = await db.request.findMany({ where: { id: { in: ids }, protocolNumber: { not: null } }, select: { id: true, protocolNumber: true } });
  return new Map(rows.map((r) => [r.id, r.protocolNumber!]));
}


export type FiledRequestTimelineInput = {
  requestId: string;
  productionUnitId: string;
  cause: Cause;
  periodStart: string;
  periodEnd: string;
  sizeClass: SizeClass | null;
  regimeId?: FstnRegimeId;
  asOf: string;
  /**
   * The request's live ledger entry (reserved or authorised) to show apart, as "this request":
   * the Committee's view. Null shows the unit's ledger as it is, this request's weeks counted
   * among the used or reserved ones (the employer's view); nothing once it was freed.
   */
  asProposal: { start: string; end: string; weeks: string } | null;
};

/**
 * The rolling windows that end on a filed request's last day, for the shared WindowTimeline, over
 * the employer's ledger as it is now: a withdrawal, a rejection or a partial grant shows as
 * capacity freed. Empty when the rules cannot compute windows for the request (no regime).
 */
export function filedRequestTimeline(facts: EmployerFacts, input: FiledRequestTimelineInput): TimelineWindow[] {
  if (!facts.units.some((u) => u.id === input.productionUnitId)) return [];
  const held = input.asProposal;
  try {
    const timeline = unitTimeline(facts, {
      productionUnitId: input.productionUnitId,
      cause: input.cause,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      requestedWeeks: held ? held.weeks : '0',
      sizeClass: input.sizeClass,
      asOf: input.asOf,
      excludeRequestId: held ? input.requestId : null,
      proposed: held ? { start: held.start, end: held.end } : null,
    });
    return windowTimeline({
      windows: timeline.windows,
      ledger: facts.ledger,
      productionUnitId: input.productionUnitId,
      sizeClass: input.sizeClass,
      regimeId: input.regimeId,
      proposal: held ? { start: held.start, end: held.end, cause: input.cause, weeks: held.weeks } : null,
      excludeRequestId: held ? input.requestId : null,
    });
  } catch (error) {
    if (error instanceof ScenarioError) return [];
    throw error;
  }
}
