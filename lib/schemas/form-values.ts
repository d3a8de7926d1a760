// Zod pieces for what people type into forms, turned into the canonical values the rules and the
// database use. Messages are keys (ADR 004).
import { z } from 'zod';

const DIGITS = /^\d+$/;

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The three boxes of a DateInput (`{ day, month, year }`) → `YYYY-MM-DD`. Every problem is reported
 * on the date itself (not on one box), so the error summary links to the day box.
 */
export function dateFromParts(keys: { required?: string; invalid?: string } = {}) {
  const required = keys.required ?? 'common.date.required';
  const invalid = keys.invalid ?? 'common.date.invalid';
  const part = z.string().trim().optional().default('');
  return z.object({ day: part, month: part, year: part }).transform((parts, ctx) => {
    const values = [parts.day, parts.month, parts.year];
    if (values.every((v) => v === '')) {
      ctx.addIssue({ code: 'custom', message: required });
      return z.NEVER;
    }
    const iso = values.every((v) => DIGITS.test(v)) && parts.year.length === 4 ? isoDate(+parts.year, +parts.month, +parts.day) : null;
    if (!iso) {
      ctx.addIssue({ code: 'custom', message: invalid });
      return z.NEVER;
    }
    return iso;
  });
}

/**
 * Parses an amount typed the Italian way ("1.234,56", "1234,5", "€ 1 234") or with a decimal
 * point ("1234.56") into a canonical decimal string ("1234.56"), or null when it is not one.
 * A point followed by exactly three digits in groups ("1.234") is a thousands separator.
 */
export function parseMoneyText(input: string): string | null {
  const text = input.replace(/[€\s\u00a0]/g, '');
  if (text === '') return null;
  let normalised: string;
  if (text.includes(',')) {
    if (!/^\d{1,3}(\.\d{3})*,\d{1,2}$|^\d+,\d{1,2}$/.test(text)) return null;
    normalised = text.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    normalised = text.replace(/\./g, '');
  } else if (/^\d+(\.\d{1,2})?$/.test(text)) {
    normalised = text;
  } else {
    return null;
  }
  const [units, cents] = normalised.split('.') as [string, string | undefined];
  const integer = units.replace(/^0+(?=\d)/, '');
  return cents === undefined ? integer : `${integer}.${cents.padEnd(2, '0')}`;
}

/** A money box (MoneyInput) → canonical decimal string for decimal.js / Prisma Decimal. */
export function moneyText(keys: { required?: string; invalid?: string } = {}) {
  const required = keys.required ?? 'common.required';
  const invalid = keys.invalid ?? 'common.number.invalid';
  return z
    .string({ error: required })
    .trim()
    .min(1, required)
    .transform((value, ctx) => {
      const parsed = parseMoneyText(value);
      if (parsed === null) {
        ctx.addIssue({ code: 'custom', message: invalid });
        return z.NEVER;
      }
      return parsed;
    });
}
