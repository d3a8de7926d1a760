import { describe, expect, it } from 'vitest';
import { parseDate } from './calendar-date';
import { citedValueAt, defineParameter, entryAt, valueAt, valueAtOrNull, type Dated } from './dated';
import { ParameterNotInForceError } from './errors';

const citation = { act: 'Test act', status: 'P' as const, label: 'Test' };
const d = parseDate;

const series: Dated<number> = defineParameter({
  key: 'TEST',
  description: 'test',
  unit: 'weeks',
  lastVerifiedOn: d('2026-01-01'),
  status: 'P',
  values: [
    { from: d('2019-10-27'), value: 26, citation },
    { from: d('2024-01-27'), value: 52, citation },
    { from: d('2030-01-01'), value: null, citation },
  ],
});

describe('Dated parameters', () => {
  it('returns the value whose period contains the date, boundaries included', () => {
    expect(valueAt(series, d('2019-10-27'))).toBe(26);
    expect(valueAt(series, d('2024-01-26'))).toBe(26);
    expect(valueAt(series, d('2024-01-27'))).toBe(52);
    expect(citedValueAt(series, d('2025-01-01'))).toEqual({ value: 52, from: '2024-01-27', citation });
  });

  it('throws a clear error before the first value and where the value is null', () => {
    expect(() => valueAt(series, d('2019-10-26'))).toThrow(ParameterNotInForceError);
    expect(() => valueAt(series, d('2019-10-26'))).toThrow('Parameter TEST has no value in force on 2019-10-26');
    expect(() => valueAt(series, d('2030-01-01'))).toThrow(ParameterNotInForceError);
    expect(() => citedValueAt(series, d('2031-01-01'))).toThrow(ParameterNotInForceError);
    expect(valueAtOrNull(series, d('2030-06-01'))).toBeNull();
    expect(valueAtOrNull(series, d('2000-01-01'))).toBeNull();
    expect(entryAt(series, d('2000-01-01'))).toBeUndefined();
  });

  it('refuses values not strictly sorted by their start date', () => {
    expect(() =>
      defineParameter({ ...series, values: [series.values[1]!, series.values[0]!] }),
    ).toThrow(/strictly sorted/);
    expect(() => defineParameter({ ...series, values: [series.values[0]!, series.values[0]!] })).toThrow(/strictly sorted/);
  });
});
