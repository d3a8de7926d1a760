// Counting weeks and months — INPS circ. 58/2009 (limits counted on the days of suspension or
// reduction: days ÷ 6, or ÷ 5 with a short week; digest D-7, applied to the FSTN by art. 30 c. 1 [I])
// and Min. lavoro circ. 17/2017 (months for CIGS-type limits; digest D-6). Weeks and months are
// rounded to 2 decimals (money.ts rounding point 3). Calendar weekdays are counted without
// public holidays: a suspension week with a holiday still uses a whole week.
import { daysInMonth, toDayNumber, toParts, weekdayOfDayNumber, type CalendarDate } from '../core/calendar-date';
import { dec, type Dec } from '../core/money';
import Decimal from 'decimal.js';

export type WeekDays = 5 | 6;

/** Mon–Fri (5) or Mon–Sat (6) days in [start, end]. */
export function workableDayCount(start: CalendarDate, end: CalendarDate, weekDays: WeekDays): number {
  const first = toDayNumber(start);
  const last = toDayNumber(end);
  if (last < first) return 0;
  const total = last - first + 1;
  const fullWeeks = Math.floor(total / 7);
  let count = fullWeeks * weekDays;
  for (let n = first + fullWeeks * 7; n <= last; n++) if (weekdayOfDayNumber(n) <= weekDays) count++;
  return count;
}

/** D-7: days of suspension or reduction ÷ 5 or ÷ 6 (2 decimals). */
export function weeksFromDays(days: number, weekDays: WeekDays): Dec {
  return dec(days).div(weekDays).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Calendar months covered by [start, end]: whole months plus each partial month's share of days. */
export function calendarMonths(start: CalendarDate, end: CalendarDate): Dec {
  if (end < start) return dec(0);
  const s = toParts(start);
  const e = toParts(end);
  let total = dec(0);
  for (let y = s.year, m = s.month; y < e.year || (y === e.year && m <= e.month); m === 12 ? (y++, (m = 1)) : m++) {
    const dim = daysInMonth(y, m);
    const from = y === s.year && m === s.month ? s.day : 1;
    const to = y === e.year && m === e.month ? e.day : dim;
    total = total.plus(dec(to - from + 1).div(dim));
  }
  return total.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The conversion of D-4 (52 weeks ≈ 12 months). */
export type WeeksPerMonth = { weeks: number; months: number };

export function weeksToMonths(weeks: Dec, conv: WeeksPerMonth): Dec {
  return weeks.times(conv.months).div(conv.weeks).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function monthsToWeeks(months: Dec, conv: WeeksPerMonth): Dec {
  return months.times(conv.weeks).div(conv.months).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
