// "Invia" on the riepilogo, and withdrawing a filed request.
import { z } from 'zod';
import { checkboxField, optionalTextField } from './fields';
import { requestRefFields } from './request-ref';

export const fileRequestSchema = z.object({
  ...requestRefFields,
  /** Hash of the draft the riepilogo showed: the filing is of exactly that draft, once. */
  idempotencyKey: z.string({ error: 'request.filing.stale' }).regex(/^[a-f0-9]{64}$/, 'request.filing.stale'),
  /** The employer accepts the period trimmed to the weeks that remain (digest J-8). */
  acceptTrim: checkboxField,
  /** The employer confirms the declarations (75 % test, truthfulness) shown on the riepilogo. */
  declaration: checkboxField.refine((v) => v, 'request.filing.declaration.required'),
});
export type FileRequestInput = z.input<typeof fileRequestSchema>;

export const WITHDRAW_REASON_MAX = 1000;
export const withdrawRequestSchema = z.object({
  ...requestRefFields,
  reason: optionalTextField('request.withdraw.reason', WITHDRAW_REASON_MAX),
  confirm: checkboxField.refine((v) => v, 'request.withdraw.confirm.required'),
});
