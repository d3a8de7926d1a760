// Delegations (deleghe): an employer lets a labour consultant act for it, by e-mail invitation or
// by a code it hands over itself. One schema per form, shared by the page (react-hook-form) and the
// server action. Messages are keys resolved by lib/schemas/messages (lib/schemas/messages/delegation.ts).
import { z } from 'zod';
import { EMAIL_MAX } from './auth';
import { dateFromParts } from './form-values';

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

/** The end date is optional: three empty boxes (or nothing) mean "no end". */
function optionalDateFromParts(keys: { invalid: string }) {
  const parts = dateFromParts({ invalid: keys.invalid, required: keys.invalid });
  return z.unknown().optional().transform((value, ctx): string | null => {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return null;
    if (typeof value === 'object' && Object.values(value).every((v) => v === undefined || String(v).trim() === '')) return null;
    const parsed = parts.safeParse(value);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? keys.invalid });
      return z.NEVER;
    }
    return parsed.data;
  });
}

const id = () => z.string({ error: 'common.id.invalid' }).trim().min(1, 'common.id.invalid').max(64, 'common.id.invalid');

const dates = {
  startsOn: dateFromParts({ required: 'delegation.startsOn.required', invalid: 'delegation.startsOn.invalid' }),
  endsOn: optionalDateFromParts({ invalid: 'delegation.endsOn.invalid' }),
};
const emailAddress = z.string({ error: 'delegation.email.required' }).trim().min(1, 'delegation.email.required').max(EMAIL_MAX, 'delegation.email.tooLong').pipe(z.email('delegation.email.invalid'));

/**
 * One branch per way of inviting, so that the e-mail is required only for an e-mail invitation and
 * every error comes out in the order of the form, all at once (GOV.UK error summary).
 */
export const inviteConsultantSchema = z
  .discriminatedUnion(
    'method',
    [
      z.object({ employerId: id(), method: z.literal('EMAIL'), email: emailAddress, ...dates }),
      // A code names nobody: whatever is in the e-mail box is ignored.
      z.object({ employerId: id(), method: z.literal('CODE'), email: z.unknown().optional(), ...dates }),
    ],
    { error: 'delegation.method.required' },
  )
  .refine((value) => !value.endsOn || value.endsOn >= value.startsOn, { path: ['endsOn'], message: 'delegation.endsOn.beforeStart' })
  .transform((value) => ({ ...value, email: value.method === 'EMAIL' ? value.email.toLowerCase() : null }));
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

/** Where a form post returns after success (Post/Redirect/Get); absent for script callers. */
const returnTo = z.string().max(300).regex(/^\/(?!\/)[\w\-/]*$/, 'common.invalid').optional();

export const revokeDelegationSchema = z.object({ delegationId: id(), returnTo });

export const acceptInvitationSchema = z.object({ delegationId: id(), returnTo });
export type RevokeDelegationInput = z.input<typeof revokeDelegationSchema>;
