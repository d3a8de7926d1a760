// Delegations (deleghe): an employer lets a labour consultant act for it, by e-mail invitation or
// by a code it hands over itself. One schema per form, shared by the page (react-hook-form) and the
// server action. Messages are keys resolved by lib/schemas/messages (lib/schemas/messages/delegation.ts).
import { z } from 'zod';
import { isCalendarDate } from '@/lib/rules/core/calendar-date';
import { EMAIL_MAX } from './auth';

export const DELEGATION_METHODS = ['EMAIL', 'CODE'] as const;
export type DelegationMethod = (typeof DELEGATION_METHODS)[number];

/** Code alphabet (Crockford base32: no I, L, O, U) and length: 12 symbols = 60 bits. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;
/** E-mail tokens are 43 base64url characters (32 random bytes). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A code as typed by a person: case, spaces and hyphens do not matter, and the letters people
 * confuse with digits (O, I, L) are read as the digits (Crockford's decoding rule).
 */
export function normaliseDelegationCode(raw: string): string {
  return raw
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function isDelegationCode(value: string): boolean {
  return value.length === CODE_LENGTH && [...value].every((c) => CODE_ALPHABET.includes(c));
}

/** XXXX-XXXX-XXXX, for display. */
export function formatDelegationCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

/**
 * A calendar date from an ISO string or from GOV.UK's three boxes (giorno, mese, anno), which a form
 * posted without JavaScript sends as `field.day`, `field.month`, `field.year`.
 */
function calendarDate(key: string) {
  const parts = z.object({ day: z.coerce.string(), month: z.coerce.string(), year: z.coerce.string() });
  return z
    .union([z.string(), parts], { error: `${key}.required` })
    .transform((value, ctx) => {
      let iso: string;
      if (typeof value === 'string') {
        iso = value.trim();
      } else {
        const [d, m, y] = [value.day.trim(), value.month.trim(), value.year.trim()];
        if (!d && !m && !y) iso = '';
        else iso = /^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y) ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : 'invalid';
      }
      if (iso === '') {
        ctx.addIssue({ code: 'custom', message: `${key}.required` });
        return z.NEVER;
      }
      if (!isCalendarDate(iso)) {
        ctx.addIssue({ code: 'custom', message: `${key}.invalid` });
        return z.NEVER;
      }
      return iso;
    });
}

function optionalCalendarDate(key: string) {
  const blank = z.object({ day: z.literal(''), month: z.literal(''), year: z.literal('') });
  return z
    .union([z.literal(''), z.null(), blank, calendarDate(key)])
    .optional()
    .transform((value) => (typeof value === 'string' && value !== '' ? value : null));
}

const id = () => z.string({ error: 'common.id.invalid' }).trim().min(1, 'common.id.invalid').max(64, 'common.id.invalid');

export const inviteConsultantSchema = z
  .object({
    employerId: id(),
    method: z.enum(DELEGATION_METHODS, { error: 'delegation.method.required' }),
    email: z.string().trim().max(EMAIL_MAX, 'delegation.email.tooLong').optional(),
    startsOn: calendarDate('delegation.startsOn'),
    endsOn: optionalCalendarDate('delegation.endsOn'),
  })
  .superRefine((value, ctx) => {
    if (value.method === 'EMAIL') {
      if (!value.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'delegation.email.required' });
      else if (!z.email().safeParse(value.email).success) ctx.addIssue({ code: 'custom', path: ['email'], message: 'delegation.email.invalid' });
    }
    if (value.endsOn && value.endsOn < value.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'delegation.endsOn.beforeStart' });
  })
  .transform((value) => ({ ...value, email: value.method === 'EMAIL' && value.email ? value.email.toLowerCase() : null }));
export type InviteConsultantInput = z.input<typeof inviteConsultantSchema>;

export const acceptDelegationSchema = z.object({
  code: z
    .string({ error: 'delegation.code.required' })
    .trim()
    .min(1, 'delegation.code.required')
    .max(64, 'delegation.code.invalid')
    .refine((raw) => TOKEN.test(raw) || isDelegationCode(normaliseDelegationCode(raw)), 'delegation.code.invalid'),
});
export type AcceptDelegationInput = z.input<typeof acceptDelegationSchema>;

export const revokeDelegationSchema = z.object({ delegationId: id() });
export type RevokeDelegationInput = z.input<typeof revokeDelegationSchema>;
