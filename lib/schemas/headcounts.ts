// Monthly headcounts of a production unit. Two measures (digest A-6 and B-2):
// - heads: every worker in force in the month, of every category (apprentices, home workers and
//   dirigenti included), for the 75 % Trentino test;
// - size units: full-timers plus part-timers pro rata to their hours, for the size-class average;
//   computed on the server with lib/rules (computeSizeUnits) from the part-timers' weekly hours.
import { z } from 'zod';
import { employerIdField } from './company';
import { decimalField, integerField, optionalDecimalField } from './fields';

export const HEADS_MAX = 100_000;
export const HEADCOUNT_MONTHS_MAX = 60;
export const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

export const headcountRowSchema = z
  .object({
    month: z.string({ error: 'headcount.month.invalid' }).regex(MONTH_KEY, 'headcount.month.invalid'),
    heads: z.unknown().optional(),
    partTimeHeads: z.unknown().optional(),
    partTimeHours: z.unknown().optional(),
  })
  .transform((row, ctx) => {
    const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
    // A month left entirely blank is not saved (and an existing value is kept).
    if (blank(row.heads) && blank(row.partTimeHeads) && blank(row.partTimeHours)) return null;
    const heads = integerField('headcount.heads', { min: 0, max: HEADS_MAX }).safeParse(row.heads);
    const partTimeHeads = blank(row.partTimeHeads) ? { success: true as const, data: 0 } : integerField('headcount.partTimeHeads', { min: 0, max: HEADS_MAX }).safeParse(row.partTimeHeads);
    const partTimeHours = optionalDecimalField('headcount.partTimeHours', { decimals: 2, min: 0, max: 10_000_000 }).safeParse(row.partTimeHours);
    let failed = false;
    for (const [field, result] of [['heads', heads], ['partTimeHeads', partTimeHeads], ['partTimeHours', partTimeHours]] as const) {
      if (!result.success) {
        failed = true;
        for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: [field], message: issue.message });
      }
    }
    if (failed || !heads.success || !partTimeHeads.success || !partTimeHours.success) return z.NEVER;
    if (partTimeHeads.data > heads.data) {
      ctx.addIssue({ code: 'custom', path: ['partTimeHeads'], message: 'headcount.partTimeHeads.moreThanHeads' });
      return z.NEVER;
    }
    if (partTimeHeads.data > 0 && (partTimeHours.data === null || Number(partTimeHours.data) === 0)) {
      ctx.addIssue({ code: 'custom', path: ['partTimeHours'], message: 'headcount.partTimeHours.required' });
      return z.NEVER;
    }
    if (partTimeHeads.data === 0 && partTimeHours.data !== null && Number(partTimeHours.data) > 0) {
      ctx.addIssue({ code: 'custom', path: ['partTimeHeads'], message: 'headcount.partTimeHeads.required' });
      return z.NEVER;
    }
    return { month: row.month, heads: heads.data, partTimeHeads: partTimeHeads.data, partTimeHours: partTimeHours.data ?? '0' };
  });
export type HeadcountRow = NonNullable<z.output<typeof headcountRowSchema>>;

export const headcountsSchema = z
  .object({
    productionUnitId: employerIdField,
    /** Weekly hours of a full-timer under the unit's collective agreement (divisor of the part-time hours). */
    fullTimeWeeklyHours: decimalField('headcount.fullTimeWeeklyHours', { decimals: 2, min: 1, max: 60 }),
    months: z.array(headcountRowSchema).max(HEADCOUNT_MONTHS_MAX, 'headcount.months.tooMany'),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.months.forEach((row, i) => {
      if (!row) return;
      if (seen.has(row.month)) ctx.addIssue({ code: 'custom', path: ['months', i, 'month'], message: 'headcount.month.duplicate' });
      seen.add(row.month);
    });
    if (v.months.every((row) => row === null)) ctx.addIssue({ code: 'custom', path: ['months'], message: 'headcount.months.required' });
  });
export type HeadcountsInput = z.input<typeof headcountsSchema>;

export const saveHeadcountsSchema = z.object({ employerId: employerIdField }).and(headcountsSchema);
