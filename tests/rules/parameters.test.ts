// The parameter discipline (style.md practice 1, OpenFisca): every series is dated data with a
// citation per value, a unit, a description and a last-verified day; the digest's §0.4 table is
// there under its own keys with its own numbers; [I]/[U] readings are flagged for the UI.
import { describe, expect, it } from 'vitest';
import { ALL_PARAMETERS, DEFAULT_SETTINGS, PARAMETERS_BY_KEY, SETTING_INFO, listParametersInForce } from '@/lib/rules';
import { isCalendarDate } from '@/lib/rules/core/calendar-date';
import { d } from './support';

// Digest §0.4 "Parameter table", in its order. The values below are copied from that table.
const DIGEST_TABLE: Array<{ key: string; asOf: string; value: unknown }> = [
  { key: 'TN_WORKFORCE_SHARE_MIN', asOf: '2025-06-30', value: '0.75' },
  { key: 'TN_SHARE_REFERENCE_MONTH', asOf: '2025-06-30', value: 'DECEMBER_PREVIOUS_YEAR' },
  { key: 'SIZE_CLASS', asOf: '2025-06-30', value: { c1Max: '5', c2Max: '15', semesterMonths: 6 } },
  { key: 'AIS_RATE', asOf: '2025-06-30', value: '0.80' },
  { key: 'AIS_CAP_GROSS', asOf: '2025-06-30', value: '1404.03' },
  { key: 'AIS_CAP_NET', asOf: '2025-06-30', value: '1322.05' },
  { key: 'AIS_REDUCTION_L41', asOf: '2025-06-30', value: '0.0584' },
  { key: 'MAX_WEEKS_PER_REQUEST', asOf: '2025-06-30', value: { C1: 13, C2: 26, C3: null } },
  { key: 'MAX_WEEKS_BIENNIO', asOf: '2025-06-30', value: { C1: 52, C2: 52, C3: 52 } },
  { key: 'CDS_MAX', asOf: '2025-06-30', value: { C1: 24, C2: 24, C3: 24, C3_ART22_C5: 36 } },
  { key: 'CIGS_CRISIS_MAX', asOf: '2025-06-30', value: 12 },
  { key: 'CIGS_REORG_MAX', asOf: '2025-06-30', value: 24 },
  { key: 'ORDINARY_RATE', asOf: '2025-06-30', value: { C1: '0.0050', C2: '0.0080', C3: '0.0090' } },
  { key: 'ORDINARY_RATE_C1_REDUCED', asOf: '2025-06-30', value: '0' },
  { key: 'ADDITIONAL_RATE', asOf: '2025-06-30', value: '0.04' },
  { key: 'SENIORITY_DAYS', asOf: '2025-06-30', value: 30 },
  { key: 'APPLICATION_WINDOW', asOf: '2025-06-30', value: { daysBefore: 30, daysAfter: 15 } },
  { key: 'CONGUAGLIO_DEADLINE', asOf: '2025-06-30', value: 6 },
];

describe('parameters are dated data with citations (OpenFisca discipline)', () => {
  it.each(ALL_PARAMETERS.map((p) => [p.key, p] as const))('%s has a description, a unit, a last-verified day and a citation on every value', (_key, p) => {
    expect(p.description.length).toBeGreaterThan(10);
    expect(p.unit).toBeTruthy();
    expect(isCalendarDate(p.lastVerifiedOn)).toBe(true);
    expect(p.key).toMatch(/^[A-Z][A-Z0-9_]+$/);
    for (const value of p.values) {
      expect(isCalendarDate(value.from)).toBe(true);
      expect(value.citation.act.length).toBeGreaterThan(0);
      expect(value.citation.label.length).toBeGreaterThan(0);
      expect(['P', 'S', 'I', 'U']).toContain(value.citation.status);
    }
  });

  it.each(DIGEST_TABLE)('§0.4 $key is named as in the digest and holds its value on $asOf', ({ key, asOf, value }) => {
    expect(PARAMETERS_BY_KEY.has(key)).toBe(true);
    expect(listParametersInForce(d(asOf))[key]?.value).toEqual(value);
  });

  it('the R2019 values of §0.2 are kept as history: 13 weeks per request, 26 per biennium, 0.45 %', () => {
    const r2019 = listParametersInForce(d('2023-06-30'));
    expect(r2019.MAX_WEEKS_PER_REQUEST?.value).toEqual({ C1: 13, C2: 13, C3: 13 });
    expect(r2019.MAX_WEEKS_BIENNIO?.value).toEqual({ C1: 26, C2: 26, C3: 26 });
    expect(r2019.ORDINARY_RATE?.value).toEqual({ C1: '0.0045', C2: '0.0045', C3: '0.0045' });
    expect(r2019.SIZE_CLASS).toBeUndefined();
  });

  it('a series whose current value is inferred or unconfirmed says so in its status (the UI warns on it)', () => {
    for (const p of ALL_PARAMETERS) {
      const last = p.values.at(-1)!;
      if (last.value !== null && (last.citation.status === 'I' || last.citation.status === 'U')) expect(['I', 'U'], p.key).toContain(p.status);
    }
  });

  it('every [I]/[U] reading of digest §J that changes a result is a setting with its digest reference and citation', () => {
    for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof typeof DEFAULT_SETTINGS>) {
      const info = SETTING_INFO[key];
      expect(info.digest, key).toMatch(/^[A-J]-\d+$/);
      expect(info.description.length, key).toBeGreaterThan(10);
      expect(info.citation.label.length, key).toBeGreaterThan(0);
    }
    const digestRefs = new Set(Object.values(SETTING_INFO).map((i) => i.digest));
    for (const ref of ['J-1', 'J-3', 'J-4', 'J-6', 'J-8', 'J-10', 'J-11', 'J-16', 'J-20']) expect(digestRefs).toContain(ref);
  });
});
