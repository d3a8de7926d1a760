import { describe, expect, it } from 'vitest';
import { parseDate } from './calendar-date';
import { easterSunday, isPublicHoliday, publicHolidays } from './holidays';

describe('Italian national public holidays', () => {
  it('computes Easter Sunday', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2019)).toBe('2019-04-21');
  });

  it('includes Easter Monday, also when Easter is on 31 March', () => {
    expect(isPublicHoliday(parseDate('2024-04-01'))).toBe(true);
    expect(isPublicHoliday(parseDate('2025-04-21'))).toBe(true);
    expect(isPublicHoliday(parseDate('2025-06-02'))).toBe(true);
    expect(isPublicHoliday(parseDate('2025-06-03'))).toBe(false);
    expect(publicHolidays(2025).size).toBe(11);
  });
});
