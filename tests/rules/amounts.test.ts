// Digest C-2 (amount, cap, 5.84 % reduction), J-2 (2025 cap), J-3 (hourly ragguaglio).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { computeAllowance, type AllowanceSetup, type MonthPlan } from '@/lib/rules/amounts/allowance';
import { workableDaysInRange } from '@/lib/rules/amounts/workable-days';
import { valueAt } from '@/lib/rules/core/dated';
import { ratioFromDecimalString as r } from '@/lib/rules/core/ratio';
import type { MonthKey } from '@/lib/rules/core/calendar-date';
import { AIS_CAP_GROSS, AIS_CAP_NET } from '@/lib/rules/parameters/national/massimali';
import { simulate } from '@/lib/rules';
import { baseScenario, d, type Case } from './support';

const capCases: Case<{ year: number }, { gross: string; net: string }>[] = [
  { name: 'T01 the 2025 cap is 1,404.03 gross and 1,322.05 net, not the 1,404.30 printed in seed 001', asOf: '2025-06-30', input: { year: 2025 }, expected: { gross: '1404.03', net: '1322.05' }, source: 'digest §I T01; J-2; INPS circ. 25/2025' },
  { name: 'T02 the 2024 cap is 1,392.89 gross and 1,311.56 net', asOf: '2024-06-30', input: { year: 2024 }, expected: { gross: '1392.89', net: '1311.56' }, source: 'digest §I T02; INPS circ. 25/2024' },
  { name: 'T03 the 2026 cap is 1,423.69 gross and 1,340.56 net', asOf: '2026-06-30', input: { year: 2026 }, expected: { gross: '1423.69', net: '1340.56' }, source: 'digest §I T03; INPS circ. 4/2026' },
  { name: 'T04 the 2023 cap is 1,321.53 gross and 1,244.36 net', asOf: '2023-06-30', input: { year: 2023 }, expected: { gross: '1321.53', net: '1244.36' }, source: 'digest §I T04; INPS circ. 14/2023' },
  { name: 'T05 the 2022 cap is 1,222.51 gross and 1,151.12 net', asOf: '2022-06-30', input: { year: 2022 }, expected: { gross: '1222.51', net: '1151.12' }, source: 'digest §I T05; INPS msg. 1282/2022' },
];

describe('the yearly cap (massimale) of art. 3 c. 5-bis', () => {
  it.each(capCases)('$name', ({ asOf, expected }) => {
    expect(valueAt(AIS_CAP_GROSS, d(asOf))).toBe(expected.gross);
    expect(valueAt(AIS_CAP_NET, d(asOf))).toBe(expected.net);
  });

  it('the cap changes on 1 January: 31 Dec 2024 uses the 2024 cap, 1 Jan 2025 the 2025 cap', () => {
    expect(valueAt(AIS_CAP_GROSS, d('2024-12-31'))).toBe('1392.89');
    expect(valueAt(AIS_CAP_GROSS, d('2025-01-01'))).toBe('1404.03');
  });

  it('there is no single cap before 1 January 2022', () => {
    expect(() => valueAt(AIS_CAP_GROSS, d('2021-12-31'))).toThrow(/no value in force/);
  });
});

const plan = (month: string, workableDays: number, gross = '1404.03', net = '1322.05'): MonthPlan => ({
  month: month as MonthKey,
  capGross: r(gross),
  capNet: r(net),
  workableDays,
  requestedDays: workableDays,
  paidDays: workableDays,
});

const setup = (months: MonthPlan[], over: Partial<AllowanceSetup> = {}): AllowanceSetup => ({
  months,
  weekDays: 5,
  rate: r('0.80'),
  netFactor: r('0.9416'),
  weeklyCeiling: r('40'),
  capDivisor: 'MONTH_WORKABLE_HOURS',
  ccnlDivisor: r('173'),
  capMode: 'HOURLY_RAGGUAGLIO',
  monthlyPayDivisor: r('173'),
  ...over,
});

type AmountInput = { pay: string; hours: string; workableDays: number; capMode?: AllowanceSetup['capMode'] };
type AmountExpected = { uncappedGross: string; gross: string; net: string };

const amountCases: Case<AmountInput, AmountExpected>[] = [
  {
    name: 'T06 pay 2,000.00 (divisor 173), full suspension of a 168-hour month in 2025: 1,553.76 uncapped, capped to 1,404.03 gross / 1,322.05 net',
    asOf: '2025-03-31',
    input: { pay: '2000.00', hours: '168', workableDays: 21 },
    expected: { uncappedGross: '1553.76', gross: '1404.03', net: '1322.05' },
    source: 'digest §I T06; C-2 worked example 1',
  },
  {
    name: 'T07 pay 1,300.00, full suspension of 168 hours in 2025: 1,009.94 gross and 950.96 net (below the cap)',
    asOf: '2025-03-31',
    input: { pay: '1300.00', hours: '168', workableDays: 21 },
    expected: { uncappedGross: '1009.94', gross: '1009.94', net: '950.96' },
    source: 'digest §I T07; C-2 worked example 2',
  },
  {
    name: 'T08 pay 2,000.00, 10 hours lost in a 168-hour month: 83.57 gross / 78.69 net with the hourly cap (J-3 default)',
    asOf: '2025-03-31',
    input: { pay: '2000.00', hours: '10', workableDays: 21 },
    expected: { uncappedGross: '92.49', gross: '83.57', net: '78.69' },
    source: 'digest §I T08; C-2 worked example 3; J-3',
  },
  {
    name: 'T08 under the "monthly cap only" reading the same 10 hours give 92.49 gross',
    asOf: '2025-03-31',
    input: { pay: '2000.00', hours: '10', workableDays: 21, capMode: 'MONTHLY_ONLY' },
    expected: { uncappedGross: '92.49', gross: '92.49', net: '87.09' },
    source: 'digest §I T08; J-3 alternative; 92.49 × 0.9416 = 87.09',
  },
];

describe('the allowance: 80 % of the hourly pay, hourly cap, −5.84 %', () => {
  it.each(amountCases)('$name', ({ input, expected }) => {
    const result = computeAllowance(
      { payBasis: 'MONTHLY', monthlyGlobalPay: input.pay, weeklyHours: '40', hoursLost: input.hours },
      setup([plan('2025-03', input.workableDays)], input.capMode ? { capMode: input.capMode } : {}),
    );
    const month = result.months[0]!;
    expect({ uncappedGross: month.uncappedGross, gross: month.gross, net: month.net }).toEqual(expected);
  });

  it('both J-3 readings are shown when they differ (T08: 83.57 hourly, 92.49 monthly-only)', () => {
    const result = computeAllowance({ payBasis: 'MONTHLY', monthlyGlobalPay: '2000.00', weeklyHours: '40', hoursLost: '10' }, setup([plan('2025-03', 21)]));
    expect(result.months[0]!.alternative).toEqual({ reading: 'MONTHLY_ONLY', gross: '92.49', net: '87.09' });
    const low = computeAllowance({ payBasis: 'MONTHLY', monthlyGlobalPay: '1300.00', weeklyHours: '40', hoursLost: '168' }, setup([plan('2025-03', 21)]));
    expect(low.months[0]!.alternative).toBeUndefined();
  });

  it('the net cap is the published constant, never gross × 0.9416 (1,404.03 × 0.9416 = 1,322.03 ≠ 1,322.05)', () => {
    const result = computeAllowance({ payBasis: 'MONTHLY', monthlyGlobalPay: '5000.00', weeklyHours: '40', hoursLost: '168' }, setup([plan('2025-03', 21)]));
    expect(result.months[0]!.net).toBe('1322.05');
  });

  it('hourly pay is taken as given for hourly-paid workers (10.00/h × 80 % × 20 h = 160.00 gross, 150.66 net)', () => {
    const result = computeAllowance({ payBasis: 'HOURLY', hourlyGlobalPay: '10.0000', weeklyHours: '40', hoursLost: '20' }, setup([plan('2025-03', 21)]));
    expect([result.months[0]!.gross, result.months[0]!.net, result.months[0]!.lostPay]).toEqual(['160.00', '150.66', '200.00']);
  });

  it('hours beyond the contractual hours of the month are not integrated (and are flagged)', () => {
    const result = computeAllowance({ payBasis: 'HOURLY', hourlyGlobalPay: '10.0000', weeklyHours: '20', hoursLost: '100' }, setup([plan('2025-03', 21)]));
    expect(result.months[0]!.hoursLost).toBe('84.00');
    expect(result.hoursClipped).toBe(true);
  });

  it('weekly hours above 40 are integrated up to 40 a week', () => {
    const result = computeAllowance({ payBasis: 'HOURLY', hourlyGlobalPay: '10.0000', weeklyHours: '45', hoursLost: '200' }, setup([plan('2025-03', 21)]));
    expect(result.months[0]!.workableHours).toBe('168.00');
    expect(result.months[0]!.hoursLost).toBe('168.00');
  });

  it('a total of hours is spread over the months in proportion to their workable days, and months use their own cap', () => {
    const result = computeAllowance(
      { payBasis: 'HOURLY', hourlyGlobalPay: '10.0000', weeklyHours: '40', hoursLost: '100' },
      setup([plan('2024-12', 20, '1392.89', '1311.56'), plan('2025-01', 20)]),
    );
    expect(result.months.map((m) => m.hoursLost)).toEqual(['50.00', '50.00']);
    expect(result.totals.hoursLost).toBe('100.00');
  });

  it('hours given per month are used as given; months without hours pay nothing', () => {
    const result = computeAllowance(
      { payBasis: 'HOURLY', hourlyGlobalPay: '10.0000', weeklyHours: '40', hoursLost: { '2025-01': '30' } },
      setup([plan('2024-12', 20, '1392.89', '1311.56'), plan('2025-01', 20)]),
    );
    expect(result.months.map((m) => m.gross)).toEqual(['0.00', '240.00']);
  });

  it('with a fixed CCNL divisor the hourly cap is the monthly cap ÷ 173 (1,404.03/173 × 10 h = 81.16)', () => {
    const result = computeAllowance(
      { payBasis: 'MONTHLY', monthlyGlobalPay: '2000.00', weeklyHours: '40', hoursLost: '10' },
      setup([plan('2025-03', 21)], { capDivisor: 'CCNL_DIVISOR' }),
    );
    expect(result.months[0]!.gross).toBe('81.16');
  });

  it('March 2025 has 21 workable days (168 h at 40 h/week); April 2025 has 20 after Easter Monday, 25 April and 1 May fall out', () => {
    expect(workableDaysInRange(d('2025-03-01'), d('2025-03-31'), 5, true)).toBe(21);
    expect(workableDaysInRange(d('2025-04-01'), d('2025-04-30'), 5, true)).toBe(20);
    expect(workableDaysInRange(d('2025-04-01'), d('2025-04-30'), 5, false)).toBe(22);
  });

  it('the exact-ratio computation equals a plain decimal.js computation of the same formula', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50000, max: 600000 }),
        fc.integer({ min: 1, max: 15200 }),
        fc.constantFrom(19, 20, 21, 22, 23),
        (payCents, hundredths, days) => {
          const pay = (payCents / 100).toFixed(2);
          const hours = (hundredths / 100).toFixed(2);
          const res = computeAllowance({ payBasis: 'MONTHLY', monthlyGlobalPay: pay, weeklyHours: '40', hoursLost: hours }, setup([plan('2025-03', days)]));
          const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });
          const h = new D(hours);
          const workable = new D(40).div(5).times(days);
          const hourlyAis = new D(pay).div(173).times('0.80');
          const capHourly = new D('1404.03').div(workable);
          const capped = hourlyAis.gt(capHourly);
          const gross = h.times(capped ? capHourly : hourlyAis).toDecimalPlaces(2);
          const net = capped ? h.times(new D('1322.05').div(workable)).toDecimalPlaces(2) : gross.times('0.9416').toDecimalPlaces(2);
          expect(res.months[0]!.gross).toBe(gross.toFixed(2));
          expect(res.months[0]!.net).toBe(net.toFixed(2));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('amounts inside simulate()', () => {
  it('a month in 2024 and a month in 2025 of the same request use their own year’s cap', () => {
    const result = simulate(
      baseScenario({
        applicationDate: '2024-12-10',
        request: { periodStart: '2024-12-02', periodEnd: '2025-01-31' },
        workers: [{ ...baseScenario().workers[0]!, monthlyGlobalPay: '5000.00', hoursLost: { '2024-12': '80', '2025-01': '80' } }],
      }),
    );
    const [dec2024, jan2025] = result.workers[0]!.months;
    expect(dec2024!.capped && jan2025!.capped).toBe(true);
    // 2024: 1,392.89 over December's 20 workable days × 8 h = 160 h → 80 h = half; 2025: January has 21 days (168 h).
    expect(dec2024!.gross).toBe('696.45');
    expect(jan2025!.gross).toBe('668.59');
  });
});
