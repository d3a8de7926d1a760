// Field builders shared by the employer-journey schemas (company, workforce, request steps).
// Every builder accepts what a browser form sends (strings, GOV.UK day/month/year parts, "on" for
// a checkbox) and what a JSON client or a CSV row sends (ISO dates, numbers, booleans), and
// outputs one normalised value: ISO dates, decimal strings with a dot, integers, booleans.
// Messages are keys (ADR 004): `${key}.required`, `${key}.invalid`, … resolved by lib/schemas/messages.
import { z } from 'zod';
import { cleanText } from './clean-text';

/** What a GOV.UK date input (three text boxes) submits. */
export type DateParts = { day?: string; month?: string; year?: string };
export type DateInputValue = string | DateParts | null | undefined;

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

type DateOutcome = { ok: true; value: string | null } | { ok: false; code: 'required' | 'missingDay' | 'missingMonth' | 'missingYear' | 'invalid' };

/**
 * Reads a date as typed: "2025-03-10", "10/03/2025", "10-3-2025" or { day, month, year }.
 * Returns null for an empty value (the caller decides whether that is allowed).
 */
export function readDate(raw: unknown): DateOutcome {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (!text) return { ok: true, value: null };
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    if (m) return isRealDate(+m[1]!, +m[2]!, +m[3]!) ? { ok: true, value: `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}` } : { ok: false, code: 'invalid' };
    m = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(text);
    if (m) return isRealDate(+m[3]!, +m[2]!, +m[1]!) ? { ok: true, value: `${m[3]}-${pad(+m[2]!)}-${pad(+m[1]!)}` } : { ok: false, code: 'invalid' };
    return { ok: false, code: 'invalid' };
  }
  if (typeof raw === 'object') {
    const parts = raw as DateParts;
    const day = String(parts.day ?? '').trim();
    const month = String(parts.month ?? '').trim();
    const year = String(parts.year ?? '').trim();
    if (!day && !month && !year) return { ok: true, value: null };
    if (!day) return { ok: false, code: 'missingDay' };
    if (!month) return { ok: false, code: 'missingMonth' };
    if (!year) return { ok: false, code: 'missingYear' };
    if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { ok: false, code: 'invalid' };
    return isRealDate(+year, +month, +day) ? { ok: true, value: `${year}-${pad(+month)}-${pad(+day)}` } : { ok: false, code: 'invalid' };
  }
  return { ok: false, code: 'invalid' };
}

/** Splits an ISO date into the parts a date input shows (for default values). */
export function dateParts(iso: string | null | undefined): DateParts {
  if (!iso) return { day: '', month: '', year: '' };
  const [y, m, d] = iso.split('-');
  return { day: String(Number(d)), month: String(Number(m)), year: y ?? '' };
}

/** A required calendar date → 'YYYY-MM-DD'. Messages: key.required | key.missingDay|Month|Year | key.invalid. */
export function dateField(key: string) {
  return z.unknown().optional().transform((raw, ctx): string => {
    const r = readDate(raw);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: `${key}.${r.code === 'invalid' ? 'invalid' : r.code}` });
      return z.NEVER;
    }
    if (r.value === null) {
      ctx.addIssue({ code: 'custom', message: `${key}.required` });
      return z.NEVER;
    }
    return r.value;
  });
}

/** An optional calendar date → 'YYYY-MM-DD' or null. */
export function optionalDateField(key: string) {
  return z.unknown().optional().transform((raw, ctx): string | null => {
    const r = readDate(raw);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: `${key}.${r.code === 'invalid' ? 'invalid' : r.code}` });
      return z.NEVER;
    }
    return r.value;
  });
}

/**
 * Normalises a decimal as people type it: "1.850,50" and "1850,50" (Italian) or "1850.50".
 * With a comma, dots are thousands separators; without one, a dot is the decimal point.
 */
export function normaliseDecimal(text: string): string {
  const t = text.trim().replace(/\s|€/g, '');
  if (t.includes(',')) return t.replace(/\./g, '').replace(',', '.');
  return t;
}

type DecimalOptions = { decimals: number; min?: number; minExclusive?: boolean; max?: number };

/** A required decimal → string with a dot ('37.5', '1850.00'). Messages: key.required | key.invalid | key.range. */
export function decimalField(key: string, opts: DecimalOptions) {
  const pattern = new RegExp(`^\\d{1,9}(\\.\\d{1,${opts.decimals}})?$`);
  return z.unknown().optional().transform((raw, ctx): string => {
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? normaliseDecimal(raw) : '';
    if (!text) {
      ctx.addIssue({ code: 'custom', message: `${key}.required` });
      return z.NEVER;
    }
    if (!pattern.test(text)) {
      ctx.addIssue({ code: 'custom', message: `${key}.invalid` });
      return z.NEVER;
    }
    const n = Number(text);
    const belowMin = opts.min !== undefined && (opts.minExclusive ? n <= opts.min : n < opts.min);
    if (belowMin || (opts.max !== undefined && n > opts.max)) {
      ctx.addIssue({ code: 'custom', message: `${key}.range` });
      return z.NEVER;
    }
    return text;
  });
}

/** The same, optional: an empty value → null. */
export function optionalDecimalField(key: string, opts: DecimalOptions) {
  const required = decimalField(key, opts);
  return z.unknown().optional().transform((raw, ctx): string | null => {
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return null;
    const r = required.safeParse(raw);
    if (!r.success) {
      for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      return z.NEVER;
    }
    return r.data;
  });
}

/** A required whole number (typed as text or sent as a number). Messages: key.required | key.invalid | key.range. */
export function integerField(key: string, opts: { min: number; max: number }) {
  return z.unknown().optional().transform((raw, ctx): number => {
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim().replace(/\./g, '') : '';
    if (!text) {
      ctx.addIssue({ code: 'custom', message: `${key}.required` });
      return z.NEVER;
    }
    if (!/^\d{1,9}$/.test(text)) {
      ctx.addIssue({ code: 'custom', message: `${key}.invalid` });
      return z.NEVER;
    }
    const n = Number(text);
    if (n < opts.min || n > opts.max) {
      ctx.addIssue({ code: 'custom', message: `${key}.range` });
      return z.NEVER;
    }
    return n;
  });
}

/** One of a fixed set of values (radios, selects). Message: key.required when nothing was chosen. */
export function choiceField<const T extends readonly [string, ...string[]]>(values: T, key: string) {
  return z.unknown().optional().transform((raw, ctx): T[number] => {
    if (typeof raw === 'string' && (values as readonly string[]).includes(raw)) return raw as T[number];
    ctx.addIssue({ code: 'custom', message: raw === undefined || raw === null || raw === '' ? `${key}.required` : `${key}.invalid` });
    return z.NEVER;
  });
}

/** A yes/no radio: 'yes' | 'no' (forms), true | false (JSON), 'sì'/'si'/'no' (CSV). Message: key.required. */
export function yesNoField(key: string) {
  return z.unknown().optional().transform((raw, ctx): boolean => {
    if (raw === true || raw === false) return raw;
    const text = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
    if (['yes', 'true', 'sì', 'si', 's'].includes(text)) return true;
    if (['no', 'false', 'n'].includes(text)) return false;
    ctx.addIssue({ code: 'custom', message: `${key}.required` });
    return z.NEVER;
  });
}

/** A single checkbox: checked when 'on'/'true'/true, unchecked when absent. */
export const checkboxField = z
  .unknown()
  .optional()
  .transform((raw) => raw === true || raw === 'on' || raw === 'true' || raw === 'yes');

/** Free text, trimmed; required unless `optional`. Messages: key.required | key.tooLong. */
export function textField(key: string, max: number) {
  // cleanText: also for text that does not come through a server action (CSV rows).
  return z.string({ error: `${key}.required` }).overwrite(cleanText).trim().min(1, `${key}.required`).max(max, `${key}.tooLong`);
}

export function optionalTextField(key: string, max: number) {
  return z
    .string({ error: `${key}.invalid` })
    .overwrite(cleanText)
    .trim()
    .max(max, `${key}.tooLong`)
    .nullish()
    .transform((v) => (v ? v : null));
}

/** A database id (cuid) chosen from a list. Message: key.required. */
export function idField(key: string) {
  return z.string({ error: `${key}.required` }).trim().min(1, `${key}.required`).max(64, `${key}.invalid`);
}
