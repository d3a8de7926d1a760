// Calendar dates as ISO `YYYY-MM-DD` strings, computed on integer day numbers.
// No Date objects and no time zone: a legal date is a day, never an instant. Day numbers count
// days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's civil-from-days algorithm).

/** An ISO calendar date `YYYY-MM-DD` that passed validation. */
export type CalendarDate = string & { readonly __calendarDate: true };
/** A calendar month `YYYY-MM`. */
export type MonthKey = string & { readonly __monthKey: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Validates an ISO date string; throws a RangeError naming the bad value. */
export function parseDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return value;
}

export function isMonthKey(value: unknown): value is MonthKey {
  if (typeof value !== 'string') return false;
  const m = ISO_MONTH.exec(value);
  return !!m && Number(m[1]) >= 1900 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function parseMonthKey(value: string): MonthKey {
  if (!isMonthKey(value)) throw new RangeError(`Not a month (YYYY-MM): ${JSON.stringify(value)}`);
  return value;
}

export type YearMonthDay = { year: number; month: number; day: number };

export function toParts(date: CalendarDate): YearMonthDay {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number) => String(n).padStart(4, '0');

export function fromParts(year: number, month: number, day: number): CalendarDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}` as CalendarDate;
}

/** Days since 1970-01-01 (can be negative). */
export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = toParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return fromParts(year, month, day);
}

/** ISO strings of the same shape compare like the dates they denote. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
export const isBefore = (a: CalendarDate, b: CalendarDate) => a < b;
export const isAfter = (a: CalendarDate, b: CalendarDate) => a > b;
export const minDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a <= b ? a : b);
export const maxDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a >= b ? a : b);

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds calendar months. When the target month is shorter, the day is clamped to its last day
 * (31 Jan + 1 month = 28/29 Feb; 31 May + 6 months = 30 Nov), the reading used for legal
 * deadlines "entro N mesi" (digest G-6 worked example).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = toParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return fromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Adds calendar years; 29 Feb clamps to 28 Feb in a common year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** Signed number of days from `a` to `b` (b − a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Inclusive length of [start, end] in days. */
export function daysInclusive(start: CalendarDate, end: CalendarDate): number {
  return toDayNumber(end) - toDayNumber(start) + 1;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: CalendarDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}
export function weekdayOfDayNumber(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function lastDayOfMonth(date: CalendarDate): CalendarDate {
  const { year, month } = toParts(date);
  return fromParts(year, month, daysInMonth(year, month));
}

export function firstDayOfMonth(date: CalendarDate): CalendarDate {
  const { year, month } = toParts(date);
  return fromParts(year, month, 1);
}

export function monthKeyOf(date: CalendarDate): MonthKey {
  return date.slice(0, 7) as MonthKey;
}

export function monthKeyParts(key: MonthKey): { year: number; month: number } {
  return { year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)) };
}

export function firstDayOfMonthKey(key: MonthKey): CalendarDate {
  return `${key}-01` as CalendarDate;
}

export function lastDayOfMonthKey(key: MonthKey): CalendarDate {
  const { year, month } = monthKeyParts(key);
  return fromParts(year, month, daysInMonth(year, month));
}

export function addMonthsToKey(key: MonthKey, months: number): MonthKey {
  return monthKeyOf(addMonths(firstDayOfMonthKey(key), months));
}

/** Month keys from `start` to `end`, both included (empty when end < start). */
export function monthKeysBetween(start: MonthKey, end: MonthKey): MonthKey[] {
  const keys: MonthKey[] = [];
  for (let k = start; k <= end; k = addMonthsToKey(k, 1)) keys.push(k);
  return keys;
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}
