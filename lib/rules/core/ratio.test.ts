import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { addR, centsToString, cmpR, divR, divRoundHalfUp, maxR, minR, mulR, ratio, ratioFromDecimalString, ratioToFixed, subR, toCents } from './ratio';

describe('exact ratios', () => {
  it('parses decimal strings exactly', () => {
    expect(ratioFromDecimalString('1404.03')).toEqual({ n: 140403n, d: 100n });
    expect(ratioFromDecimalString('-0.5')).toEqual({ n: -5n, d: 10n });
    expect(() => ratioFromDecimalString('1e3')).toThrow(RangeError);
    expect(() => ratio(1n, 0n)).toThrow(RangeError);
    expect(ratio(1n, -2n)).toEqual({ n: -1n, d: 2n });
  });

  it('does arithmetic without rounding', () => {
    const third = ratio(1n, 3n);
    expect(cmpR(addR(third, addR(third, third)), ratio(1n))).toBe(0);
    expect(cmpR(subR(ratio(1n), third), ratio(2n, 3n))).toBe(0);
    expect(cmpR(mulR(ratio(2n), third), divR(ratio(2n), ratio(3n)))).toBe(0);
    expect(minR(third, ratio(1n, 2n))).toBe(third);
    expect(maxR(third, ratio(1n, 2n))).toEqual(ratio(1n, 2n));
  });

  it('rounds half away from zero like decimal.js ROUND_HALF_UP', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (n, d) => {
        const expected = new Decimal(n.toString()).div(d.toString()).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0);
        expect(divRoundHalfUp(n, d).toString()).toBe(expected === '-0' ? '0' : expected);
      }),
    );
    expect(divRoundHalfUp(5n, -2n)).toBe(-3n);
  });

  it('prints cents and fixed decimals', () => {
    expect(centsToString(140403n)).toBe('1404.03');
    expect(centsToString(5n)).toBe('0.05');
    expect(centsToString(-5n)).toBe('-0.05');
    expect(toCents(ratio(100939n, 100n))).toBe(100939n);
    expect(ratioToFixed(ratio(52n, 12n), 2)).toBe('4.33');
    expect(ratioToFixed(ratio(7n), 0)).toBe('7');
  });
});
