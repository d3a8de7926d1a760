// The public simulator's form: what people type becomes a scenario that THE API schema accepts,
// and the rules give the digest's figures (T06/T07, T26); its bounds equal the wizard's.
import { describe, expect, it } from 'vitest';
import { simulate, LR5_EXCLUDED_STATUSES } from '@/lib/rules';
import { simulationScenarioSchema } from './simulation';
import { EFFECTIVE_DAYS_MAX, MONTHLY_PAY_MAX, PERIOD_MAX_DAYS, QUICK_CAUSES, quickScenario, quickSimulationSchema, WEEKLY_HOURS_MAX } from './quick-simulation';
import * as workers from './workers';
import * as causePeriod from './request-cause-period';
import { LR5_EXCLUSIONS, lr5SimulationSchema } from './lr5-simulation';

const answers = (over: Record<string, unknown> = {}) => ({
  inCigoScope: 'no',
  inCigsScope: 'no',
  bilateralFund: 'NONE',
  trentoHeads: '8',
  otherHeads: '0',
  averageEmployees: '8',
  cause: 'ORDINARY_MARKET',
  reductionType: 'SUSPENSION',
  periodStart: { day: '3', month: '3', year: '2025' },
  periodEnd: { day: '31', month: '3', year: '2025' },
  applicationDate: { day: '20', month: '2', year: '2025' },
  weeksUsed: '',
  workers: [
    { label: 'cuoco', category: 'OPERAIO', effectiveDaysAtUnit: '1100', weeklyHours: '40', monthlyGlobalPay: '2.000,00', hoursLost: '168' },
    { label: '', category: 'IMPIEGATO', effectiveDaysAtUnit: '900', weeklyHours: '40', monthlyGlobalPay: '1300', hoursLost: '168' },
  ],
  ...over,
});

describe('quick simulation form', () => {
  it('T06/T07 typed the Italian way give 1,404.03/1,322.05 and 1,009.94/950.96, through the API schema', () => {
    const parsed = quickSimulationSchema.parse(answers());
    const scenario = quickScenario(parsed, '2025-02-20');
    expect(simulationScenarioSchema.safeParse(scenario).success).toBe(true);
    const result = simulate(scenario);
    expect(result.eligible).toBe(true);
    expect(result.sizeClass?.class).toBe('C2');
    expect(result.workers.map((w) => [w.totals.gross, w.totals.net])).toEqual([
      ['1404.03', '1322.05'],
      ['1009.94', '950.96'],
    ]);
  });

  it('T26: 8 employees in Trento and 3 elsewhere in December (72.73 %) → not the Fund but the FIS', () => {
    const result = simulate(quickScenario(quickSimulationSchema.parse(answers({ otherHeads: '3' })), '2025-02-20'));
    expect(result.workforceTest).toMatchObject({ trentoHeads: 8, totalHeads: 11, sharePercent: '72.73', passed: false });
    expect(result.instrument).toBe('FIS');
  });

  it('weeks already authorised count in the biennium: 45 used leave 7 of a C1 employer’s 52 (T13)', () => {
    const q = quickSimulationSchema.parse(answers({ averageEmployees: '4', weeksUsed: '45', periodEnd: { day: '30', month: '5', year: '2025' } }));
    const result = simulate(quickScenario(q, '2025-02-20'));
    expect(result.windows?.items[0]).toMatchObject({ key: 'BIENNIO_POOL', used: '45' });
    expect(result.windows?.maxGrantableWeeks).toBe('7');
  });

  it('a company with no employees at all is an input error, not a routing result', () => {
    const parsed = quickSimulationSchema.safeParse(answers({ trentoHeads: '0', otherHeads: '0' }));
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['trentoHeads', 'simulator.trentoHeads.none']]);
  });

  it('bounds and causes are the wizard’s', () => {
    expect([EFFECTIVE_DAYS_MAX, WEEKLY_HOURS_MAX, MONTHLY_PAY_MAX]).toEqual([workers.EFFECTIVE_DAYS_MAX, workers.WEEKLY_HOURS_MAX, workers.MONTHLY_PAY_MAX]);
    expect(QUICK_CAUSES).toEqual(causePeriod.REQUEST_CAUSES);
    expect(PERIOD_MAX_DAYS).toBe(causePeriod.PERIOD_MAX_DAYS);
  });
});

describe('L.R. 5/2009 form', () => {
  it('the exclusions are the regulation’s (art. 2 c. 3)', () => {
    expect(LR5_EXCLUSIONS).toEqual(LR5_EXCLUDED_STATUSES);
  });

  it('a collaborator needs the collaboration answers; an employee the seniority', () => {
    const base = { supportMonth: '2010-03', province: 'TN', excludedStatus: 'NONE', residenceProvince: 'TN', domicileProvince: 'TN', lastEmploymentProvince: 'TN', availableForOffers: 'yes', stateIndemnity: '900,00', regionalIndemnityComputed: '300' };
    const collaborator = lr5SimulationSchema.safeParse({ ...base, kind: 'PROJECT_COLLABORATOR' });
    expect(collaborator.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['consecutiveMonthsBeforeTermination', 'monthlyIncome', 'monthsInLast24', 'singleClient']);
    const employee = lr5SimulationSchema.parse({ ...base, kind: 'EMPLOYEE', seniorityDaysWithLastEmployer: '180' });
    expect(employee).toMatchObject({ supportMonth: '2010-03', excludedStatus: null, stateIndemnity: '900.00', regionalIndemnityComputed: '300', seniorityDaysWithLastEmployer: 180, collaborator: undefined });
  });
});
