// The AIS amount — d.lgs. 148/2015 art. 3 c. 1-5-bis; INPS circ. 112/2025 (digest C-2, J-2, J-3):
// 80 % of the global pay for the hours not worked, within the contractual hours and at most 40 a
// week; the monthly cap is applied per hour ("ragguaglio ad ora": hourly cap = monthly cap ÷ workable
// hours of the month, J-3); then reduced by 5.84 % (art. 26 L. 41/1986). The net cap is the INPS
// published constant, never recomputed from the gross.
// Rounding points (money.ts): monthly gross and net per worker, and lost pay per worker-month, to
// cents ROUND_HALF_UP. The net of an uncapped month is the rounded gross × (1 − 5.84 %).
// This is the hot loop of `simulate`: exact BigInt ratios (core/ratio.ts), no decimal.js per month.
import type { MonthKey } from '../core/calendar-date';
import { centsToString, cmpR, divRoundHalfUp, mulR, ratio, ratioFromDecimalString, scaledToString, type Ratio } from '../core/ratio';

export type CapDivisorMode = 'MONTH_WORKABLE_HOURS' | 'CCNL_DIVISOR';
export type CapMode = 'HOURLY_RAGGUAGLIO' | 'MONTHLY_ONLY';

export type MonthPlan = {
  month: MonthKey;
  capGross: Ratio;
  capNet: Ratio;
  /** Workable days in the whole month (divisor of the hourly cap). */
  workableDays: number;
  /** Workable days of the month inside the requested period (weights for a total of hours). */
  requestedDays: number;
  /** Workable days of the month inside the period that is paid (after a late filing). */
  paidDays: number;
};

export type AllowanceSetup = {
  months: ReadonlyArray<MonthPlan>;
  weekDays: number;
  rate: Ratio;
  /** 1 − 5.84 %. */
  netFactor: Ratio;
  weeklyCeiling: Ratio;
  capDivisor: CapDivisorMode;
  ccnlDivisor: Ratio;
  capMode: CapMode;
  monthlyPayDivisor: Ratio;
};

export type AllowanceWorker = {
  payBasis: 'MONTHLY' | 'HOURLY';
  monthlyGlobalPay?: string | null;
  hourlyGlobalPay?: string | null;
  /** Divisor turning this worker's monthly pay into hourly pay (CCNL), default from settings. */
  payDivisor?: string | null;
  weeklyHours: string;
  /** Hours not worked: one total for the period, or per month `{ 'YYYY-MM': hours }`. */
  hoursLost: string | Readonly<Record<string, string>>;
};

export type AllowanceMonth = {
  month: string;
  hoursLost: string;
  workableHours: string;
  /** 80 % × pay × hours, before the cap. */
  uncappedGross: string;
  gross: string;
  net: string;
  capped: boolean;
  lostPay: string;
  /** The other J-3 reading (monthly cap only, or hourly), present only when it gives another gross. */
  alternative?: { reading: CapMode; gross: string; net: string };
};

export type AllowanceResult = {
  months: AllowanceMonth[];
  totals: { hoursLost: string; gross: string; net: string; lostPay: string };
  /** Hours clipped because they exceeded the contractual (or 40 h) hours of the paid days. */
  hoursClipped: boolean;
  hourlyPay: string;
  /** Integer cents, for summing without re-parsing. */
  cents: { gross: bigint; net: bigint; lostPay: bigint; hundredthsOfHours: bigint };
};

const HUNDRED = 100n;

function hoursByMonth(worker: AllowanceWorker, setup: AllowanceSetup): bigint[] {
  const months = setup.months;
  if (typeof worker.hoursLost !== 'string') {
    const byMonth = worker.hoursLost;
    return months.map((m) => {
      const given = byMonth[m.month];
      if (!given) return 0n;
      const h = ratioFromDecimalString(given);
      // A month partly before the paid period keeps the share of its paid days (late filing).
      const scaled = m.paidDays === m.requestedDays ? h : mulR(h, ratio(BigInt(m.paidDays), BigInt(m.requestedDays || 1)));
      return divRoundHalfUp(scaled.n * HUNDRED, scaled.d);
    });
  }
  const total = ratioFromDecimalString(worker.hoursLost);
  const totalHundredths = divRoundHalfUp(total.n * HUNDRED, total.d);
  let weightSum = 0n;
  for (const m of months) weightSum += BigInt(m.requestedDays);
  if (weightSum === 0n) return months.map(() => 0n);
  const out: bigint[] = [];
  let assigned = 0n;
  months.forEach((m, i) => {
    const share = i === months.length - 1 ? totalHundredths - assigned : (totalHundredths * BigInt(m.requestedDays)) / weightSum;
    assigned += share;
    out.push(m.paidDays === m.requestedDays ? share : (share * BigInt(m.paidDays)) / BigInt(m.requestedDays || 1));
  });
  return out;
}

export function hourlyPayOf(worker: AllowanceWorker, setup: AllowanceSetup): Ratio {
  if (worker.payBasis === 'HOURLY') return ratioFromDecimalString(worker.hourlyGlobalPay ?? '0');
  const divisor = worker.payDivisor ? ratioFromDecimalString(worker.payDivisor) : setup.monthlyPayDivisor;
  const monthly = ratioFromDecimalString(worker.monthlyGlobalPay ?? '0');
  return ratio(monthly.n * divisor.d, monthly.d * divisor.n);
}

/** What a month costs per hour for one weekly schedule: computed once per (setup, weekly hours). */
type MonthSchedule = {
  workable: string;
  paidMaxHundredths: bigint;
  /** Hourly gross cap in cents per hundredth of an hour. */
  capPerHundredth: Ratio;
  /** Hourly net cap in cents per hundredth of an hour. */
  netCapPerHundredth: Ratio;
  capGrossCents: bigint;
  capNetCents: bigint;
};

const schedules = new WeakMap<AllowanceSetup, Map<string, MonthSchedule[]>>();

function schedulesFor(setup: AllowanceSetup, weeklyHours: string): MonthSchedule[] {
  let bySetup = schedules.get(setup);
  if (!bySetup) schedules.set(setup, (bySetup = new Map()));
  let found = bySetup.get(weeklyHours);
  if (found) return found;
  const given = ratioFromDecimalString(weeklyHours);
  const weekly = cmpR(given, setup.weeklyCeiling) > 0 ? setup.weeklyCeiling : given;
  const weekDays = BigInt(setup.weekDays);
  found = setup.months.map((m) => {
    const workable: Ratio = { n: weekly.n * BigInt(m.workableDays), d: weekly.d * weekDays };
    const divisor = setup.capDivisor === 'CCNL_DIVISOR' ? setup.ccnlDivisor : workable;
    return {
      workable: centsToString(divRoundHalfUp(workable.n * HUNDRED, workable.d)),
      paidMaxHundredths: divRoundHalfUp(weekly.n * BigInt(m.paidDays) * HUNDRED, weekly.d * weekDays),
      capPerHundredth: ratio(m.capGross.n * divisor.d, m.capGross.d * divisor.n),
      netCapPerHundredth: ratio(m.capNet.n * divisor.d, m.capNet.d * divisor.n),
      capGrossCents: divRoundHalfUp(m.capGross.n * HUNDRED, m.capGross.d),
      capNetCents: divRoundHalfUp(m.capNet.n * HUNDRED, m.capNet.d),
    };
  });
  bySetup.set(weeklyHours, found);
  return found;
}

export function computeAllowance(worker: AllowanceWorker, setup: AllowanceSetup): AllowanceResult {
  const hourlyPay = hourlyPayOf(worker, setup);
  // Allowance in cents per hundredth of an hour = 80 % × hourly pay (euro per hour).
  const aisPerHundredth = mulR(setup.rate, hourlyPay);
  const months = schedulesFor(setup, worker.weeklyHours);
  const hours = hoursByMonth(worker, setup);
  const netFactor = setup.netFactor;
  const rows: AllowanceMonth[] = [];
  let gT = 0n;
  let nT = 0n;
  let lT = 0n;
  let hT = 0n;
  let clipped = false;
  for (let i = 0; i < months.length; i++) {
    const m = months[i]!;
    let h = hours[i]!;
    if (h > m.paidMaxHundredths) {
      h = m.paidMaxHundredths;
      clipped = true;
    }
    const capped = cmpR(aisPerHundredth, m.capPerHundredth) > 0;
    const uncapped = divRoundHalfUp(h * aisPerHundredth.n, aisPerHundredth.d);
    let gross: bigint;
    let net: bigint;
    if (capped) {
      gross = divRoundHalfUp(h * m.capPerHundredth.n, m.capPerHundredth.d);
      net = divRoundHalfUp(h * m.netCapPerHundredth.n, m.netCapPerHundredth.d);
    } else {
      gross = uncapped;
      net = divRoundHalfUp(gross * netFactor.n, netFactor.d);
    }
    // J-3 second reading: the monthly cap as a ceiling only.
    const overMonthly = uncapped > m.capGrossCents;
    const monthlyOnlyGross = overMonthly ? m.capGrossCents : uncapped;
    let alternative: AllowanceMonth['alternative'];
    if (setup.capMode === 'MONTHLY_ONLY') {
      const monthlyOnlyNet = overMonthly ? m.capNetCents : divRoundHalfUp(uncapped * netFactor.n, netFactor.d);
      if (monthlyOnlyGross !== gross) alternative = { reading: 'HOURLY_RAGGUAGLIO', gross: centsToString(gross), net: centsToString(net) };
      gross = monthlyOnlyGross;
      net = monthlyOnlyNet;
    } else if (monthlyOnlyGross !== gross) {
      const monthlyOnlyNet = overMonthly ? m.capNetCents : divRoundHalfUp(uncapped * netFactor.n, netFactor.d);
      alternative = { reading: 'MONTHLY_ONLY', gross: centsToString(monthlyOnlyGross), net: centsToString(monthlyOnlyNet) };
    }
    const lost = divRoundHalfUp(h * hourlyPay.n, hourlyPay.d);
    gT += gross;
    nT += net;
    lT += lost;
    hT += h;
    const row: AllowanceMonth = {
      month: setup.months[i]!.month,
      hoursLost: centsToString(h),
      workableHours: m.workable,
      uncappedGross: centsToString(uncapped),
      gross: centsToString(gross),
      net: centsToString(net),
      capped: gross < uncapped,
      lostPay: centsToString(lost),
    };
    if (alternative) row.alternative = alternative;
    rows.push(row);
  }
  return {
    months: rows,
    totals: { hoursLost: centsToString(hT), gross: centsToString(gT), net: centsToString(nT), lostPay: centsToString(lT) },
    hoursClipped: clipped,
    hourlyPay: scaledToString(divRoundHalfUp(hourlyPay.n * 10000n, hourlyPay.d), 4),
    cents: { gross: gT, net: nT, lostPay: lT, hundredthsOfHours: hT },
  };
}
