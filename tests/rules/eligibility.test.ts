// Digest F-1…F-4 (who is covered, seniority), J-4, J-15.
import { describe, expect, it } from 'vitest';
import { workerEligibility, type WorkerEligibilityInput } from '@/lib/rules/eligibility/worker-eligibility';
import { selectFstnRegime } from '@/lib/rules/regimes/select-regime';
import { ctx, d, type Case } from './support';

type Input = Partial<WorkerEligibilityInput> & { periodStart: string; applicationDate: string; settings?: Parameters<typeof ctx>[0] };

function evaluate(input: Input) {
  const c = ctx(input.settings);
  const selected = selectFstnRegime(d(input.periodStart), c)!;
  return workerEligibility(
    { id: 'w', category: 'OPERAIO', hireDate: d('2015-01-01'), effectiveDaysAtUnit: 300, ...input },
    {
      regimeId: selected.regime.id,
      parameterDate: selected.parameterDate,
      applicationDate: d(input.applicationDate),
      periodStart: d(input.periodStart),
      periodEnd: d(input.periodStart),
    },
    c,
  );
}

const dates2025 = (n: number, from: string) => Array.from({ length: n }, (_, i) => `${from.slice(0, 8)}${String(i + 1).padStart(2, '0')}`);

const cases: Case<Input, boolean>[] = [
  { name: 'T29 a worker with 29 days of effective work at the unit on the application date is excluded', asOf: '2025-03-01', input: { periodStart: '2025-03-10', applicationDate: '2025-03-01', effectiveDaysAtUnit: 29 }, expected: false, source: 'digest §I T29; INPS circ. 112/2025' },
  { name: 'T29 a worker with 30 days is eligible', asOf: '2025-03-01', input: { periodStart: '2025-03-10', applicationDate: '2025-03-01', effectiveDaysAtUnit: 30 }, expected: true, source: 'digest §I T29' },
  {
    name: 'T30 under R2023 15 days in 2023 and 15 in 2025 at the same unit add up to 30: eligible (no 12-month look-back)',
    asOf: '2025-03-01',
    input: { periodStart: '2025-03-10', applicationDate: '2025-03-01', effectiveDaysAtUnit: 30, effectiveWorkDates: [...dates2025(15, '2023-05-01'), ...dates2025(15, '2025-01-01')] },
    expected: true,
    source: 'digest §I T30; F-4 edge 3',
  },
  {
    name: 'T31 the same facts under the R2019 rules (12-month look-back) count only 15 days: not eligible',
    asOf: '2023-12-01',
    input: { periodStart: '2023-12-11', applicationDate: '2023-12-01', effectiveDaysAtUnit: 30, effectiveWorkDates: [...dates2025(15, '2022-05-01'), ...dates2025(15, '2023-06-01')] },
    expected: false,
    source: 'digest §I T31; D.I. 103593/2019 art. 2 c. 8',
  },
  { name: 'T32 a dirigente is excluded from the AIS', asOf: '2025-03-01', input: { periodStart: '2025-03-10', applicationDate: '2025-03-01', category: 'DIRIGENTE' }, expected: false, source: 'digest §I T32; INPS circ. 112/2025' },
  { name: 'T32 a public employee is excluded from the AIS', asOf: '2025-03-01', input: { periodStart: '2025-03-10', applicationDate: '2025-03-01', isPublicEmployee: true }, expected: false, source: 'digest §I T32' },
  { name: 'T33 a home worker with a suspension starting 1 Mar 2024 is eligible (R2023)', asOf: '2024-02-20', input: { periodStart: '2024-03-01', applicationDate: '2024-02-20', category: 'HOME_WORKER' }, expected: true, source: 'digest §I T33; INPS msg. 370/2024' },
  { name: 'T33 a home worker with a suspension starting 1 Mar 2023 is not eligible (R2019 art. 2 c. 11; J-4 default)', asOf: '2023-02-20', input: { periodStart: '2023-03-01', applicationDate: '2023-02-20', category: 'HOME_WORKER' }, expected: false, source: 'digest §I T33; J-4' },
  { name: 'a home worker in 2023 is accepted when the back office adopts the national-law reading (J-4 override)', asOf: '2023-02-20', input: { periodStart: '2023-03-01', applicationDate: '2023-02-20', category: 'HOME_WORKER', settings: { settings: { homeWorkersAndApprenticesFrom2022: true } } }, expected: true, source: 'digest J-4; D.Lgs. 148/2015 art. 30 c. 1-bis' },
  { name: 'T34 a type-1 apprentice (qualification) in 2025 is eligible', asOf: '2025-03-01', input: { periodStart: '2025-03-10', applicationDate: '2025-03-01', category: 'APPRENTICE', apprenticeType: 'TYPE1_QUALIFICATION' }, expected: true, source: 'digest §I T34; INPS circ. 112/2025' },
  { name: 'T34 a type-1 apprentice in 2023 is not eligible (R2019: professionalising apprenticeships only)', asOf: '2023-03-01', input: { periodStart: '2023-03-10', applicationDate: '2023-03-01', category: 'APPRENTICE', apprenticeType: 'TYPE1_QUALIFICATION' }, expected: false, source: 'digest §I T34; D.I. 103593/2019 art. 2 c. 8' },
  { name: 'a professionalising apprentice in 2023 is eligible', asOf: '2023-03-01', input: { periodStart: '2023-03-10', applicationDate: '2023-03-01', category: 'APPRENTICE', apprenticeType: 'TYPE2_PROFESSIONALISING' }, expected: true, source: 'digest F-3' },
  { name: 'T35 after a change of contractor, 20 days with the outgoing firm + 12 with the new employer = 32: eligible', asOf: '2025-03-01', input: { periodStart: '2025-03-10', applicationDate: '2025-03-01', effectiveDaysAtUnit: 12, priorContractorDays: 20 }, expected: true, source: 'digest §I T35; D.I. 103593/2019 art. 2 c. 9' },
  { name: 'a home worker whose period starts on 26 Jan 2024 falls under R2019 and is excluded', asOf: '2024-01-20', input: { periodStart: '2024-01-26', applicationDate: '2024-01-20', category: 'HOME_WORKER' }, expected: false, source: 'digest §0.2; J-1 (R2023 from 27 Jan 2024)' },
  { name: 'a home worker whose period starts on 27 Jan 2024 falls under R2023 and is covered', asOf: '2024-01-20', input: { periodStart: '2024-01-27', applicationDate: '2024-01-20', category: 'HOME_WORKER' }, expected: true, source: 'digest §0.2; J-1' },
  { name: 'with the J-1 alternative reading R2023 already applies to a period starting 12 Jan 2024', asOf: '2024-01-10', input: { periodStart: '2024-01-12', applicationDate: '2024-01-10', category: 'HOME_WORKER', settings: { settings: { r2023Start: 'GU_PUBLICATION' } } }, expected: true, source: 'digest J-1 alternative' },
  { name: 'a worker hired after the end of the period is not eligible', asOf: '2025-03-01', input: { periodStart: '2025-03-10', applicationDate: '2025-03-01', hireDate: d('2025-04-01') }, expected: false, source: 'digest F-1' },
];

describe('worker eligibility', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    expect(evaluate(input).eligible).toBe(expected);
  });

  it('under R2019 without the dates worked, the days given are taken as inside the 12 months, with a warning', () => {
    const c = ctx();
    const result = workerEligibility(
      { id: 'w', category: 'OPERAIO', hireDate: d('2015-01-01'), effectiveDaysAtUnit: 30 },
      { regimeId: 'R2019', parameterDate: d('2023-03-10'), applicationDate: d('2023-03-01'), periodStart: d('2023-03-10'), periodEnd: d('2023-03-10') },
      c,
    );
    expect(result.eligible).toBe(true);
    expect(c.warnings.map((w) => w.code)).toContain('F-4/LOOKBACK');
  });

  it('every seniority decision carries the J-15 warning on what counts as effective work', () => {
    const c = ctx();
    workerEligibility(
      { id: 'w', category: 'OPERAIO', hireDate: d('2015-01-01'), effectiveDaysAtUnit: 30 },
      { regimeId: 'R2023', parameterDate: d('2025-03-10'), applicationDate: d('2025-03-01'), periodStart: d('2025-03-10'), periodEnd: d('2025-03-10') },
      c,
    );
    expect(c.warnings.map((w) => w.code)).toContain('J-15');
  });
});
