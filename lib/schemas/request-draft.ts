// The wizard's answers as stored in Request.draft (JSON) between "Salva" and "Invia": the output of
// each step's schema. Read back with these shapes (not the form schemas) so that a draft written by
// an older version shows up as "C'è un problema" rather than breaking the page.
import { z } from 'zod';
import { CAUSES, DIRECT_PAYMENT_GROUNDS, PAYMENT_MODES, REDUCTION_TYPES } from '@/lib/rules/types';

const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const storedCausePeriodSchema = z.object({
  productionUnitId: z.string().min(1),
  cause: z.enum(CAUSES),
  crisisDueToCessation: z.boolean(),
  causeDescription: z.string(),
  reductionType: z.enum(REDUCTION_TYPES),
  periodStart: iso,
  periodEnd: iso,
  weekDays: z.union([z.literal(5), z.literal(6)]),
  paymentMode: z.enum(PAYMENT_MODES),
  directPaymentGrounds: z.array(z.enum(DIRECT_PAYMENT_GROUNDS)),
});

export const storedWorkersSchema = z.object({
  lines: z.array(z.object({ workerId: z.string().min(1), hoursLost: z.string(), daysAffected: z.number().int().nullable() })),
});

export const storedProcedureSchema = z.object({
  unionCommunicationDate: iso,
  unavoidableEvent: z.boolean(),
  weeklyReductionHours: z.string().nullable(),
  jointExamRequestDate: iso.nullable(),
  agreementDate: iso.nullable(),
  unionRecipients: z.string().nullable(),
});

export type StoredCausePeriod = z.infer<typeof storedCausePeriodSchema>;
export type StoredWorkers = z.infer<typeof storedWorkersSchema>;
export type StoredProcedure = z.infer<typeof storedProcedureSchema>;
export type DraftStep = 'causePeriod' | 'workers' | 'procedure';
export const DRAFT_STEPS: readonly DraftStep[] = ['causePeriod', 'workers', 'procedure'];

export type RequestDraft = {
  causePeriod: StoredCausePeriod | null;
  workers: StoredWorkers | null;
  procedure: StoredProcedure | null;
  /** Steps saved but unreadable (a shape from an older version): shown as "C'è un problema". */
  unreadable: DraftStep[];
};

export function readDraft(json: unknown): RequestDraft {
  const obj = json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  const unreadable: DraftStep[] = [];
  const read = <T>(step: DraftStep, schema: z.ZodType<T>): T | null => {
    if (obj[step] === undefined || obj[step] === null) return null;
    const r = schema.safeParse(obj[step]);
    if (!r.success) unreadable.push(step);
    return r.success ? r.data : null;
  };
  return {
    causePeriod: read('causePeriod', storedCausePeriodSchema),
    workers: read('workers', storedWorkersSchema),
    procedure: read('procedure', storedProcedureSchema),
    unreadable,
  };
}
