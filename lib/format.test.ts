import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from './format';

describe('formatCalendarDate', () => {
  it('writes the day the way each language does, without shifting it across time zones', () => {
    expect(formatCalendarDate('2025-03-07', 'it')).toBe('7 marzo 2025');
    expect(formatCalendarDate('2025-03-07', 'en')).toBe('7 March 2025');
    expect(formatCalendarDate('2024-12-31', 'it', 'short')).toBe('31/12/2024');
  });
});
