// Ordinary contribution — INPS msg. 370/2024 and circ. 112/2025 on art. 14 c. 1 lett. a) D.I.
// 15/11/2023 (digest E-1): 0.50 / 0.80 / 0.90 % by the contribution class of the semester before
// each contribution month, on the taxable pay of all employees except dirigenti (apprentices and
// home workers included); 2/3 employer, 1/3 worker (art. 33 c. 1 d.lgs. 148/2015). R2016/R2019:
// 0.45 % (0.30 + 0.15), home workers outside the base (D.I. 103593/2019 art. 12 c. 1 lett. a).
// E-2: from 2025 the C1 rate may be cut by up to 40 % for employers with no AIS application for
// 24 months from the end of the last period used — only by a Committee resolution (J-18).
import { addDays, addMonths, firstDayOfMonthKey, type CalendarDate, type MonthKey } from '../core/calendar-date';
import { cite } from '../core/citation';
import { dec, moneyString, roundCents, splitShare } from '../core/money';
import type { RuleContext } from '../context';
import {
  C1_REDUCTION_NO_AIS_MONTHS,
  ORDINARY_BASE_INCLUDES_HOME_WORKERS,
  ORDINARY_RATE,
  ORDINARY_RATE_C1_REDUCED,
  ORDINARY_RATE_EMPLOYER_SHARE,
} from '../parameters/fstn/contribution';
import { SOURCES } from '../parameters/sources';
import type { SizeClass } from '../types';

export type OrdinaryContributionInput = {
  month: MonthKey;
  contributionClass: SizeClass;
  /** Taxable pay of all employees in the month. */
  taxablePay: string;
  /** Part of taxablePay paid to dirigenti (always outside the base). */
  dirigentiPay?: string;
  /** Part of taxablePay paid to home workers (outside the base while they are not covered). */
  homeWorkersPay?: string;
  /** End of the last period of AIS used by the employer, if any (E-2). */
  lastAisPeriodEnd?: CalendarDate | null;
};

export type OrdinaryContribution = {
  month: string;
  base: string;
  rate: string;
  reduction: string;
  total: string;
  employer: string;
  worker: string;
};

/** First day from which an employer qualifies for the C1 cut: 24 months after its last AIS ended. */
export function c1CutQualifiesFrom(lastAisPeriodEnd: CalendarDate | null | undefined, months: number): CalendarDate | null {
  return lastAisPeriodEnd ? addMonths(addDays(lastAisPeriodEnd, 1), months) : null;
}

export function ordinaryContribution(input: OrdinaryContributionInput, ctx: RuleContext): OrdinaryContribution {
  const day = firstDayOfMonthKey(input.month);
  const rates = ctx.cited(ORDINARY_RATE, day);
  const share = ctx.use(ORDINARY_RATE_EMPLOYER_SHARE, day);
  let base = dec(input.taxablePay).minus(input.dirigentiPay ?? 0);
  if (!ctx.use(ORDINARY_BASE_INCLUDES_HOME_WORKERS, day)) base = base.minus(input.homeWorkersPay ?? 0);
  let rate = dec(rates.value[input.contributionClass]);
  let reduction = dec(0);
  let citation = rates.citation;
  if (input.contributionClass === 'C1' && day >= ORDINARY_RATE_C1_REDUCED.values[0]!.from) {
    const series = ctx.committee('ORDINARY_RATE_C1_REDUCED');
    const cut = ctx.cited(series, day);
    const qualifiesFrom = c1CutQualifiesFrom(input.lastAisPeriodEnd, ctx.use(C1_REDUCTION_NO_AIS_MONTHS, day));
    if (dec(cut.value).gt(0) && (qualifiesFrom === null || day >= qualifiesFrom)) {
      reduction = dec(cut.value);
      rate = rate.times(dec(1).minus(reduction));
      citation = cut.citation;
    }
  }
  const total = roundCents(base.times(rate));
  const split = splitShare(total, dec(share.numerator).div(share.denominator));
  ctx.add(
    reduction.gt(0) ? 'E-2' : 'E-1',
    citation,
    'info',
    `Contributo ordinario ${input.month}: ${moneyString(base)} × ${rate.times(100).toFixed(2)} % = ${moneyString(total)} (datore ${moneyString(split.employer)}, lavoratori ${moneyString(split.worker)})`,
  );
  return {
    month: input.month,
    base: moneyString(base),
    rate: rate.toString(),
    reduction: reduction.toString(),
    total: moneyString(total),
    employer: moneyString(split.employer),
    worker: moneyString(split.worker),
  };
}

export const ORDINARY_CONTRIBUTION_CITATION = cite(SOURCES.MSG370);
