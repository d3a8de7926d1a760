// The requested period in the units the rules count: weeks for the windows (D-7: workable days ÷ 5
// or 6, or the days of a reduction; months × 52/12 for the C3 CIGS-type causes, which are limited in
// months), the end of a trimmed grant, and the month-by-month plan the amounts are computed on.
import Decimal from 'decimal.js';
import {
  firstDayOfMonthKey,
  fromDayNumber,
  lastDayOfMonthKey,
  maxDate,
  minDate,
  monthKeyOf,
  monthKeysBetween,
  toDayNumber,
  type CalendarDate,
} from '../core/calendar-date';
import { ScenarioError } from '../core/errors';
import { dec, type Dec } from '../core/money';
import { ratioFromDecimalString } from '../core/ratio';
import type { RuleContext } from '../context';
import type { MonthPlan } from '../amounts/allowance';
import { workableDaysInRange } from '../amounts/workable-days';
import { WEEKS_PER_MONTH } from '../parameters/fstn/durations';
import { AIS_CAP_GROSS, AIS_CAP_NET } from '../parameters/national/massimali';
import { calendarMonths, monthsToWeeks, weeksFromDays, workableDayCount, type WeekDays } from '../windows/week-count';

export type CountingBasis = { monthly: boolean; weekDays: WeekDays; affectedDays: number | null; requested: { start: CalendarDate; end: CalendarDate } };

/** Weeks counted for [start, end] inside the requested period. */
export function countedWeeks(basis: CountingBasis, start: CalendarDate, end: CalendarDate, ctx: RuleContext, parameterDate: CalendarDate): Dec {
  if (end < start) return dec(0);
  if (basis.monthly) return monthsToWeeks(calendarMonths(start, end), ctx.use(WEEKS_PER_MONTH, parameterDate));
  const days = workableDayCount(start, end, basis.weekDays);
  if (basis.affectedDays === null) return weeksFromDays(days, basis.weekDays);
  const all = workableDayCount(basis.requested.start, basis.requested.end, basis.weekDays);
  const share = all === 0 ? dec(0) : dec(basis.affectedDays).times(days).div(all);
  return share.div(basis.weekDays).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Last day such that the weeks counted from `start` do not exceed `weeks` (binary search on days). */
export function endForWeeks(basis: CountingBasis, start: CalendarDate, end: CalendarDate, weeks: Dec, ctx: RuleContext, parameterDate: CalendarDate): CalendarDate | null {
  let lo = toDayNumber(start);
  let hi = toDayNumber(end);
  if (countedWeeks(basis, start, fromDayNumber(lo), ctx, parameterDate).gt(weeks)) return null;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (countedWeeks(basis, start, fromDayNumber(mid), ctx, parameterDate).lte(weeks)) lo = mid;
    else hi = mid - 1;
  }
  // End on the last day that adds to the count (a Friday, not the weekend after it).
  const reached = countedWeeks(basis, start, fromDayNumber(lo), ctx, parameterDate);
  const first = toDayNumber(start);
  while (lo > first && countedWeeks(basis, start, fromDayNumber(lo - 1), ctx, parameterDate).eq(reached)) lo--;
  return fromDayNumber(lo);
}

/** One plan per calendar month of the requested period, with the caps in force in that month. */
export function monthPlans(
  input: { requested: { start: CalendarDate; end: CalendarDate }; paid: { start: CalendarDate; end: CalendarDate } | null; weekDays: WeekDays },
  ctx: RuleContext,
): MonthPlan[] {
  const holidays = ctx.settings.excludePublicHolidays;
  return monthKeysBetween(monthKeyOf(input.requested.start), monthKeyOf(input.requested.end)).map((month) => {
    const first = firstDayOfMonthKey(month);
    const last = lastDayOfMonthKey(month);
    let gross: string;
    let net: string;
    try {
      gross = ctx.use(AIS_CAP_GROSS, first);
      net = ctx.use(AIS_CAP_NET, first);
    } catch {
      throw new ScenarioError([
        { path: 'request.periodStart', message: `Massimale non disponibile per ${month}: il simulatore calcola gli importi dal gennaio 2022 (massimale unico)` },
      ]);
    }
    const within = (range: { start: CalendarDate; end: CalendarDate } | null) => {
      if (!range) return 0;
      const s = maxDate(first, range.start);
      const e = minDate(last, range.end);
      return e < s ? 0 : workableDaysInRange(s, e, input.weekDays, holidays);
    };
    return {
      month,
      capGross: ratioFromDecimalString(gross),
      capNet: ratioFromDecimalString(net),
      workableDays: workableDaysInRange(first, last, input.weekDays, holidays),
      requestedDays: within(input.requested),
      paidDays: within(input.paid),
    };
  });
}
