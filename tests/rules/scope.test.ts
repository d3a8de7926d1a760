// Digest A-2…A-6 (scope, routing, 75 % test), J-6 (CIGS scope), J-19 (heads), J-21.
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '@/lib/rules';
import { referenceMonthFor, workforceTest } from '@/lib/rules/scope/workforce-test';
import { routeRequest, type RoutingInput } from '@/lib/rules/scope/routing';
import { ctx, d, type Case } from './support';

type ShareInput = { trento: number; elsewhere: number };
const shareCases: Case<ShareInput, { sharePercent: string; passed: boolean }>[] = [
  { name: 'T26 8 employees in Trento units and 3 elsewhere in December 2024 (72.73 %): not in the Fund for 2025', asOf: '2025-03-01', input: { trento: 8, elsewhere: 3 }, expected: { sharePercent: '72.73', passed: false }, source: 'digest §I T26; D.I. 103593/2019 art. 2 c. 1-2' },
  { name: 'T27 9 in Trento and 3 elsewhere (exactly 75.00 %): in the Fund for all 2025', asOf: '2025-03-01', input: { trento: 9, elsewhere: 3 }, expected: { sharePercent: '75.00', passed: true }, source: 'digest §I T27; "almeno il 75 per cento"' },
  { name: '749 in Trento of 1,000 (74.90 %) is below the threshold', asOf: '2025-03-01', input: { trento: 749, elsewhere: 251 }, expected: { sharePercent: '74.90', passed: false }, source: 'digest A-6 edge 1' },
  { name: '750 in Trento of 1,000 (75.00 %) meets it', asOf: '2025-03-01', input: { trento: 750, elsewhere: 250 }, expected: { sharePercent: '75.00', passed: true }, source: 'digest A-6 edge 1' },
];

const units = [
  { id: 'tn', provinceCode: 'TN' },
  { id: 'vr', provinceCode: 'VR' },
];

describe('the 75 % Trentino workforce test', () => {
  it.each(shareCases)('$name', ({ asOf, input, expected }) => {
    const result = workforceTest(
      {
        date: d(asOf),
        parameterDate: d(asOf),
        units,
        headcounts: [
          { productionUnitId: 'tn', month: '2024-12', heads: input.trento },
          { productionUnitId: 'vr', month: '2024-12', heads: input.elsewhere },
          // A later drop does not matter: the test holds for the whole year.
          { productionUnitId: 'tn', month: '2025-06', heads: 1 },
        ],
      },
      ctx(),
    );
    expect({ sharePercent: result.sharePercent, passed: result.passed }).toEqual(expected);
    expect(result.referenceMonth).toBe('2024-12');
  });

  it('T28 an employer starting activity on 15 Mar 2025 is tested on its March 2025 headcount', () => {
    expect(referenceMonthFor(d('2025-06-01'), d('2025-03-15'))).toBe('2025-03');
    const result = workforceTest(
      { date: d('2025-06-01'), parameterDate: d('2025-06-01'), activityStartDate: d('2025-03-15'), units, headcounts: [{ productionUnitId: 'tn', month: '2025-03', heads: 4 }] },
      ctx(),
    );
    expect(result).toMatchObject({ referenceMonth: '2025-03', sharePercent: '100.00', passed: true });
  });

  it('an employer active since before the year uses December of the previous year', () => {
    expect(referenceMonthFor(d('2025-06-01'), d('2019-05-02'))).toBe('2024-12');
  });

  it('a missing reference month is a precise input error', () => {
    expect(() => workforceTest({ date: d('2025-06-01'), parameterDate: d('2025-06-01'), units, headcounts: [] }, ctx())).toThrow(ScenarioError);
  });
});

const employer = { inCigoScope: false, inCigsScope: false, bilateralFund: 'NONE' as const };
const route = (over: Partial<Omit<RoutingInput, 'employer'>> & { employer?: Partial<RoutingInput['employer']> }, settings?: Parameters<typeof ctx>[0]) =>
  routeRequest(
    {
      cause: 'ORDINARY_MARKET',
      periodStart: d('2025-03-01'),
      parameterDate: d('2025-03-01'),
      workforceTestPassed: true,
      ...over,
      employer: { ...employer, ...over.employer },
    },
    ctx(settings),
  ).instrument;

describe('routing to the right instrument', () => {
  it('a Trento hotel with 3 employees, outside CIGO and without a bilateral fund, is a compulsory member (A-2)', () => {
    expect(route({ employer: { companyHeadcount: 3 } })).toBe('FSTN');
  });
  it('an employer in the CIGO scope (art. 10) goes to the CIGO', () => {
    expect(route({ employer: { inCigoScope: true } })).toBe('CIGO');
  });
  it('an employer of a bilateral fund (art. 26) stays there unless it opts in (A-3)', () => {
    expect(route({ employer: { bilateralFund: 'BILATERAL_ART26' } })).toBe('BILATERAL_ART26');
    expect(route({ employer: { bilateralFund: 'ALTERNATIVE_ART27' } })).toBe('ALTERNATIVE_ART27');
    expect(route({ employer: { bilateralFund: 'BILATERAL_ART26', optInDate: d('2025-01-01') } })).toBe('FSTN');
    expect(route({ employer: { bilateralFund: 'BILATERAL_ART26', optInDate: d('2025-03-02') } })).toBe('BILATERAL_ART26');
  });
  it('an opted-in employer below 75 % goes back to its fund of origin', () => {
    expect(route({ employer: { bilateralFund: 'BILATERAL_ART26', optInDate: d('2025-01-01') }, workforceTestPassed: false })).toBe('BILATERAL_ART26');
  });
  it('an employer that joined a national bilateral fund on 1 Mar 2025 is refused for periods from that day (A-4)', () => {
    expect(route({ employer: { exitDate: d('2025-03-01') } })).toBe('BILATERAL_ART26');
    expect(route({ employer: { exitDate: d('2025-03-02') } })).toBe('FSTN');
  });
  it('a compulsory member that fails the 75 % test falls into the FIS (A-5)', () => {
    expect(route({ workforceTestPassed: false })).toBe('FIS');
  });
  it('an employer with no employees is outside every fund', () => {
    expect(route({ employer: { companyHeadcount: 0 } })).toBe('NONE');
  });
  it('an employer in the CIGS scope goes to the CIGS for extraordinary causes only (J-6), unless the setting says otherwise', () => {
    expect(route({ cause: 'CRISIS', employer: { inCigsScope: true } })).toBe('CIGS');
    expect(route({ cause: 'ORDINARY_MARKET', employer: { inCigsScope: true } })).toBe('FSTN');
    expect(route({ cause: 'CRISIS', employer: { inCigsScope: true } }, { settings: { extraordinaryCausesInCigsScope: 'FSTN' } })).toBe('FSTN');
  });
  it('there is no fund for periods before its institution', () => {
    expect(route({ parameterDate: null, periodStart: d('2016-01-01') })).toBe('NONE');
  });
});
