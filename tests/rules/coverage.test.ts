// Temporal coverage (Catala style): for every day from 2009 to 2026, every parameter a regime in
// force that day reads has a value — no gap — and every series is strictly sorted by `from`, so
// two values never overlap.
import { describe, expect, it } from 'vitest';
import { ALL_PARAMETERS, listParametersInForce } from '@/lib/rules';
import { addDays, type CalendarDate } from '@/lib/rules/core/calendar-date';
import { entryAt } from '@/lib/rules/core/dated';
import { needSeries } from '@/lib/rules/regimes/definition';
import { regimesInForce, REGIME_TABLE, selectFstnRegime } from '@/lib/rules/regimes/select-regime';
import { RuleContext } from '@/lib/rules/context';
import { d } from './support';

const FIRST = d('2009-01-01');
const LAST = d('2026-12-31');

function* days(): Generator<CalendarDate> {
  for (let day = FIRST; day <= LAST; day = addDays(day, 1)) yield day;
}

describe('temporal coverage of the parameters', () => {
  it('every series has at least one value, a citation on each, and values strictly sorted by "from"', () => {
    for (const p of ALL_PARAMETERS) {
      expect(p.values.length, p.key).toBeGreaterThan(0);
      for (let i = 1; i < p.values.length; i++) expect(p.values[i - 1]!.from < p.values[i]!.from, `${p.key} overlaps at ${p.values[i]!.from}`).toBe(true);
      for (const v of p.values) {
        expect(v.citation.label.length, p.key).toBeGreaterThan(0);
        expect(['P', 'S', 'I', 'U'], p.key).toContain(v.citation.status);
      }
      expect(p.lastVerifiedOn, p.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('parameter keys are unique', () => {
    const keys = ALL_PARAMETERS.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  for (const settings of [{}, { r2023Start: 'GU_PUBLICATION' as const }]) {
    it(`every parameter a regime needs is in force on every day it is in force, 2009–2026 (${JSON.stringify(settings)})`, () => {
      const ctx = new RuleContext({ settings });
      const gaps: string[] = [];
      for (const day of days()) {
        for (const regime of regimesInForce(day, ctx)) {
          // Parameters are read on the regime's own start when a setting moves it earlier.
          const readOn = day < regime.from ? regime.from : day;
          for (const need of regime.needs) {
            const { series, from } = needSeries(need);
            if (from && readOn < from) continue;
            const entry = entryAt(series, readOn);
            if (!entry || entry.value === null) gaps.push(`${regime.id} ${series.key} ${day}`);
          }
        }
      }
      expect(gaps.slice(0, 10)).toEqual([]);
    });
  }

  it('exactly one FSTN regime governs each day from the fund’s institution, and they follow each other without gaps', () => {
    const fstn = REGIME_TABLE.filter((r) => r.layer === 'FSTN');
    for (let i = 1; i < fstn.length; i++) expect(addDays(fstn[i - 1]!.until!, 1)).toBe(fstn[i]!.from);
    expect(selectFstnRegime(d('2016-08-03'))).toBeNull();
    expect(selectFstnRegime(d('2016-08-04'))!.regime.id).toBe('R2016');
    expect(selectFstnRegime(d('2019-10-26'))!.regime.id).toBe('R2016');
    expect(selectFstnRegime(d('2019-10-27'))!.regime.id).toBe('R2019');
    expect(selectFstnRegime(d('2024-01-26'))!.regime.id).toBe('R2019');
    expect(selectFstnRegime(d('2024-01-27'))!.regime.id).toBe('R2023');
  });

  it('listParametersInForce gives value, start and citation of each parameter on a day', () => {
    const list = listParametersInForce(d('2025-06-30'));
    expect(list.AIS_CAP_GROSS).toMatchObject({ value: '1404.03', from: '2025-01-01', citation: { label: 'INPS circ. 25/2025' } });
    expect(list.ORDINARY_RATE_C1_REDUCED!.value).toBe('0');
    expect(list.MAX_WEEKS_BIENNIO_CDS).toBeUndefined();
    const withResolution = listParametersInForce(d('2026-06-30'), [{ number: '3', date: '2025-12-10', parameterKey: 'ORDINARY_RATE_C1_REDUCED', value: '0.40' }]);
    expect(withResolution.ORDINARY_RATE_C1_REDUCED).toMatchObject({ value: '0.40', from: '2026-01-01' });
  });
});
