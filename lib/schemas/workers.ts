// A worker of the employer (design.md "The journey" step 5): what the rules need for eligibility
// (digest F-1…F-4) and the allowance (C-2, C-3). The same schema validates the form, the action and
// every row of a CSV import (lib/import/workers-csv.ts).
import { z } from 'zod';
import { APPRENTICE_TYPES, CONTRACT_TYPES, PAY_BASES, WORKER_CATEGORIES } from '@/lib/rules/types';
import { employerIdField } from './company';
import { checkboxField, choiceField, dateField, decimalField, integerField, optionalDateField, optionalDecimalField, textField, yesNoField } from './fields';
import { isValidPersonalCodiceFiscale, normaliseTaxCode } from './tax-codes';

export const WORKER_NAME_MAX = 80;
export const WEEKLY_HOURS_MAX = 60;
export const EFFECTIVE_DAYS_MAX = 40_000;
export const MONTHLY_PAY_MAX = 100_000;
export const HOURLY_PAY_MAX = 1_000;

export const workerCodiceFiscale = z
  .string({ error: 'worker.codiceFiscale.required' })
  .transform(normaliseTaxCode)
  .pipe(
    z
      .string()
      .min(1, 'worker.codiceFiscale.required')
      .regex(/^[A-Z0-9]{16}$/, 'worker.codiceFiscale.format')
      .refine(isValidPersonalCodiceFiscale, 'worker.codiceFiscale.checksum'),
  );

export const workerObject = z.object({
  codiceFiscale: workerCodiceFiscale,
  lastName: textField('worker.lastName', WORKER_NAME_MAX),
  firstName: textField('worker.firstName', WORKER_NAME_MAX),
  productionUnitId: z.string({ error: 'worker.productionUnitId.required' }).trim().min(1, 'worker.productionUnitId.required').max(64, 'worker.productionUnitId.required'),
  category: choiceField(WORKER_CATEGORIES, 'worker.category'),
  contractType: choiceField(CONTRACT_TYPES, 'worker.contractType'),
  apprenticeType: z
    .unknown()
    .optional()
    .transform((v) => (v === '' || v === undefined || v === null ? null : v))
    .pipe(z.enum(APPRENTICE_TYPES, { error: 'worker.apprenticeType.invalid' }).nullable()),
  hireDate: dateField('worker.hireDate'),
  endDate: optionalDateField('worker.endDate'),
  effectiveDaysAtUnit: integerField('worker.effectiveDaysAtUnit', { min: 0, max: EFFECTIVE_DAYS_MAX }),
  weeklyHours: decimalField('worker.weeklyHours', { decimals: 2, min: 0, minExclusive: true, max: WEEKLY_HOURS_MAX }),
  payBasis: choiceField(PAY_BASES, 'worker.payBasis'),
  monthlyGlobalPay: optionalDecimalField('worker.monthlyGlobalPay', { decimals: 2, min: 1, max: MONTHLY_PAY_MAX }),
  hourlyGlobalPay: optionalDecimalField('worker.hourlyGlobalPay', { decimals: 4, min: 0.01, max: HOURLY_PAY_MAX }),
  householdWithoutChildren: yesNoField('worker.householdWithoutChildren'),
});

export function workerRules(v: z.output<typeof workerObject>, ctx: z.RefinementCtx) {
  if (v.category === 'APPRENTICE' && !v.apprenticeType) ctx.addIssue({ code: 'custom', path: ['apprenticeType'], message: 'worker.apprenticeType.required' });
  if (v.category !== 'APPRENTICE' && v.apprenticeType) ctx.addIssue({ code: 'custom', path: ['apprenticeType'], message: 'worker.apprenticeType.notApprentice' });
  if (v.endDate && v.endDate < v.hireDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'worker.endDate.beforeHire' });
  if (v.payBasis === 'MONTHLY' && !v.monthlyGlobalPay) ctx.addIssue({ code: 'custom', path: ['monthlyGlobalPay'], message: 'worker.monthlyGlobalPay.required' });
  if (v.payBasis === 'HOURLY' && !v.hourlyGlobalPay) ctx.addIssue({ code: 'custom', path: ['hourlyGlobalPay'], message: 'worker.hourlyGlobalPay.required' });
}

/** The pay of the other basis is dropped. */
function normalisePay<T extends z.output<typeof workerObject>>(v: T): T {
  return { ...v, monthlyGlobalPay: v.payBasis === 'MONTHLY' ? v.monthlyGlobalPay : null, hourlyGlobalPay: v.payBasis === 'HOURLY' ? v.hourlyGlobalPay : null };
}

export const workerSchema = workerObject.superRefine(workerRules).transform(normalisePay);
export type WorkerInput = z.input<typeof workerSchema>;
export type WorkerData = z.output<typeof workerSchema>;

export const createWorkerSchema = workerObject.extend({ employerId: employerIdField }).superRefine(workerRules).transform(normalisePay);
export const updateWorkerSchema = workerObject.extend({ employerId: employerIdField, workerId: employerIdField }).superRefine(workerRules).transform(normalisePay);

/** CSV import: the file is sent as text (decoded in the browser or read from the upload). */
export const WORKER_CSV_MAX_BYTES = 1_000_000;
export const WORKER_CSV_MAX_ROWS = 5_000;
export const importWorkersSchema = z.object({
  employerId: employerIdField,
  file: z
    .instanceof(Blob, { error: 'workerImport.file.required' })
    .refine((f) => f.size > 0, 'workerImport.file.required')
    .refine((f) => f.size <= WORKER_CSV_MAX_BYTES, 'workerImport.file.tooLarge'),
  /** Set on the preview page's "Importa" button: commit what the preview showed. */
  confirm: checkboxField,
  /** SHA-256 of the previewed file: the commit must be the same bytes. */
  previewHash: z.string().max(128).nullish(),
});
