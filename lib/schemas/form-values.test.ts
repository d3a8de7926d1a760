import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dateFromParts, moneyText, parseMoneyText } from './form-values';

describe('parseMoneyText', () => {
  it.each([
    ['1.234,56', '1234.56'],
    ['1234,5', '1234.50'],
    ['€ 1 234,00', '1234.00'],
    ['1.234', '1234'],
    ['1.234.567', '1234567'],
    ['1234.56', '1234.56'],
    ['0,99', '0.99'],
    ['007', '7'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseMoneyText(input)).toBe(expected);
  });

  it.each(['', 'abc', '1,234,56', '12,345', '1.23.4', '-5', '1,2,3', '1.2345'])('refuses %j', (input) => {
    expect(parseMoneyText(input)).toBeNull();
  });
});

describe('dateFromParts', () => {
  const schema = z.object({ start: dateFromParts() });
  const issue = (value: unknown) => {
    const result = schema.safeParse({ start: value });
    return result.success ? null : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  };

  it('turns giorno, mese, anno into an ISO calendar date', () => {
    expect(schema.parse({ start: { day: '7', month: '3', year: '2025' } }).start).toBe('2025-03-07');
    expect(schema.parse({ start: { day: '29', month: '02', year: '2024' } }).start).toBe('2024-02-29');
  });

  it('asks for the date when all three boxes are empty, on the date itself', () => {
    expect(issue({ day: '', month: '', year: '' })).toEqual([{ path: 'start', message: 'common.date.required' }]);
    expect(issue({})).toEqual([{ path: 'start', message: 'common.date.required' }]);
  });

  it.each([
    { day: '29', month: '2', year: '2025' },
    { day: '31', month: '4', year: '2025' },
    { day: '1', month: '13', year: '2025' },
    { day: '1', month: '1', year: '25' },
    { day: 'uno', month: '1', year: '2025' },
    { day: '', month: '1', year: '2025' },
  ])('refuses a date that does not exist: %j', (value) => {
    expect(issue(value)).toEqual([{ path: 'start', message: 'common.date.invalid' }]);
  });
});

describe('moneyText', () => {
  it('gives the canonical amount or a keyed message', () => {
    expect(moneyText().parse('2.000,00')).toBe('2000.00');
    expect(moneyText().safeParse('').error?.issues[0]?.message).toBe('common.required');
    expect(moneyText().safeParse('tanti').error?.issues[0]?.message).toBe('common.number.invalid');
  });
});
