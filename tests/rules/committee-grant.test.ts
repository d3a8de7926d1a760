// The Committee's partial grant (digest G-4; C-2 for the amounts): the paid period is limited to
// the granted dates and each worker's hours are pro-rated to the granted days, the same way the
// rules treat the unpaid days of a late filing. Expected values from C-2's formula and the 2025
// caps (T01), computed by hand below.
import { describe, expect, it } from 'vitest';
import { simulate } from '@/lib/rules';
import { baseScenario } from './support';

// September 2025: 22 weekdays, October 2025: 23 weekdays, no national holidays in either month.
// A 40-hour worker fully suspended for both months loses 22 × 8 + 23 × 8 = 360 hours.
const twoMonths = () =>
  baseScenario({
    applicationDate: '2025-08-25',
    request: { periodStart: '2025-09-01', periodEnd: '2025-10-31' },
    workers: [
      {
        id: 'w1',
        category: 'OPERAIO',
        contractType: 'OPEN_ENDED',
        hireDate: '2020-01-01',
        effectiveDaysAtUnit: 400,
        weeklyHours: '40',
        payBasis: 'MONTHLY',
        monthlyGlobalPay: '2000.00',
        householdWithoutChildren: false,
        hoursLost: '360',
      },
    ],
  });

describe('a partial grant by period', () => {
  it('without a grant the whole period is paid: 45 workable days are 9 weeks (D-7)', () => {
    const result = simulate(twoMonths());
    expect(result.weeksGranted).toBe('9');
    expect(result.grantedPeriod).toEqual({ start: '2025-09-01', end: '2025-10-31' });
    expect(result.totals.hoursLost).toBe('360.00');
  });

  it('granting October only pays October: 23 days = 4.6 weeks, 184 hours, the full 2025 monthly cap (1,404.03 gross / 1,322.05 net)', () => {
    const s = twoMonths();
    s.request.committeeGrant = { start: '2025-10-01', end: '2025-10-31' };
    const result = simulate(s);
    expect(result.weeksGranted).toBe('4.6');
    expect(result.grantedPeriod).toEqual({ start: '2025-10-01', end: '2025-10-31' });
    const worker = result.workers[0]!;
    expect(worker.totals.hoursLost).toBe('184.00');
    // 80 % × 2,000.00/173 × 184 h = 1,701.73 > cap: a fully suspended month pays the monthly cap.
    expect(worker.totals.gross).toBe('1404.03');
    expect(worker.totals.net).toBe('1322.05');
    expect(result.trace.some((step) => step.rule === 'G-4' && step.detail.includes('2025-10-01'))).toBe(true);
  });

  it('granting 16–31 October pays 12 of October’s 23 days: 96 hours, capped at 1,404.03 × 96/184 = 732.54', () => {
    const s = twoMonths();
    s.request.committeeGrant = { start: '2025-10-16', end: '2025-10-31' };
    const result = simulate(s);
    expect(result.weeksGranted).toBe('2.4');
    expect(result.workers[0]!.totals.hoursLost).toBe('96.00');
    // Uncapped 80 % × 2,000.00/173 × 96 = 887.86; the hourly ragguaglio of the cap gives 732.54.
    expect(result.workers[0]!.totals.gross).toBe('732.54');
  });

  it('a grant outside the paid period leaves nothing to pay', () => {
    const s = twoMonths();
    s.request.committeeGrant = { start: '2025-11-03', end: '2025-11-28' };
    const result = simulate(s);
    expect(result.weeksGranted).toBe('0');
    expect(result.grantedPeriod).toBeNull();
    expect(result.totals.gross).toBe('0.00');
  });
});
