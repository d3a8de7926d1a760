// Digest B-1 (classes), B-2 (semester average, part-time, new firms), J-5 ("da 5,1").
import { describe, expect, it } from 'vitest';
import { dec } from '@/lib/rules/core/money';
import { ScenarioError } from '@/lib/rules';
import { aisSizeClass, classifyAverage } from '@/lib/rules/size/size-class';
import { computeSizeUnits } from '@/lib/rules/size/size-units';
import { ctx, d, type Case } from './support';

const classCases: Case<{ average: string }, string>[] = [
  { name: 'T19 an average of exactly 5.00 employees is class C1 ("fino a 5")', asOf: '2025-07-10', input: { average: '5.00' }, expected: 'C1', source: 'digest §I T19; INPS circ. 112/2025' },
  { name: 'T19 an average of 5.10 is class C2 ("da 5,1")', asOf: '2025-07-10', input: { average: '5.10' }, expected: 'C2', source: 'digest §I T19; J-5' },
  { name: 'an average of 5.01 is already more than 5: class C2 (J-5 reads "da 5,1" as "> 5")', asOf: '2025-07-10', input: { average: '5.01' }, expected: 'C2', source: 'digest B-1 edge; J-5' },
  { name: 'T20 an average of exactly 15.00 is class C2', asOf: '2025-07-10', input: { average: '15.00' }, expected: 'C2', source: 'digest §I T20' },
  { name: 'T20 an average of 15.01 is class C3 ("oltre 15")', asOf: '2025-07-10', input: { average: '15.01' }, expected: 'C3', source: 'digest §I T20' },
  { name: 'a firm averaging less than one employee is class C1', asOf: '2025-07-10', input: { average: '0.5' }, expected: 'C1', source: 'digest B-1' },
];

describe('size classes by the semester average', () => {
  it.each(classCases)('$name', ({ asOf, input, expected }) => {
    expect(classifyAverage(dec(input.average), d(asOf), ctx())).toBe(expected);
  });

  it('the classes do not exist before the 2024 contribution period', () => {
    expect(() => classifyAverage(dec(3), d('2023-12-31'), ctx())).toThrow(/no value in force/);
  });
});

const rows = (values: Array<[string, string]>) => values.map(([month, sizeUnits]) => ({ productionUnitId: 'u1', month, sizeUnits }));

describe('the semester before the application (B-2)', () => {
  it('application on 10 Jul 2025 with monthly counts 5, 5, 6, 6, 6, 6 (Jan–Jun): average 5.67 → C2', () => {
    const result = aisSizeClass(
      {
        applicationDate: d('2025-07-10'),
        parameterDate: d('2025-07-10'),
        headcounts: rows([['2025-01', '5'], ['2025-02', '5'], ['2025-03', '6'], ['2025-04', '6'], ['2025-05', '6'], ['2025-06', '6'], ['2025-07', '40']]),
      },
      ctx(),
    );
    expect(result.average).toBe('5.67');
    expect(result.class).toBe('C2');
    expect(result.months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
  });

  it('the average is not rounded before comparing: 5, 5, 5, 5, 5, 5.04 averages 5.0067 → C2', () => {
    const result = aisSizeClass(
      { applicationDate: d('2025-07-10'), parameterDate: d('2025-07-10'), headcounts: rows([['2025-01', '5'], ['2025-02', '5'], ['2025-03', '5'], ['2025-04', '5'], ['2025-05', '5'], ['2025-06', '5.04']]) },
      ctx(),
    );
    expect(result.average).toBe('5.01');
    expect(result.class).toBe('C2');
  });

  it('units of every production unit are summed: the class is an employer attribute (J-13)', () => {
    const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
    const headcounts = months.flatMap((month) => [
      { productionUnitId: 'u1', month, sizeUnits: '3' },
      { productionUnitId: 'u2', month, sizeUnits: '3' },
    ]);
    expect(aisSizeClass({ applicationDate: d('2025-07-10'), parameterDate: d('2025-07-10'), headcounts }, ctx()).class).toBe('C2');
  });

  it('a firm active since 15 Mar 2025 averages over March–June only', () => {
    const result = aisSizeClass(
      {
        applicationDate: d('2025-07-10'),
        parameterDate: d('2025-07-10'),
        activityStartDate: d('2025-03-15'),
        headcounts: rows([['2025-03', '4'], ['2025-04', '6'], ['2025-05', '6'], ['2025-06', '8']]),
      },
      ctx(),
    );
    expect(result.months).toHaveLength(4);
    expect(result.average).toBe('6');
  });

  it('in its first month of activity a firm counts that month’s employees', () => {
    const result = aisSizeClass(
      { applicationDate: d('2025-07-20'), parameterDate: d('2025-07-20'), activityStartDate: d('2025-07-01'), headcounts: rows([['2025-07', '3']]) },
      ctx(),
    );
    expect(result).toMatchObject({ class: 'C1', average: '3', months: [{ month: '2025-07', units: '3' }] });
  });

  it('missing months are a precise input error naming them', () => {
    const run = () => aisSizeClass({ applicationDate: d('2025-07-10'), parameterDate: d('2025-07-10'), headcounts: rows([['2025-01', '5']]) }, ctx());
    expect(run).toThrow(ScenarioError);
    expect(run).toThrow(/2025-02, 2025-03, 2025-04, 2025-05, 2025-06/);
  });
});

describe('part-time workers in full-time units (B-2 worked example)', () => {
  it('4 full-timers + 4 part-timers at 50 % = 6 units → C2', () => {
    const c = ctx();
    const units = computeSizeUnits({ fullTimeHeads: 4, partTimeRatios: ['0.5', '0.5', '0.5', '0.5'] }, c);
    expect(units.units.toString()).toBe('6');
    expect(classifyAverage(units.units, d('2025-07-10'), c)).toBe('C2');
  });

  it('4 full-timers + 3 part-timers at 50 %: the residual half is dropped by default → 5 units → C1', () => {
    const c = ctx();
    const units = computeSizeUnits({ fullTimeHeads: 4, partTimeRatios: ['0.5', '0.5', '0.5'] }, c);
    expect(units.units.toString()).toBe('5');
    expect(units.residualDropped.toString()).toBe('0.5');
    expect(classifyAverage(units.units, d('2025-07-10'), c)).toBe('C1');
    expect(c.warnings.map((w) => w.code)).toContain('SETTING:partTimeResidual');
  });

  it('with the flag "keep fractions" the same employer is 5.5 units → C2', () => {
    const c = ctx({ settings: { partTimeResidual: 'KEEP_FRACTIONS' } });
    const units = computeSizeUnits({ fullTimeHeads: 4, partTimeRatios: ['0.5', '0.5', '0.5'] }, c);
    expect(units.units.toString()).toBe('5.5');
    expect(classifyAverage(units.units, d('2025-07-10'), c)).toBe('C2');
  });

  it('a residual above one half counts as a whole unit (3 × 0.6 = 1.8 → 2)', () => {
    expect(computeSizeUnits({ fullTimeHeads: 1, partTimeRatios: ['0.6', '0.6', '0.6'] }, ctx()).units.toString()).toBe('3');
  });
});
