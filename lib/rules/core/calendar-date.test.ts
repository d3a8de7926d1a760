import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addMonthsToKey,
  addYears,
  compareDates,
  daysBetween,
  daysInclusive,
  firstDayOfMonth,
  fromDayNumber,
  isCalendarDate,
  isMonthKey,
  lastDayOfMonth,
  lastDayOfMonthKey,
  maxDate,
  minDate,
  monthKeyOf,
  monthKeysBetween,
  parseDate,
  parseMonthKey,
  toDayNumber,
  weekday,
  type CalendarDate,
  type MonthKey,
} from './calendar-date';

const d = (s: string) => parseDate(s);
const m = (s: string) => parseMonthKey(s);

describe('CalendarDate', () => {
  it('accepts real ISO dates and refuses impossible ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-4-01')).toBe(false);
    expect(isCalendarDate(20250401)).toBe(false);
    expect(() => parseDate('31/12/2025')).toThrow(RangeError);
    expect(isMonthKey('2025-12')).toBe(true);
    expect(isMonthKey('2025-00')).toBe(false);
    expect(() => parseMonthKey('2025-1')).toThrow(RangeError);
  });

  it('counts day numbers from 1 January 1970', () => {
    expect(toDayNumber(d('1970-01-01'))).toBe(0);
    expect(toDayNumber(d('2000-03-01'))).toBe(11017);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('round-trips every day number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25000, max: 60000 }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays(d('2025-03-10'), -30)).toBe('2025-02-08');
    expect(addDays(d('2025-03-10'), 15)).toBe('2025-03-25');
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2024-12-31'), 1)).toBe('2025-01-01');
  });

  it('adds months clamping to the last day of a shorter month', () => {
    expect(addMonths(d('2025-05-31'), 6)).toBe('2025-11-30');
    expect(addMonths(d('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(d('2025-06-20'), 6)).toBe('2025-12-20');
    expect(addMonths(d('2025-03-15'), -3)).toBe('2024-12-15');
  });

  it('adds years: 29 February becomes 28 February in a common year', () => {
    expect(addYears(d('2024-02-29'), 1)).toBe('2025-02-28');
    expect(addYears(d('2025-11-30'), -2)).toBe('2023-11-30');
  });

  it('measures spans', () => {
    expect(daysBetween(d('2025-03-10'), d('2025-03-25'))).toBe(15);
    expect(daysInclusive(d('2025-01-01'), d('2025-12-31'))).toBe(365);
    expect(compareDates(d('2025-01-01'), d('2024-12-31'))).toBe(1);
    expect(compareDates(d('2025-01-01'), d('2025-01-01'))).toBe(0);
    expect(minDate(d('2025-01-01'), d('2024-12-31'))).toBe('2024-12-31');
    expect(maxDate(d('2025-01-01'), d('2024-12-31'))).toBe('2025-01-01');
  });

  it('knows the weekday (Monday 10 March 2025, Sunday 1 January 2023)', () => {
    expect(weekday(d('2025-03-10'))).toBe(1);
    expect(weekday(d('2023-01-01'))).toBe(7);
    expect(weekday(d('1970-01-01'))).toBe(4);
  });

  it('handles months and month keys', () => {
    expect(lastDayOfMonth(d('2024-02-10'))).toBe('2024-02-29');
    expect(firstDayOfMonth(d('2024-02-10'))).toBe('2024-02-01');
    expect(monthKeyOf(d('2024-02-10'))).toBe('2024-02');
    expect(lastDayOfMonthKey(m('2025-02'))).toBe('2025-02-28');
    expect(addMonthsToKey(m('2025-01'), -1)).toBe('2024-12');
    expect(monthKeysBetween(m('2024-11'), m('2025-02'))).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthKeysBetween(m('2025-02'), m('2025-01'))).toEqual([]);
  });

  it('addMonths never overflows into the following month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: -120, max: 120 }), (n, k) => {
        const date = fromDayNumber(n) as CalendarDate;
        const moved = addMonths(date, k);
        const expectedKey = addMonthsToKey(monthKeyOf(date) as MonthKey, k);
        expect(monthKeyOf(moved)).toBe(expectedKey);
      }),
    );
  });
});
