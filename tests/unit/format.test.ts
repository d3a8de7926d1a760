// The display formats of dates, instants and figures (lib/format.ts): the formatters are built once
// per locale and style and kept, so repeated calls must keep giving each locale its own format.
import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDecimal, formatInstant, formatMonth } from '@/lib/format';

describe('formatInstant', () => {
  it('shows an instant in Rome time, winter (UTC+1) and summer (UTC+2), across midnight', () => {
    expect(formatInstant('2026-11-25T09:30:00.000Z', 'it')).toBe('25 nov 2026, 10:30');
    expect(formatInstant('2026-07-01T22:15:00.000Z', 'en')).toBe('2 Jul 2026, 00:15');
    // Called again, each locale still gets its own format.
    expect(formatInstant('2026-07-01T22:15:00.000Z', 'it')).toBe('2 lug 2026, 00:15');
  });
});

describe('the kept formatters', () => {
  it('keep one format per locale and style', () => {
    expect(formatCalendarDate('2025-03-07', 'it')).toBe('7 marzo 2025');
    expect(formatCalendarDate('2025-03-07', 'it', 'short')).toBe('07/03/2025');
    expect(formatCalendarDate('2025-03-07', 'en')).toBe('7 March 2025');
    expect(formatDecimal('12.5', 'it')).toBe('12,5');
    expect(formatDecimal('12.345', 'en', 1)).toBe('12.3');
    expect(formatDecimal('12.345', 'en')).toBe('12.35');
    expect(formatMonth('2025-12', 'it')).toBe('dicembre 2025');
    expect(formatMonth('2025-12', 'en')).toBe('December 2025');
  });
});
