import 'server-only';
import { parseDate, RuleContext, windowTimeline, type SizeClass, type TimelineWindow, type TraceStep } from '@/lib/rules';
import { addMonthsToKey, monthKeyOf, type MonthKey } from '@/lib/rules/core/calendar-date';
import { selectFstnRegime } from '@/lib/rules/regimes/select-regime';
import { referenceMonthFor, workforceTest } from '@/lib/rules/scope/workforce-test';
import { aisSizeClass, semesterMonths } from '@/lib/rules/size/size-class';
import { prisma } from '@/lib/server/db';
import { requireEmployerAccess } from '@/lib/server/auth/guards';
import { todayInRome } from '@/lib/server/clock';
import { loadEmployerFacts, type EmployerFacts } from './scenario';
import { sizeClassOn, unitTimeline } from './timeline';

// The company page's live figures (issue 4 §2): the 75 % Trentino test of this calendar year and
// the size class a request filed today would have, computed by lib/rules on the employer's facts
// (the same builder the wizard and the filing use), each with the rules' trace for "Perché?".
// When a month the rule needs is missing, the page says which months to enter instead.

export type WorkforceStatus =
  | { state: 'missing'; referenceMonth: string }
  | { state: 'computed'; referenceMonth: string; trentoHeads: number; totalHeads: number; sharePercent: string; passed: boolean; trace: TraceStep[] };

export type SizeStatus =
  | { state: 'missing'; months: string[]; missing: string[] }
  | { state: 'computed'; months: Array<{ month: string; units: string }>; average: string; sizeClass: SizeClass; trace: TraceStep[] };

export type CompanyStatus = { today: string; workforce: WorkforceStatus; size: SizeStatus } | { today: string; workforce: null; size: null };

function monthsWithData(facts: EmployerFacts): Set<string> {
  return new Set(facts.headcounts.map((h) => h.month));
}

/** The 75 % test for the calendar year of `today` (digest A-6). */
function workforceOf(facts: EmployerFacts, today: string, parameterDate: string): WorkforceStatus {
  const day = parseDate(today);
  const start = facts.employer.activityStartDate ? parseDate(facts.employer.activityStartDate) : null;
  const referenceMonth = referenceMonthFor(day, start);
  if (!monthsWithData(facts).has(referenceMonth)) return { state: 'missing', referenceMonth };
  const ctx = new RuleContext();
  const result = workforceTest({ date: day, parameterDate: parseDate(parameterDate), activityStartDate: start, units: facts.units, headcounts: facts.headcounts }, ctx);
  return { state: 'computed', ...result, trace: ctx.trace };
}

/** The AIS size class of a request filed today: average of the semester before this month (B-1, B-2). */
function sizeOf(facts: EmployerFacts, today: string, parameterDate: string): SizeStatus {
  const day = parseDate(today);
  const start = facts.employer.activityStartDate ? parseDate(facts.employer.activityStartDate) : null;
  const ctx = new RuleContext();
  const months: MonthKey[] = semesterMonths(monthKeyOf(day), parseDate(parameterDate), ctx, start);
  const have = monthsWithData(facts);
  const missing = months.filter((m) => !have.has(m));
  if (missing.length) return { state: 'missing', months, missing };
  const result = aisSizeClass({ applicationDate: day, parameterDate: parseDate(parameterDate), activityStartDate: start, headcounts: facts.headcounts }, ctx);
  return { state: 'computed', months: result.months, average: result.average, sizeClass: result.class, trace: ctx.trace };
}

export async function companyStatusToday(employerId: string, today = todayInRome()): Promise<CompanyStatus> {
  await requireEmployerAccess(employerId, 'read');
  const facts = await loadEmployerFacts(prisma, employerId);
  const regime = selectFstnRegime(parseDate(today));
  if (!regime) return { today, workforce: null, size: null };
  return { today, workforce: workforceOf(facts, today, regime.parameterDate), size: sizeOf(facts, today, regime.parameterDate) };
}

/** The twelve months up to the previous one, oldest first: what the headcounts grid offers by default. */
export function recentMonths(today: string, count = 12): string[] {
  const current = monthKeyOf(parseDate(today));
  return Array.from({ length: count }, (_, i) => addMonthsToKey(current, i - count));
}

export type UnitWindows = { unit: { id: string; name: string; comuneName: string; provinceCode: string }; windows: TimelineWindow[] };

/**
 * Each unit's rolling windows ending today, with the periods already counted in them (history,
 * requests): what the history page shows after a past period is entered.
 */
export async function companyWindowsToday(employerId: string, today = todayInRome()): Promise<UnitWindows[]> {
  await requireEmployerAccess(employerId, 'read');
  const facts = await loadEmployerFacts(prisma, employerId);
  const sizeClass = sizeClassOn(facts, today);
  const regimeId = selectFstnRegime(parseDate(today))?.regime.id;
  return facts.units.map((u) => {
    const t = unitTimeline(facts, { productionUnitId: u.id, cause: 'ORDINARY_MARKET', periodStart: today, periodEnd: today, requestedWeeks: '0', sizeClass, asOf: today });
    return { unit: t.unit, windows: windowTimeline({ windows: t.windows, ledger: facts.ledger, productionUnitId: u.id, sizeClass, regimeId }) };
  });
}
