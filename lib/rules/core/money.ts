// Money and other decimals with decimal.js. Rounding to cents (ROUND_HALF_UP, half away from zero)
// happens only at these documented points:
//   1. each worker's monthly gross AIS and monthly net AIS (amounts/allowance.ts);
//   2. each contribution total (ordinary contribution per month, additional contribution per request),
//      and the employer share of a contribution (the worker share is the remainder, so the two add up);
//   3. weeks and months counted against the windows, rounded to 2 decimals (the ledger's precision).
// Intermediate rates (hourly pay, hourly cap) are never rounded.
import Decimal from 'decimal.js';

/** decimal.js configured for this library: 34 significant digits, ROUND_HALF_UP. */
export const Dec = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;
export type DecimalInput = string | number | Decimal;

export function dec(value: DecimalInput): Decimal {
  return new Dec(value);
}

export const ZERO = dec(0);

/** Rounds to cents, ROUND_HALF_UP (rounding points 1–2 above). */
export function roundCents(value: DecimalInput): Decimal {
  return dec(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** A money amount as the JSON string the API returns ("1404.03"). */
export function moneyString(value: DecimalInput): string {
  return dec(value).toFixed(2, Decimal.ROUND_HALF_UP);
}

/** A decimal as a plain string with at most `places` decimals, trailing zeros removed ("13", "4.33"). */
export function decimalString(value: DecimalInput, places = 2): string {
  return dec(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed();
}

/** A rate as a percentage string with two decimals ("72.73"). */
export function percentString(value: DecimalInput): string {
  return dec(value).times(100).toFixed(2, Decimal.ROUND_HALF_UP);
}

/**
 * Splits a rounded amount between employer and worker by the employer's fraction: the employer
 * share is rounded to cents, the worker share is the remainder (50.00 at 2/3 → 33.33 + 16.67).
 */
export function splitShare(total: DecimalInput, employerFraction: DecimalInput): { employer: Decimal; worker: Decimal } {
  const t = roundCents(total);
  const employer = roundCents(t.times(employerFraction));
  return { employer, worker: t.minus(employer) };
}

export function sumDecimals(values: Iterable<DecimalInput>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

export function minDecimal(a: Decimal, b: Decimal): Decimal {
  return a.lte(b) ? a : b;
}

export function maxDecimal(a: Decimal, b: Decimal): Decimal {
  return a.gte(b) ? a : b;
}
