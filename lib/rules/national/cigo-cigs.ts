// National instruments for comparison — d.lgs. 148/2015 art. 5 (CIGO/CIGS additional contribution:
// 9 % up to 52 weeks, 12 % up to 104, 15 % beyond, in the rolling quinquennium) and art. 23
// (CIGS ordinary contribution 0.90 % = 0.60 % employer + 0.30 % worker) (digest H-2, E-3).
import type { CalendarDate } from '../core/calendar-date';
import { dec, minDecimal, moneyString, roundCents } from '../core/money';
import type { RuleContext } from '../context';
import { CIGO_ADDITIONAL_RATES, CIGS_ORDINARY_RATE } from '../parameters/national/cigo-cigs';

export type AdditionalBandUse = { weeks: string; rate: string };

/** Splits the weeks used in the quinquennium across the 9/12/15 % bands. */
export function cigoAdditionalBands(input: { weeksInQuinquennio: string; asOf: CalendarDate }, ctx: RuleContext): AdditionalBandUse[] {
  const bands = ctx.use(CIGO_ADDITIONAL_RATES, input.asOf);
  const total = dec(input.weeksInQuinquennio);
  const out: AdditionalBandUse[] = [];
  let from = dec(0);
  for (const band of bands) {
    const cap = band.upToWeeks === null ? total : minDecimal(total, dec(band.upToWeeks));
    if (cap.gt(from)) {
      out.push({ weeks: cap.minus(from).toString(), rate: band.rate });
      from = cap;
    }
    if (from.gte(total)) break;
  }
  return out;
}

export function cigsOrdinaryContribution(input: { taxablePay: string; asOf: CalendarDate }, ctx: RuleContext): { total: string; employer: string; worker: string } {
  const rate = ctx.use(CIGS_ORDINARY_RATE, input.asOf);
  const employer = roundCents(dec(input.taxablePay).times(rate.employer));
  const worker = roundCents(dec(input.taxablePay).times(rate.worker));
  return { total: moneyString(employer.plus(worker)), employer: moneyString(employer), worker: moneyString(worker) };
}
