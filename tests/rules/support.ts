// Shared helpers for the legal case tables (OpenFisca-style: { name, asOf, input, expected, source }).
import { parseDate, type CalendarDate } from '@/lib/rules/core/calendar-date';
import { RuleContext, type RuleContextOptions } from '@/lib/rules/context';
import type { Scenario } from '@/lib/rules';

export type Case<I, E> = { name: string; asOf: string; input: I; expected: E; source: string };

export const d = (s: string): CalendarDate => parseDate(s);
export const ctx = (options?: RuleContextOptions) => new RuleContext(options);

/** Six months of headcounts (heads and size units) ending the month before `applicationMonth`. */
export function semester(unitId: string, lastMonths: string[], sizeUnits: string, heads = 1) {
  return lastMonths.map((month) => ({ productionUnitId: unitId, month, heads, sizeUnits }));
}

export function monthsBefore(month: string, count: number): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count; i >= 1; i--) {
    const index = y * 12 + (m - 1) - i;
    out.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/**
 * A complete, valid AIS scenario of a small Trento employer (C2 average 8, all staff in Trento),
 * requesting an ordinary suspension; tests override what they are about.
 */
export function baseScenario(overrides: Partial<Omit<Scenario, 'request'>> & { request?: Partial<Scenario['request']> } = {}): Scenario {
  const request = {
    productionUnitId: 'u1',
    cause: 'ORDINARY_MARKET' as const,
    reductionType: 'SUSPENSION' as const,
    periodStart: '2025-09-15',
    periodEnd: '2025-10-31',
    weekDays: 5 as const,
    paymentMode: 'CONGUAGLIO' as const,
    ...overrides.request,
  };
  const applicationDate = overrides.applicationDate ?? '2025-09-05';
  const appMonth = applicationDate.slice(0, 7);
  const refYear = Number(request.periodStart.slice(0, 4)) - 1;
  const months = [...new Set([`${refYear}-12`, ...monthsBefore(appMonth, 6)])];
  const { request: _r, ...rest } = overrides;
  return {
    asOf: '2025-09-01',
    applicationDate,
    employer: { inCigoScope: false, inCigsScope: false, bilateralFund: 'NONE', companyHeadcount: 8 },
    units: [{ id: 'u1', provinceCode: 'TN', comuneName: 'Trento' }],
    headcounts: months.map((month) => ({ productionUnitId: 'u1', month, heads: 8, sizeUnits: '8' })),
    ledger: [],
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
        hoursLost: '200',
      },
    ],
    procedure: { unionCommunicationDate: '2025-08-20' },
    ...rest,
    request,
  };
}
