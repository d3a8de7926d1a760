// Size classes — INPS circ. 112/2025 on the D.I. 15/11/2023 (digest B-1, B-2, J-5, J-24): C1 average
// up to 5, C2 more than 5 and up to 15, C3 more than 15, measured on the average of the semester
// before the application date (the 6 calendar months before the month of the application, default
// reading [U]); firms active for less than a semester average over their months of activity, and in
// their first month count that month. The class is an employer attribute (J-13): units are summed.
import {
  addMonthsToKey,
  monthKeyOf,
  monthKeysBetween,
  type CalendarDate,
  type MonthKey,
} from '../core/calendar-date';
import { cite } from '../core/citation';
import { ScenarioError } from '../core/errors';
import { dec, decimalString, sumDecimals, type Dec } from '../core/money';
import type { RuleContext } from '../context';
import { SIZE_CLASS } from '../parameters/fstn/thresholds';
import { SOURCES } from '../parameters/sources';
import type { SizeClass } from '../types';

export type HeadcountRow = { productionUnitId: string; month: string; sizeUnits: string };

export type SizeClassResult = {
  class: SizeClass;
  /** Average with two decimals for display; the comparison uses the exact average. */
  average: string;
  months: Array<{ month: MonthKey; units: string }>;
};

/** Class for an exact average (J-5: "da 5,1" read as "more than 5"). */
export function classifyAverage(average: Dec, date: CalendarDate, ctx: RuleContext): SizeClass {
  const { c1Max, c2Max } = ctx.use(SIZE_CLASS, date);
  return average.lte(c1Max) ? 'C1' : average.lte(c2Max) ? 'C2' : 'C3';
}

/** The months whose average sets the class for something happening in `month`. */
export function semesterMonths(month: MonthKey, date: CalendarDate, ctx: RuleContext, activityStartDate?: CalendarDate | null): MonthKey[] {
  const count = ctx.use(SIZE_CLASS, date).semesterMonths;
  let first = addMonthsToKey(month, -count);
  const last = addMonthsToKey(month, -1);
  if (activityStartDate) {
    const activityMonth = monthKeyOf(activityStartDate);
    if (activityMonth >= month) return [activityMonth];
    if (activityMonth > first) first = activityMonth;
  }
  return monthKeysBetween(first, last);
}

function employerUnitsByMonth(headcounts: ReadonlyArray<HeadcountRow>): Map<string, Dec> {
  const byMonth = new Map<string, Dec>();
  for (const h of headcounts) byMonth.set(h.month, (byMonth.get(h.month) ?? dec(0)).plus(h.sizeUnits));
  return byMonth;
}

export function sizeClassFor(
  input: { month: MonthKey; date: CalendarDate; activityStartDate?: CalendarDate | null; headcounts: ReadonlyArray<HeadcountRow>; path?: string },
  ctx: RuleContext,
): SizeClassResult {
  const months = semesterMonths(input.month, input.date, ctx, input.activityStartDate);
  const byMonth = employerUnitsByMonth(input.headcounts);
  const missing = months.filter((m) => !byMonth.has(m));
  if (missing.length) {
    throw new ScenarioError([
      {
        path: input.path ?? 'headcounts',
        message: `Mancano i dipendenti medi (unità a tempo pieno) dei mesi ${missing.join(', ')} per la classe dimensionale`,
      },
    ]);
  }
  const values = months.map((m) => byMonth.get(m)!);
  const average = sumDecimals(values).div(months.length);
  return {
    class: classifyAverage(average, input.date, ctx),
    average: decimalString(average),
    months: months.map((m, i) => ({ month: m, units: decimalString(values[i]!) })),
  };
}

/** AIS size class: semester before the month of the application (B-1). */
export function aisSizeClass(
  input: { applicationDate: CalendarDate; parameterDate: CalendarDate; activityStartDate?: CalendarDate | null; headcounts: ReadonlyArray<HeadcountRow> },
  ctx: RuleContext,
): SizeClassResult {
  const result = sizeClassFor(
    { month: monthKeyOf(input.applicationDate), date: input.parameterDate, activityStartDate: input.activityStartDate, headcounts: input.headcounts },
    ctx,
  );
  ctx.warn({
    code: 'B-2',
    digest: 'B-2',
    status: 'I',
    message:
      'Media occupazionale calcolata con le regole INPS del FIS per analogia: tutte le categorie, part-time pro quota, 6 mesi di calendario prima del mese della domanda',
    citation: cite(SOURCES.C176_16, undefined, 'I'),
  });
  ctx.add(
    'B-1',
    cite(SOURCES.C112),
    'info',
    `Media del semestre ${result.months[0]?.month}–${result.months.at(-1)?.month}: ${result.average} → classe ${result.class}`,
  );
  return result;
}
