// Extraordinary allowances for early exit (esodo) — INPS circ. 112/2025; D.I. 103593/2019 art. 2
// c. 7 lett. c) (digest C-6): for workers reaching old-age or early-retirement requirements within
// the next 5 years (pension date ≤ exit date + 60 months [I]); financed by an extraordinary
// employer-only contribution; a company union agreement is required by default [I]; the amount
// comes only from a Committee resolution.
import { addYears, type CalendarDate } from '../core/calendar-date';
import type { RuleContext } from '../context';
import { ESODO_YEARS_TO_PENSION } from '../parameters/fstn/benefits';

export type Esodo = { eligible: boolean; latestPensionDate: CalendarDate; reasons: string[] };

export function esodoEligibility(
  input: { exitDate: CalendarDate; pensionRequirementDate: CalendarDate; companyAgreement: boolean },
  ctx: RuleContext,
): Esodo {
  const { value: years, citation } = ctx.cited(ESODO_YEARS_TO_PENSION, input.exitDate);
  const latestPensionDate = addYears(input.exitDate, years);
  const reasons: string[] = [];
  if (input.pensionRequirementDate > latestPensionDate) reasons.push(`Requisiti di pensione oltre i ${years} anni successivi all’uscita (entro il ${latestPensionDate})`);
  if (!input.companyAgreement) reasons.push('Serve un accordo sindacale aziendale');
  const eligible = reasons.length === 0;
  ctx.add('C-6', citation, eligible ? 'pass' : 'fail', eligible ? `Pensione entro il ${latestPensionDate}: esodo ammissibile` : reasons.join('; '));
  return { eligible, latestPensionDate, reasons };
}
