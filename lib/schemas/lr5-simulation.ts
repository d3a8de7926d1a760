// The regional indemnity of L.R. (Trentino-Alto Adige) 15 luglio 2009 n. 5 (digest H-3): the
// form of /simulatore/lr-5-2009, validated in the browser and in the action, turned into the
// input of lib/rules simulateLr5_2009(). Amounts are the Province's inputs: the simulator applies
// the regulation's requirements and the 1,065.00 EUR monthly ceiling.
import { z } from 'zod';
import type { Lr5Input } from '@/lib/rules/lr5/simulate-lr5';
import { choiceField, decimalField, integerField, yesNoField } from './fields';

// As LR5_EXCLUDED_STATUSES in lib/rules/lr5/simulate-lr5.ts (repeated to keep the rules engine
// out of the browser bundle; a unit test keeps them equal).
export const LR5_EXCLUSIONS = ['DOMESTIC_WORKER', 'PENSIONER', 'SEASONAL_TOURISM_AGRICULTURE', 'PEAK_ACTIVITY_HIRE', 'VAT_SELF_EMPLOYED', 'FIXED_TERM_SUBSTITUTE', 'RESIGNED_OTHER'] as const;
export const LR5_KINDS = ['EMPLOYEE', 'AGENCY_WORKER', 'PROJECT_COLLABORATOR'] as const;
export const LR5_PROVINCES = ['TN', 'BZ', 'OTHER'] as const;

/** Months offered: from the law (July 2009) to the end of 2011, so that 2011 shows as not payable. */
export const LR5_MONTHS: string[] = Array.from({ length: 30 }, (_, i) => {
  const index = 2009 * 12 + 6 + i;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
});

const days = (key: string) => integerField(key, { min: 0, max: 40_000 });
const months = (key: string) => integerField(key, { min: 0, max: 600 });
const money = (key: string) => decimalField(key, { decimals: 2, min: 0, max: 100_000 });
/** An optional answer: empty → undefined, otherwise the field's own checks and messages. */
const optional = <T>(schema: z.ZodType<T>) =>
  z
    .unknown()
    .optional()
    .transform((raw, ctx): T | undefined => {
      if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return undefined;
      const r = schema.safeParse(raw);
      if (!r.success) {
        for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
        return z.NEVER;
      }
      return r.data;
    });

export const lr5SimulationSchema = z
  .object({
    supportMonth: choiceField(LR5_MONTHS as [string, ...string[]], 'lr5.supportMonth'),
    province: choiceField(['TN', 'BZ'] as const, 'lr5.province'),
    kind: choiceField(LR5_KINDS, 'lr5.kind'),
    excludedStatus: choiceField(['NONE', ...LR5_EXCLUSIONS] as const, 'lr5.excludedStatus'),
    residenceProvince: choiceField(LR5_PROVINCES, 'lr5.residenceProvince'),
    domicileProvince: choiceField(LR5_PROVINCES, 'lr5.domicileProvince'),
    lastEmploymentProvince: choiceField(LR5_PROVINCES, 'lr5.lastEmploymentProvince'),
    availableForOffers: yesNoField('lr5.availableForOffers'),
    seniorityDaysWithLastEmployer: optional(days('lr5.seniorityDays')),
    agencyDaysLast12Months: optional(days('lr5.agencyDays')),
    monthsInLast24: optional(months('lr5.monthsInLast24')),
    consecutiveMonthsBeforeTermination: optional(months('lr5.consecutiveMonths')),
    singleClient: optional(yesNoField('lr5.singleClient')),
    monthlyIncome: optional(money('lr5.monthlyIncome')),
    pensionFundMonths: optional(months('lr5.pensionFundMonths')),
    stateIndemnity: money('lr5.stateIndemnity'),
    regionalIndemnityComputed: money('lr5.regionalIndemnity'),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.kind === 'PROJECT_COLLABORATOR') {
      if (v.monthsInLast24 === undefined) issue('monthsInLast24', 'lr5.monthsInLast24.required');
      if (v.consecutiveMonthsBeforeTermination === undefined) issue('consecutiveMonthsBeforeTermination', 'lr5.consecutiveMonths.required');
      if (v.singleClient === undefined) issue('singleClient', 'lr5.singleClient.required');
      if (v.monthlyIncome === undefined) issue('monthlyIncome', 'lr5.monthlyIncome.required');
    } else if (v.seniorityDaysWithLastEmployer === undefined) {
      issue('seniorityDaysWithLastEmployer', 'lr5.seniorityDays.required');
    }
  })
  .transform(
    (v): Lr5Input => ({
      supportMonth: v.supportMonth,
      province: v.province,
      kind: v.kind,
      excludedStatus: v.excludedStatus === 'NONE' ? null : v.excludedStatus,
      residenceProvince: v.residenceProvince,
      domicileProvince: v.domicileProvince,
      lastEmploymentProvince: v.lastEmploymentProvince,
      availableForOffers: v.availableForOffers,
      seniorityDaysWithLastEmployer: v.seniorityDaysWithLastEmployer,
      agencyDaysLast12Months: v.agencyDaysLast12Months,
      collaborator:
        v.kind === 'PROJECT_COLLABORATOR'
          ? { monthsInLast24: v.monthsInLast24 ?? 0, consecutiveMonthsBeforeTermination: v.consecutiveMonthsBeforeTermination ?? 0, singleClient: v.singleClient ?? false, monthlyIncome: v.monthlyIncome ?? '0' }
          : undefined,
      pensionFundMonths: v.pensionFundMonths,
      stateIndemnity: v.stateIndemnity,
      regionalIndemnityComputed: v.regionalIndemnityComputed,
    }),
  );

export type Lr5SimulationInput = z.input<typeof lr5SimulationSchema>;
