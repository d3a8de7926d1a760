// Workable days and hours of a month under the worker's schedule — the divisor of the hourly
// ragguaglio of the cap (digest C-2, J-3): weekly hours ÷ days per week × workable days, public
// holidays excluded by default (e.g. 40 h over 21 weekdays = 168 h in March 2025).
import { toDayNumber, fromDayNumber, weekdayOfDayNumber, type CalendarDate } from '../core/calendar-date';
import { isPublicHoliday } from '../core/holidays';
import type { WeekDays } from '../windows/week-count';

export function workableDaysInRange(start: CalendarDate, end: CalendarDate, weekDays: WeekDays, excludeHolidays: boolean): number {
  let count = 0;
  for (let n = toDayNumber(start), last = toDayNumber(end); n <= last; n++) {
    if (weekdayOfDayNumber(n) > weekDays) continue;
    if (excludeHolidays && isPublicHoliday(fromDayNumber(n))) continue;
    count++;
  }
  return count;
}
