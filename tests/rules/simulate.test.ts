// simulate(): a whole AIS request, in the order of digest §0.5.
import { describe, expect, it } from 'vitest';
import { simulate, ScenarioError, RULES_VERSION, type Scenario } from '@/lib/rules';
import { baseScenario } from './support';

describe('simulate(): a whole request', () => {
  it('a C2 Trento employer asking for 15 Sep–31 Oct 2025 (7 weeks) is eligible and every step is explained', () => {
    const result = simulate(baseScenario());
    expect(result).toMatchObject({
      rulesVersion: RULES_VERSION,
      eligible: true,
      instrument: 'FSTN',
      regime: { id: 'R2023' },
      workforceTest: { referenceMonth: '2024-12', passed: true },
      sizeClass: { class: 'C2', average: '8' },
      weeksRequested: '7',
      weeksGranted: '7',
      perRequestMax: { limit: '26', passed: true },
      windows: { outcome: 'ok' },
      totals: { workersEligible: 1, hoursLost: '200.00' },
    });
    const rules = result.trace.map((s) => s.rule);
    for (const rule of ['§0.2', 'A-6', 'A-2', 'B-1', 'C-1', 'G-1', 'G-2', 'D-2', 'D-6', 'C-2', 'E-3', 'C-4', 'G-6']) expect(rules).toContain(rule);
    for (const s of result.trace) expect(s.citation.label.length).toBeGreaterThan(0);
  });

  it('the employer pays 4 % of the pay lost: 200 h at 2,000.00/173 spread over Sep (12 days) and Oct (23 days) = 792.72 + 1,519.42 = 2,312.14 → 92.49', () => {
    // 200 h × 12/35 = 68.57 h in September, 131.43 h in October; hourly pay 2,000.00 / 173.
    const result = simulate(baseScenario());
    expect(result.workers[0]!.months.map((m) => [m.hoursLost, m.lostPay])).toEqual([
      ['68.57', '792.72'],
      ['131.43', '1519.42'],
    ]);
    expect(result.employerCosts.additionalContribution).toMatchObject({ base: '2312.14', rate: '0.04', amount: '92.49' });
  });

  it('results depending on inferred or unconfirmed readings say so in warnings', () => {
    const codes = simulate(baseScenario()).warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['B-2', 'J-15', 'SETTING:capDivisor', 'PARAM:ART4_MAX_MONTHS']));
  });

  it('an employer in the CIGO scope is routed to the CIGO and gets no FSTN computation', () => {
    const result = simulate(baseScenario({ employer: { inCigoScope: true, inCigsScope: false, bilateralFund: 'NONE' } }));
    expect(result).toMatchObject({ eligible: false, instrument: 'CIGO', windows: null, workers: [] });
    expect(result.reasons[0]).toMatch(/CIGO/);
  });

  it('a request over the per-request maximum is not eligible (C1: 14 weeks)', () => {
    const s = baseScenario({ request: { periodStart: '2025-09-15', periodEnd: '2025-12-19' } });
    s.headcounts = s.headcounts.map((h) => ({ ...h, sizeUnits: '4' }));
    const result = simulate(s);
    expect(result.sizeClass!.class).toBe('C1');
    expect(result.weeksRequested).toBe('14');
    expect(result.eligible).toBe(false);
  });

  it('a request beyond the residual biennium capacity is trimmed: granted period and amounts follow the granted weeks', () => {
    const s = baseScenario({
      ledger: [{ productionUnitId: 'u1', kind: 'AUTHORISED', cause: 'ORDINARY_MARKET', periodStart: '2024-06-03', periodEnd: '2025-05-25', weeks: '48', neutralised: false }],
    });
    const result = simulate(s);
    expect(result).toMatchObject({ eligible: true, weeksCounted: '7', weeksGranted: '4', grantedPeriod: { start: '2025-09-15', end: '2025-10-10' }, windows: { outcome: 'trim', maxGrantableWeeks: '4' } });
    expect(result.workers[0]!.months.map((m) => m.month)).toEqual(['2025-09', '2025-10']);
    // 200 h spread on the requested days (Sep 12, Oct 23): 68.57 + 131.43; October is paid for 8 of
    // its 23 days (1–10 Oct): 131.43 × 8/23 = 45.71 → 68.57 + 45.71 = 114.28 hours integrated.
    expect(result.workers[0]!.months.map((m) => m.hoursLost)).toEqual(['68.57', '45.71']);
    expect(result.workers[0]!.totals.hoursLost).toBe('114.28');
  });

  it('a trimmed grant is re-checked on its own, earlier-ending windows (D-6): 40 weeks in 2024 and 4 in Dec 2023 leave 8, not 12', () => {
    // Request 1 Sep–31 Dec 2025 = 88 weekdays = 17.6 weeks. Window to 31 Dec 2025 starts 1 Jan 2024:
    // 40 weeks used → 12 left. Ending after 12 weeks (21 Nov 2025) the window starts 22 Nov 2023 and
    // also holds the 4 December-2023 weeks → 8 left; ending after 8 weeks (24 Oct 2025) it starts
    // 25 Oct 2023: 44 used + 8 = 52 → fits.
    const s = baseScenario({
      applicationDate: '2025-08-25',
      request: { periodStart: '2025-09-01', periodEnd: '2025-12-31' },
      ledger: [
        { productionUnitId: 'u1', kind: 'AUTHORISED', cause: 'ORDINARY_MARKET', periodStart: '2023-12-04', periodEnd: '2023-12-29', weeks: '4', neutralised: false },
        { productionUnitId: 'u1', kind: 'AUTHORISED', cause: 'ORDINARY_MARKET', periodStart: '2024-03-04', periodEnd: '2024-12-06', weeks: '40', neutralised: false },
      ],
    });
    const result = simulate(s);
    expect(result).toMatchObject({ eligible: true, weeksCounted: '17.6', weeksGranted: '8', grantedPeriod: { start: '2025-09-01', end: '2025-10-24' }, windows: { outcome: 'trim', maxGrantableWeeks: '8' } });
    expect(result.trace.map((t) => t.rule)).toContain('D-6/TRIM');
  });

  it('a late application pays only from one week before filing and names what the employer owes (J-16)', () => {
    const result = simulate(baseScenario({ applicationDate: '2025-10-06', procedure: { unionCommunicationDate: '2025-09-01' } }));
    expect(result.deadlines.filingWindow).toMatchObject({ status: 'LATE', benefitFrom: '2025-09-29' });
    expect(result.employerCosts.employerOwes).toEqual({ from: '2025-09-15', to: '2025-09-28' });
    expect(result.grantedPeriod).toEqual({ start: '2025-09-29', end: '2025-10-31' });
    expect(result.weeksCounted).toBe('5');
  });

  it('a too-early application is not eligible and says from when it can be filed', () => {
    const result = simulate(baseScenario({ applicationDate: '2025-08-01' }));
    expect(result.eligible).toBe(false);
    expect(result.reasons.join(' ')).toMatch(/2025-08-16/);
  });

  it('a reduction on 2 days a week counts days ÷ 5 (T42 inside a request: 10 weeks of 2 days = 4 weeks)', () => {
    const result = simulate(baseScenario({ request: { reductionType: 'REDUCTION', periodStart: '2025-09-15', periodEnd: '2025-11-21', affectedDays: 20 } }));
    expect(result.weeksRequested).toBe('4');
  });

  it('a period starting 26 Jan 2024 is judged under R2019, one starting 27 Jan 2024 under R2023', () => {
    const r2019 = simulate(baseScenario({ applicationDate: '2024-01-15', request: { periodStart: '2024-01-26', periodEnd: '2024-02-29' }, procedure: { unionCommunicationDate: '2024-01-05' } }));
    const r2023 = simulate(baseScenario({ applicationDate: '2024-01-15', request: { periodStart: '2024-01-27', periodEnd: '2024-02-29' }, procedure: { unionCommunicationDate: '2024-01-05' } }));
    expect(r2019.regime!.id).toBe('R2019');
    expect(r2019.sizeClass).toBeNull();
    expect(r2019.perRequestMax!.limit).toBe('13');
    expect(r2023.regime!.id).toBe('R2023');
    expect(r2023.sizeClass!.class).toBe('C2');
  });

  it('the ordinary contribution is computed per payroll month with the class of that month’s semester', () => {
    const s = baseScenario({ payroll: [{ month: '2025-09', taxablePay: '25000.00' }] });
    const months = ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08'];
    s.headcounts = [...s.headcounts.filter((h) => !months.includes(h.month)), ...months.map((month) => ({ productionUnitId: 'u1', month, heads: 8, sizeUnits: '8' }))];
    expect(simulate(s).employerCosts.ordinaryContribution[0]).toMatchObject({ month: '2025-09', total: '200.00', employer: '133.33', worker: '66.67' });
  });

  it('an R2019 request carries the holidays-first step (G-7); an R2023 one the informational J-17 reading', () => {
    const r2019 = simulate(baseScenario({ applicationDate: '2023-03-01', request: { periodStart: '2023-03-06', periodEnd: '2023-03-31' }, procedure: { unionCommunicationDate: '2023-02-20' } }));
    expect(r2019.holidaysFirstRequired).toBe(true);
    expect(simulate(baseScenario()).holidaysFirstRequired).toBe(false);
  });

  it('apprentices get their apprenticeship extended by the hours of AIS (F-3)', () => {
    const s = baseScenario();
    s.workers = [{ ...s.workers[0]!, id: 'a1', category: 'APPRENTICE', apprenticeType: 'TYPE1_QUALIFICATION', hoursLost: '80' }];
    expect(simulate(s).workers[0]!.apprenticeshipExtensionHours).toBe('80.00');
  });

  it('a household without dependent children gets the ANF with the AIS (C-3)', () => {
    const s = baseScenario();
    s.workers = [{ ...s.workers[0]!, householdWithoutChildren: true }];
    expect(simulate(s).workers[0]!.anf).toBe(true);
  });

  it('a request whose only worker is ineligible is not eligible', () => {
    const s = baseScenario();
    s.workers = [{ ...s.workers[0]!, effectiveDaysAtUnit: 10 }];
    const result = simulate(s);
    expect(result.eligible).toBe(false);
    expect(result.workers[0]!.reasons[0]!.code).toBe('SENIORITY');
  });

  it('a direct-payment request without grounds leaves the AIS eligible but warns that direct payment is refused (T43)', () => {
    const result = simulate(baseScenario({ request: { paymentMode: 'DIRECT', directPaymentGrounds: [] } }));
    expect(result.eligible).toBe(true);
    expect(result.deadlines.directPayment!.admissible).toBe(false);
    expect(result.warnings.map((w) => w.code)).toContain('G-5');
  });
});

describe('simulate(): bad input never gives a partial result', () => {
  it('unknown units and impossible periods are reported by field path', () => {
    const s = baseScenario({ request: { productionUnitId: 'nope', periodEnd: '2025-02-30' } });
    try {
      simulate(s);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      expect((e as ScenarioError).issues.map((i) => i.path)).toEqual(['request.periodEnd', 'request.productionUnitId']);
    }
  });

  it('a period ending before it starts is an input error', () => {
    expect(() => simulate(baseScenario({ request: { periodStart: '2025-10-01', periodEnd: '2025-09-30' } }))).toThrow(ScenarioError);
  });

  it('periods before 2022 cannot be simulated (no single cap): a precise error, not a guess', () => {
    const s: Scenario = baseScenario({ applicationDate: '2021-03-01', request: { periodStart: '2021-03-08', periodEnd: '2021-04-30' } });
    expect(() => simulate(s)).toThrow(/1° gennaio 2022/);
  });

  it('missing headcount months are named', () => {
    const s = baseScenario();
    s.headcounts = s.headcounts.filter((h) => h.month !== '2025-05');
    expect(() => simulate(s)).toThrow(/2025-05/);
  });
});
