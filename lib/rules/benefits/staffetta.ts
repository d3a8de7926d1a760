// Generational relay (staffetta generazionale) — INPS circ. 112/2025; art. 26 c. 9 lett. c-bis) and
// art. 33 c. 3 d.lgs. 148/2015 as inserted by art. 12-ter D.L. 21/2022 (digest C-7): contributions for
// workers reaching pension requirements within the next 3 years, with the simultaneous hiring by the
// same employer of workers aged not over 35 ("35 anni compiuti": 35 yes, 36 no) for at least 3 years.
import { addYears, type CalendarDate } from '../core/calendar-date';
import type { RuleContext } from '../context';
import { STAFFETTA } from '../parameters/fstn/benefits';

export type StaffettaInput = {
  date: CalendarDate;
  retireePensionRequirementDate: CalendarDate;
  hireAgeInYears: number;
  /** Duration of the new hire's contract in months; null for an open-ended contract. */
  hireContractMonths: number | null;
  sameEmployer: boolean;
  simultaneous: boolean;
};

export function staffettaEligibility(input: StaffettaInput, ctx: RuleContext): { eligible: boolean; reasons: string[] } {
  const { value: p, citation } = ctx.cited(STAFFETTA, input.date);
  const reasons: string[] = [];
  const limit = addYears(input.date, p.yearsToPension);
  if (input.retireePensionRequirementDate > limit) reasons.push(`Requisiti di pensione oltre i ${p.yearsToPension} anni (entro il ${limit})`);
  if (input.hireAgeInYears > p.maxHireAge) reasons.push(`Il nuovo assunto ha più di ${p.maxHireAge} anni compiuti`);
  if (input.hireContractMonths !== null && input.hireContractMonths < p.minHireMonths) reasons.push(`Assunzione per meno di ${p.minHireMonths} mesi`);
  if (!input.sameEmployer || !input.simultaneous) reasons.push('L’assunzione deve essere contestuale e presso lo stesso datore');
  const eligible = reasons.length === 0;
  ctx.add('C-7', citation, eligible ? 'pass' : 'fail', eligible ? 'Staffetta generazionale ammissibile' : reasons.join('; '));
  return { eligible, reasons };
}
