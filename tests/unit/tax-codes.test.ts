import { describe, expect, it } from 'vitest';
import { isValidCompanyCodiceFiscale, isValidPartitaIva, isValidPersonalCodiceFiscale } from '@/lib/schemas/tax-codes';
import { makeCodiceFiscale, makePartitaIva } from '../fixtures/tax-codes';

describe('Italian tax codes', () => {
  it('accepts a real partita IVA and refuses it with a wrong check digit', () => {
    expect(isValidPartitaIva('00743110157')).toBe(true);
    expect(isValidPartitaIva('IT 00743110157')).toBe(true);
    expect(isValidPartitaIva('00743110158')).toBe(false);
    expect(isValidPartitaIva('12345678903')).toBe(false);
  });

  it('accepts the textbook codice fiscale RSSMRA85T10A562S and refuses a wrong check character', () => {
    expect(isValidPersonalCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
    expect(isValidPersonalCodiceFiscale('rssmra85t10a562s')).toBe(true);
    expect(isValidPersonalCodiceFiscale('RSSMRA85T10A562T')).toBe(false);
  });

  it('takes a company codice fiscale of 11 digits or 16 characters', () => {
    expect(isValidCompanyCodiceFiscale('00743110157')).toBe(true);
    expect(isValidCompanyCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
    expect(isValidCompanyCodiceFiscale('0074311015')).toBe(false);
  });

  it('fixture generators produce codes the validation libraries accept', () => {
    for (let serial = 1; serial < 300; serial += 7) {
      expect(isValidPartitaIva(makePartitaIva(serial))).toBe(true);
      expect(isValidPersonalCodiceFiscale(makeCodiceFiscale(serial))).toBe(true);
      expect(isValidPersonalCodiceFiscale(makeCodiceFiscale(serial, { year: 1999, month: 12, day: 31 }, true))).toBe(true);
    }
  });
});

describe('makeCodiceFiscale', () => {
  it('gives distinct codes to distinct serials across the ranges test files draw from', () => {
    const serials = [0, 1, 15, 16, 4_095, 4_096, 4_100_000, 4_100_000 + 4_096, 6_200_000, 9_600_000, 16 ** 6 - 1];
    const codes = new Set(serials.map((s) => makeCodiceFiscale(s)));
    expect(codes.size).toBe(serials.length);
  });
});
