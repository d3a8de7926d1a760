// Digest E-1 (ordinary contribution), E-2 (C1 cut by Committee resolution), E-3 (additional 4 %),
// H-2 (CIGO/CIGS comparisons).
import { describe, expect, it } from 'vitest';
import { additionalContribution } from '@/lib/rules/contributions/additional';
import { c1CutQualifiesFrom, ordinaryContribution, type OrdinaryContributionInput } from '@/lib/rules/contributions/ordinary';
import { cigoAdditionalBands, cigsOrdinaryContribution } from '@/lib/rules/national/cigo-cigs';
import { ScenarioError, type CommitteeResolution } from '@/lib/rules';
import { ctx, d, type Case } from './support';

const resolution40: CommitteeResolution = { number: '12', date: '2025-12-15', parameterKey: 'ORDINARY_RATE_C1_REDUCED', value: '0.40' };

type Input = OrdinaryContributionInput & { resolutions?: CommitteeResolution[] };
type Expected = { total: string; employer: string; worker: string };

const cases: Case<Input, Expected>[] = [
  { name: 'T21 a C1 employer with a monthly taxable payroll of 10,000.00 pays 50.00 = 33.33 employer + 16.67 workers (0.50 %)', asOf: '2025-03-01', input: { month: '2025-03' as never, contributionClass: 'C1', taxablePay: '10000.00' }, expected: { total: '50.00', employer: '33.33', worker: '16.67' }, source: 'digest §I T21; INPS msg. 370/2024' },
  { name: 'T22 a C2 employer with 25,000.00 pays 200.00 = 133.33 + 66.67 (0.80 %)', asOf: '2025-03-01', input: { month: '2025-03' as never, contributionClass: 'C2', taxablePay: '25000.00' }, expected: { total: '200.00', employer: '133.33', worker: '66.67' }, source: 'digest §I T22' },
  { name: 'T22 a C3 employer with 50,000.00 pays 450.00 = 300.00 + 150.00 (0.90 %)', asOf: '2025-03-01', input: { month: '2025-03' as never, contributionClass: 'C3', taxablePay: '50000.00' }, expected: { total: '450.00', employer: '300.00', worker: '150.00' }, source: 'digest §I T22' },
  { name: 'T23(a) a C1 employer without AIS for 30 months and no Committee resolution still pays 50.00', asOf: '2026-03-01', input: { month: '2026-03' as never, contributionClass: 'C1', taxablePay: '10000.00', lastAisPeriodEnd: d('2023-09-30') }, expected: { total: '50.00', employer: '33.33', worker: '16.67' }, source: 'digest §I T23(a); E-2' },
  { name: 'T23(b) with a resolution cutting the rate by 40 % the same employer pays 30.00 = 20.00 + 10.00', asOf: '2026-03-01', input: { month: '2026-03' as never, contributionClass: 'C1', taxablePay: '10000.00', lastAisPeriodEnd: d('2023-09-30'), resolutions: [resolution40] }, expected: { total: '30.00', employer: '20.00', worker: '10.00' }, source: 'digest §I T23(b); E-2' },
  { name: 'T24 a C2 employer with no AIS for 30 months gets no cut (the cut is for C1 only)', asOf: '2026-03-01', input: { month: '2026-03' as never, contributionClass: 'C2', taxablePay: '25000.00', lastAisPeriodEnd: d('2023-09-30'), resolutions: [resolution40] }, expected: { total: '200.00', employer: '133.33', worker: '66.67' }, source: 'digest §I T24' },
  { name: 'T32 a dirigente’s 8,000.00 is excluded from the base (C1 payroll 18,000.00 of which 8,000.00 dirigente → 50.00)', asOf: '2025-03-01', input: { month: '2025-03' as never, contributionClass: 'C1', taxablePay: '18000.00', dirigentiPay: '8000.00' }, expected: { total: '50.00', employer: '33.33', worker: '16.67' }, source: 'digest §I T32; E-1 worked example' },
  { name: 'a home worker’s pay is in the R2023 base', asOf: '2025-03-01', input: { month: '2025-03' as never, contributionClass: 'C1', taxablePay: '10000.00', homeWorkersPay: '2000.00' }, expected: { total: '50.00', employer: '33.33', worker: '16.67' }, source: 'digest E-1 ("a home worker’s pay is included")' },
  { name: 'T50 under R2019 the contribution on 10,000.00 is 45.00 = 30.00 + 15.00 (0.45 %)', asOf: '2021-03-01', input: { month: '2021-03' as never, contributionClass: 'C3', taxablePay: '10000.00' }, expected: { total: '45.00', employer: '30.00', worker: '15.00' }, source: 'digest §I T50; D.I. 103593/2019 art. 12; INPS circ. 197/2016' },
  { name: 'from the January 2024 pay period (first month of the R2023 rates, J-14) a home worker’s pay is in the base: 10,000.00 at 0.50 % = 50.00', asOf: '2024-01-31', input: { month: '2024-01' as never, contributionClass: 'C1', taxablePay: '10000.00', homeWorkersPay: '2000.00' }, expected: { total: '50.00', employer: '33.33', worker: '16.67' }, source: 'digest E-1 (base includes home workers); J-14' },
  { name: 'in December 2023 (0.45 %) the home worker’s 2,000.00 is still outside the base: 8,000.00 → 36.00', asOf: '2023-12-31', input: { month: '2023-12' as never, contributionClass: 'C1', taxablePay: '10000.00', homeWorkersPay: '2000.00' }, expected: { total: '36.00', employer: '24.00', worker: '12.00' }, source: 'digest E-1 history; D.I. 103593/2019 art. 12 c. 1 lett. a)' },
  { name: 'under R2019 home workers were outside the base (10,000.00 of which 2,000.00 home workers → 36.00)', asOf: '2021-03-01', input: { month: '2021-03' as never, contributionClass: 'C1', taxablePay: '10000.00', homeWorkersPay: '2000.00' }, expected: { total: '36.00', employer: '24.00', worker: '12.00' }, source: 'digest E-1 history' },
];

describe('ordinary contribution', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    const result = ordinaryContribution(input, ctx({ committeeResolutions: input.resolutions }));
    expect({ total: result.total, employer: result.employer, worker: result.worker }).toEqual(expected);
  });

  it('a resolution adopted by 31 Dec applies from 1 January of the following year (E-2 edge 4)', () => {
    const c = ctx({ committeeResolutions: [resolution40] });
    expect(ordinaryContribution({ month: '2025-12' as never, contributionClass: 'C1', taxablePay: '10000.00' }, c).total).toBe('50.00');
    expect(ordinaryContribution({ month: '2026-01' as never, contributionClass: 'C1', taxablePay: '10000.00' }, c).total).toBe('30.00');
  });

  it('an employer whose last AIS ended 31 Mar 2023 qualifies from 1 Apr 2025 (E-2 edge 1)', () => {
    expect(c1CutQualifiesFrom(d('2023-03-31'), 24)).toBe('2025-04-01');
    const c = ctx({ committeeResolutions: [{ ...resolution40, effectiveFrom: '2025-01-01' }] });
    expect(ordinaryContribution({ month: '2025-03' as never, contributionClass: 'C1', taxablePay: '10000.00', lastAisPeriodEnd: d('2023-03-31') }, c).total).toBe('50.00');
    expect(ordinaryContribution({ month: '2025-04' as never, contributionClass: 'C1', taxablePay: '10000.00', lastAisPeriodEnd: d('2023-03-31') }, c).total).toBe('30.00');
  });

  it('an employer that never used the AIS qualifies (E-2 edge 2)', () => {
    const c = ctx({ committeeResolutions: [resolution40] });
    expect(ordinaryContribution({ month: '2026-02' as never, contributionClass: 'C1', taxablePay: '10000.00' }, c).total).toBe('30.00');
  });

  it('a resolution cannot cut more than 40 %', () => {
    expect(() => ctx({ committeeResolutions: [{ ...resolution40, value: '0.50' }] })).toThrow(ScenarioError);
  });

  it('without a resolution the reliance on the unconfirmed 0 % default is a warning', () => {
    const c = ctx();
    ordinaryContribution({ month: '2026-03' as never, contributionClass: 'C1', taxablePay: '10000.00' }, c);
    expect(c.warnings.map((w) => w.code)).toContain('PARAM:ORDINARY_RATE_C1_REDUCED');
  });
});

describe('additional contribution (E-3)', () => {
  it('T25 lost taxable pay of 3,000.00 during the AIS costs the employer 120.00 (4 %)', () => {
    expect(additionalContribution({ lostPay: '3000.00', parameterDate: d('2025-03-01') }, ctx()).amount).toBe('120.00');
  });
  it('the same 4 % applied under R2019', () => {
    expect(additionalContribution({ lostPay: '3000.00', parameterDate: d('2021-03-01') }, ctx()).amount).toBe('120.00');
  });
  it('no additional contribution for the COVID-19 causal', () => {
    expect(additionalContribution({ lostPay: '3000.00', parameterDate: d('2020-04-01'), covid: true }, ctx()).amount).toBe('0.00');
  });
});

describe('national instruments for comparison (H-2)', () => {
  it('T48 60 CIGO weeks in the quinquennium: 52 weeks at 9 % and 8 weeks at 12 % additional contribution', () => {
    expect(cigoAdditionalBands({ weeksInQuinquennio: '60', asOf: d('2024-06-01') }, ctx())).toEqual([
      { weeks: '52', rate: '0.09' },
      { weeks: '8', rate: '0.12' },
    ]);
  });
  it('120 CIGO weeks: 52 at 9 %, 52 at 12 %, 16 at 15 %', () => {
    expect(cigoAdditionalBands({ weeksInQuinquennio: '120', asOf: d('2024-06-01') }, ctx()).map((b) => b.weeks)).toEqual(['52', '52', '16']);
  });
  it('T49 the CIGS ordinary contribution on 10,000.00 is 90.00 = 60.00 employer + 30.00 worker', () => {
    expect(cigsOrdinaryContribution({ taxablePay: '10000.00', asOf: d('2024-06-01') }, ctx())).toEqual({ total: '90.00', employer: '60.00', worker: '30.00' });
  });
});
