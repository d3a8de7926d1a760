import { describe, expect, it } from 'vitest';
import { dec, decimalString, maxDecimal, minDecimal, moneyString, percentString, roundCents, splitShare, sumDecimals } from './money';

describe('money', () => {
  it('rounds to cents half away from zero', () => {
    expect(roundCents('1.005').toFixed(2)).toBe('1.01');
    expect(roundCents('1.0049').toFixed(2)).toBe('1.00');
    expect(roundCents('-1.005').toFixed(2)).toBe('-1.01');
    expect(moneyString('1404.03')).toBe('1404.03');
    expect(moneyString(50)).toBe('50.00');
  });

  it('splits a contribution 2/3 employer, 1/3 worker so that the shares add up', () => {
    const { employer, worker } = splitShare('50.00', dec(2).div(3));
    expect(employer.toFixed(2)).toBe('33.33');
    expect(worker.toFixed(2)).toBe('16.67');
    const c2 = splitShare('200.00', dec(2).div(3));
    expect([c2.employer.toFixed(2), c2.worker.toFixed(2)]).toEqual(['133.33', '66.67']);
  });

  it('prints decimals and percentages', () => {
    expect(decimalString('13.000')).toBe('13');
    expect(decimalString(dec(13).times(12).div(52))).toBe('3');
    expect(decimalString(dec(1).div(3))).toBe('0.33');
    expect(percentString(dec(8).div(11))).toBe('72.73');
  });

  it('sums and compares', () => {
    expect(sumDecimals(['0.1', '0.2']).toString()).toBe('0.3');
    expect(minDecimal(dec(1), dec(2)).toString()).toBe('1');
    expect(maxDecimal(dec(1), dec(2)).toString()).toBe('2');
  });
});
