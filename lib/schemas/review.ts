// The committee back office: queue filters, decisions, resolutions and messages. The same schemas
// validate the forms (react-hook-form + zodResolver) and the server actions. Messages are keys
// (ADR 004) translated by lib/schemas/messages/review.ts.
import { z } from 'zod';
import { cleanText } from './clean-text';
import { COMMITTEE_PARAMETER_KEYS } from '@/lib/rules/parameters/committee';
import { isCalendarDate } from '@/lib/rules/core/calendar-date';
import { dateFromParts } from '@/lib/schemas/form-values';
import { CAUSES } from '@/lib/rules/types';
import { QUEUE_SORTS, QUEUE_STATUS_FILTERS, SIZE_CLASSES } from '@/lib/review/queue';
import { reasonCode, type ReasonUse } from '@/lib/review/reason-codes';
import { MESSAGE_MAX } from './request-message';

export { MESSAGE_MAX };

export const NOTE_MAX = 2000;
export const RESOLUTION_NUMBER_MAX = 40;
export const RESOLUTION_SUBJECT_MAX = 500;
const ID_MAX = 64;

const id = (key: string) => z.string({ error: key }).trim().min(1, key).max(ID_MAX, key);

/** A calendar day from the three boxes of a DateInput (`{ day, month, year }`) → `YYYY-MM-DD`. */
const isoDay = (required: string, invalid: string) => dateFromParts({ required, invalid });

/** The same, optional: three empty boxes are no date. */
const optionalIsoDay = (invalid: string) =>
  z.preprocess(
    (v) => (v && typeof v === 'object' && Object.values(v).every((part) => part === '' || part === undefined) ? undefined : v),
    dateFromParts({ invalid, required: invalid }).optional(),
  );

/** Hours typed the Italian way ("12,5") or with a point; two decimals at most. */
export function parseHoursText(value: string): string | null {
  const text = value.replace(/\s/g, '').replace(',', '.');
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(text)) return null;
  const [units, cents = ''] = text.split('.') as [string, string | undefined];
  return `${units.replace(/^0+(?=\d)/, '')}.${cents.padEnd(2, '0')}`;
}

const hours = z
  .string({ error: 'review.partial.hours.required' })
  .trim()
  .min(1, 'review.partial.hours.required')
  .transform((v, ctx) => {
    const parsed = parseHoursText(v);
    if (parsed === null) {
      ctx.addIssue({ code: 'custom', message: 'review.partial.hours.invalid' });
      return z.NEVER;
    }
    return parsed;
  });

const version = z.coerce.number({ error: 'review.decision.stale' }).int('review.decision.stale').min(0, 'review.decision.stale');
/** Posted by the decision pages' forms: after the decision, go back to the request page. */
const ritorno = z.literal('1').optional().catch(undefined);
const requestRef = { requestId: id('review.request.notFound'), version, ritorno };

const note = z
  .string()
  .trim()
  .max(NOTE_MAX, 'review.note.tooLong')
  .optional()
  .transform((v) => v || null);

const resolutionId = z.string({ error: 'review.resolution.required' }).trim().min(1, 'review.resolution.required').max(ID_MAX, 'review.resolution.unknown');

/** Checkbox group → array (a form posts one value as a string, several as an array). */
const reasonCodes = (use: ReasonUse) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' || v === false ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.string({ error: 'review.reasonCodes.unknown' }), { error: 'review.reasonCodes.required' })
      .max(20, 'review.reasonCodes.unknown')
      .superRefine((codes, ctx) => {
        if (codes.length === 0) ctx.addIssue({ code: 'custom', message: 'review.reasonCodes.required' });
        for (const code of codes) {
          const known = reasonCode(code);
          if (!known) {
            ctx.addIssue({ code: 'custom', message: 'review.reasonCodes.unknown' });
            return;
          }
          if (!known.uses.includes(use)) {
            ctx.addIssue({ code: 'custom', message: 'review.reasonCodes.notForDecision' });
            return;
          }
        }
      }),
  );

export const approveSchema = z.object({ ...requestRef, resolutionId, note });
export type ApproveInput = z.input<typeof approveSchema>;

export const approvePartialSchema = z
  .object({
    ...requestRef,
    resolutionId,
    grantedStart: isoDay('review.partial.grantedStart.required', 'review.partial.grantedStart.invalid'),
    grantedEnd: isoDay('review.partial.grantedEnd.required', 'review.partial.grantedEnd.invalid'),
    workers: z
      .array(z.object({ requestWorkerId: id('review.partial.worker.unknown'), hoursGranted: hours }), { error: 'review.partial.nothingGranted' })
      .min(1, 'review.partial.nothingGranted')
      .max(5000, 'review.partial.worker.unknown'),
    reasonCodes: reasonCodes('APPROVE_PARTIAL'),
    note,
  })
  .superRefine((v, ctx) => {
    if (v.grantedEnd < v.grantedStart) ctx.addIssue({ code: 'custom', path: ['grantedEnd'], message: 'review.partial.grantedEnd.beforeStart' });
  });
export type ApprovePartialInput = z.input<typeof approvePartialSchema>;

export const rejectSchema = z.object({ ...requestRef, resolutionId, reasonCodes: reasonCodes('REJECT'), note });
export type RejectInput = z.input<typeof rejectSchema>;

export const requestInformationSchema = z.object({
  ...requestRef,
  resolutionId: z
    .string()
    .trim()
    .max(ID_MAX, 'review.resolution.unknown')
    .optional()
    .transform((v) => v || null),
  message: z.string({ error: 'review.requestInfo.message.required' }).trim().min(1, 'review.requestInfo.message.required').max(MESSAGE_MAX, 'review.message.body.tooLong'),
});
export type RequestInformationInput = z.input<typeof requestInformationSchema>;

export const authoriseDirectPaymentSchema = z.object({ ...requestRef, resolutionId, reasonCodes: reasonCodes('AUTHORISE_DIRECT_PAYMENT'), note });
export type AuthoriseDirectPaymentInput = z.input<typeof authoriseDirectPaymentSchema>;

export const startReviewSchema = z.object(requestRef);

// The thread's message schema lives in ./request-message.ts (the browser's message form loads it alone).
export { postMessageSchema, type PostMessageInput } from './request-message';

export const createResolutionSchema = z
  .object({
    number: z
      .string({ error: 'review.resolution.number.required' })
      .trim()
      .min(1, 'review.resolution.number.required')
      .max(RESOLUTION_NUMBER_MAX, 'review.resolution.number.tooLong')
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} ./_-]*$/u, 'review.resolution.number.invalid'),
    date: isoDay('review.resolution.date.required', 'review.resolution.date.invalid'),
    subject: z.string({ error: 'review.resolution.subject.required' }).trim().min(1, 'review.resolution.subject.required').max(RESOLUTION_SUBJECT_MAX, 'review.resolution.subject.tooLong'),
    /** Empty: a resolution without a parameter (e.g. one that grants requests). */
    parameterKey: z
      .union([z.enum(COMMITTEE_PARAMETER_KEYS, { error: 'review.resolution.parameterKey.invalid' }), z.literal('')])
      .optional()
      .transform((v) => v || null),
    parameterValue: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null),
    effectiveFrom: optionalIsoDay('review.resolution.effectiveFrom.invalid').transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.parameterKey) {
      if (!v.parameterValue) ctx.addIssue({ code: 'custom', path: ['parameterValue'], message: 'review.resolution.parameterValue.required' });
      else if (!/^\d{1,10}([.,]\d{1,4})?$/.test(v.parameterValue)) ctx.addIssue({ code: 'custom', path: ['parameterValue'], message: 'review.resolution.parameterValue.invalid' });
    } else if (v.parameterValue || v.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['parameterKey'], message: 'review.resolution.parameterKey.required' });
    }
  })
  .transform((v) => ({
    number: v.number,
    date: v.date,
    subject: v.subject,
    parameter: v.parameterKey && v.parameterValue ? { key: v.parameterKey, value: v.parameterValue.replace(',', '.'), effectiveFrom: v.effectiveFrom } : null,
  }));
export type CreateResolutionInput = z.input<typeof createResolutionSchema>;

/** The queue's filters, read from the page's search params (invalid values fall back to defaults). */
export const queueFiltersSchema = z.object({
  stato: z.enum(QUEUE_STATUS_FILTERS).catch('pending').default('pending'),
  causale: z.enum(CAUSES).optional().catch(undefined),
  classe: z.enum(SIZE_CLASSES).optional().catch(undefined),
  comune: z
    .string()
    .regex(/^[A-Z]\d{3}$/)
    .optional()
    .catch(undefined),
  dal: z.string().refine(isCalendarDate).optional().catch(undefined),
  al: z.string().refine(isCalendarDate).optional().catch(undefined),
  rischio: z
    .enum(['1'])
    .optional()
    .catch(undefined),
  ordine: z.enum(QUEUE_SORTS).catch('filed_asc').default('filed_asc'),
  dopo: z.string().max(200).optional().catch(undefined),
  prima: z.string().max(200).optional().catch(undefined),
});
export type QueueSearchParams = z.output<typeof queueFiltersSchema>;

/** The audit log's filters, from the page's search params (invalid values are dropped). */
const optionalText = (max: number, pattern?: RegExp) =>
  z
    .string()
    // A NUL typed into a search box would make PostgreSQL refuse the query (500).
    .overwrite(cleanText)
    .trim()
    .max(max)
    .refine((v) => !pattern || v === '' || pattern.test(v))
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);

export const auditFiltersSchema = z.object({
  azione: optionalText(100, /^[A-Za-z0-9_.*-]+$/),
  tipo: optionalText(60, /^[A-Za-z]+$/),
  oggetto: optionalText(64, /^[A-Za-z0-9_-]+$/),
  chi: optionalText(254),
  azienda: optionalText(16, /^[A-Za-z0-9]+$/),
  dal: z.string().refine(isCalendarDate).optional().catch(undefined),
  al: z.string().refine(isCalendarDate).optional().catch(undefined),
  dopo: z.string().max(200).optional().catch(undefined),
});
export type AuditSearchParams = z.output<typeof auditFiltersSchema>;
