// Wizard step "Procedura sindacale" (digest G-1): the union information and consultation that
// precedes the application, the joint examination and, for solidarity contracts, the agreement.
import { z } from 'zod';
import { dateField, optionalDateField, optionalDecimalField, optionalTextField, yesNoField } from './fields';
import { requestRefFields } from './request-ref';

export const UNION_RECIPIENTS_MAX = 500;

const procedureObject = z.object({
  unionCommunicationDate: dateField('request.unionCommunicationDate'),
  unavoidableEvent: yesNoField('request.unavoidableEvent'),
  weeklyReductionHours: optionalDecimalField('request.weeklyReductionHours', { decimals: 2, min: 0, max: 60 }),
  jointExamRequestDate: optionalDateField('request.jointExamRequestDate'),
  agreementDate: optionalDateField('request.agreementDate'),
  unionRecipients: optionalTextField('request.unionRecipients', UNION_RECIPIENTS_MAX),
});

function procedureRules(v: z.output<typeof procedureObject>, ctx: z.RefinementCtx) {
  // G-1 c. 4: with an unavoidable event the 16-hour threshold decides whether a joint exam is due.
  if (v.unavoidableEvent && v.weeklyReductionHours === null) ctx.addIssue({ code: 'custom', path: ['weeklyReductionHours'], message: 'request.weeklyReductionHours.required' });
  if (v.jointExamRequestDate && v.jointExamRequestDate < v.unionCommunicationDate) {
    ctx.addIssue({ code: 'custom', path: ['jointExamRequestDate'], message: 'request.jointExamRequestDate.beforeCommunication' });
  }
}

export const procedureSchema = procedureObject.superRefine(procedureRules);
export type ProcedureInput = z.input<typeof procedureSchema>;
export type Procedure = z.output<typeof procedureSchema>;

export const saveProcedureSchema = procedureObject.extend(requestRefFields).superRefine(procedureRules);
