// Exact rational arithmetic on BigInt for the per-worker-month hot loop (amounts). No floats:
// every value is an integer numerator over an integer denominator, and money is rounded to cents
// ROUND_HALF_UP only where money.ts documents it. decimal.js remains the public money type; the
// rational path is checked against a plain decimal.js computation in tests/rules/amounts.test.ts.

export type Ratio = { readonly n: bigint; readonly d: bigint };

const TEN = 10n;

export function ratio(n: bigint, d: bigint = 1n): Ratio {
  if (d === 0n) throw new RangeError('Division by zero');
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

/** Parses a plain decimal string ("1404.03", "0.80", "40") exactly. */
export function ratioFromDecimalString(value: string): Ratio {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) throw new RangeError(`Not a decimal number: ${JSON.stringify(value)}`);
  const frac = m[3] ?? '';
  const n = BigInt((m[2] ?? '0') + frac) * (m[1] === '-' ? -1n : 1n);
  return { n, d: TEN ** BigInt(frac.length) };
}

export const mulR = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.n, d: a.d * b.d });
export const divR = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d, a.d * b.n);
export const addR = (a: Ratio, b: Ratio): Ratio =>
  a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
export const subR = (a: Ratio, b: Ratio): Ratio => addR(a, { n: -b.n, d: b.d });
export const cmpR = (a: Ratio, b: Ratio): -1 | 0 | 1 => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const minR = (a: Ratio, b: Ratio): Ratio => (cmpR(a, b) <= 0 ? a : b);
export const maxR = (a: Ratio, b: Ratio): Ratio => (cmpR(a, b) >= 0 ? a : b);

/** n / d rounded half away from zero (ROUND_HALF_UP in decimal.js terms). */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (d < 0n) return divRoundHalfUp(-n, -d);
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const q = abs / d;
  const r = abs - q * d;
  const rounded = 2n * r >= d ? q + 1n : q;
  return negative ? -rounded : rounded;
}

/** Rounds a value in euros to integer cents, ROUND_HALF_UP. */
export function toCents(value: Ratio): bigint {
  return divRoundHalfUp(value.n * 100n, value.d);
}

/** Rounds to `places` decimals ROUND_HALF_UP and prints it ("13", "4.33"), no exponent. */
export function ratioToFixed(value: Ratio, places: number): string {
  const scale = TEN ** BigInt(places);
  return scaledToString(divRoundHalfUp(value.n * scale, value.d), places);
}

/** Prints an integer scaled by 10^places as a fixed-point string ("140403", 2 → "1404.03"). */
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function scaledToString(scaled: bigint, places: number): string {
  if (places === 2 && scaled >= 0n && scaled <= SAFE) {
    // Formatting only (no arithmetic on money): a safe integer prints exactly.
    const n = Number(scaled);
    const cents = n % 100;
    return `${(n - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
  }
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const body = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative ? `-${body}` : body;
}

export const centsToString = (cents: bigint): string => scaledToString(cents, 2);
