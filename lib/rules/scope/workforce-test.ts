// The 75 % Trentino workforce test — d.lgs. 148/2015 art. 40 c. 3-4; D.I. 103593/2019 art. 2 c. 1-2
// (digest A-6, J-19). The share is computed with effect from 1 January of each year, valid for the
// whole year, on the employees in force in December of the previous year; an employer starting
// activity during the year uses its first month of activity. All workers count as heads
// (apprentices, home workers, dirigenti — J-19); the test is per employer, across all units.
import { monthKeyOf, parseMonthKey, yearOf, type CalendarDate, type MonthKey } from '../core/calendar-date';
import { ScenarioError } from '../core/errors';
import { dec, percentString } from '../core/money';
import type { RuleContext } from '../context';
import { TN_SHARE_REFERENCE_MONTH, TN_WORKFORCE_SHARE_MIN } from '../parameters/fstn/thresholds';

export const TRENTO_PROVINCE_CODE = 'TN';

export type WorkforceTestInput = {
  /** Day whose calendar year the membership concerns (the first day of the requested period). */
  date: CalendarDate;
  /** Day the regime's parameters are read. */
  parameterDate: CalendarDate;
  activityStartDate?: CalendarDate | null;
  units: ReadonlyArray<{ id: string; provinceCode: string }>;
  headcounts: ReadonlyArray<{ productionUnitId: string; month: string; heads: number }>;
};

export type WorkforceTestResult = {
  referenceMonth: MonthKey;
  trentoHeads: number;
  totalHeads: number;
  /** Percentage with two decimals, e.g. "72.73". */
  sharePercent: string;
  passed: boolean;
};

/** December of the previous year, or the first month of activity when activity began this year. */
export function referenceMonthFor(date: CalendarDate, activityStartDate?: CalendarDate | null): MonthKey {
  const year = yearOf(date);
  if (activityStartDate && yearOf(activityStartDate) >= year) return monthKeyOf(activityStartDate);
  return parseMonthKey(`${year - 1}-12`);
}

export function workforceTest(input: WorkforceTestInput, ctx: RuleContext): WorkforceTestResult {
  const { citation: refCitation } = ctx.cited(TN_SHARE_REFERENCE_MONTH, input.parameterDate);
  const { value: minShare, citation } = ctx.cited(TN_WORKFORCE_SHARE_MIN, input.parameterDate);
  const referenceMonth = referenceMonthFor(input.date, input.activityStartDate);
  const province = new Map(input.units.map((u) => [u.id, u.provinceCode.toUpperCase()]));
  const rows = input.headcounts.filter((h) => h.month === referenceMonth);
  if (rows.length === 0) {
    throw new ScenarioError([
      {
        path: 'headcounts',
        message: `Manca il numero di dipendenti del mese di riferimento ${referenceMonth} per il test del 75 % (art. 40 c. 3 d.lgs. 148/2015)`,
      },
    ]);
  }
  let trentoHeads = 0;
  let totalHeads = 0;
  for (const row of rows) {
    totalHeads += row.heads;
    if (province.get(row.productionUnitId) === TRENTO_PROVINCE_CODE) trentoHeads += row.heads;
  }
  const share = totalHeads === 0 ? dec(0) : dec(trentoHeads).div(totalHeads);
  const passed = totalHeads > 0 && share.gte(minShare);
  const sharePercent = percentString(share);
  ctx.add('A-6', refCitation, 'info', `Mese di riferimento del test: ${referenceMonth}${input.activityStartDate && referenceMonth === monthKeyOf(input.activityStartDate) ? ' (primo mese di attività)' : ' (dicembre dell’anno precedente)'}`);
  ctx.add(
    'A-6',
    citation,
    passed ? 'pass' : 'fail',
    `${trentoHeads} dipendenti su ${totalHeads} in unità della Provincia di Trento = ${sharePercent} % ${passed ? '≥' : '<'} ${percentString(minShare)} %`,
  );
  return { referenceMonth, trentoHeads, totalHeads, sharePercent, passed };
}
