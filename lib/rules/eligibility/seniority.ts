// Seniority of effective work at the production unit — INPS circ. 112/2025 (R2023: at least 30 days
// at the application date, even non-continuous, cumulable across contracts with the same employer,
// no look-back); D.I. 103593/2019 art. 2 c. 8 (R2019: 30 days in the 12 months before the
// application); art. 2 c. 9 (change of contractor: the period on the contracted activity counts).
// What counts as a day of "effective work" is not defined (J-15): the caller supplies the days.
import { addDays, addMonths, type CalendarDate } from '../core/calendar-date';
import { cite } from '../core/citation';
import type { RuleContext } from '../context';
import { SENIORITY_DAYS, SENIORITY_LOOKBACK_MONTHS } from '../parameters/fstn/eligibility';
import { SOURCES } from '../parameters/sources';
import type { FstnRegimeId } from '../regimes/select-regime';

export type SeniorityInput = {
  regimeId: FstnRegimeId;
  parameterDate: CalendarDate;
  applicationDate: CalendarDate;
  /** Total days of effective work at the unit up to the application date. */
  effectiveDaysAtUnit: number;
  /** The individual days, when known (needed for the R2019 look-back). */
  effectiveWorkDates?: ReadonlyArray<string>;
  /** Days on the contracted activity with the outgoing contractor (cambio appalto). */
  priorContractorDays?: number;
};

export type Seniority = { days: number; required: number; passed: boolean; detail: string };

export function seniority(input: SeniorityInput, ctx: RuleContext): Seniority {
  const required = ctx.cited(SENIORITY_DAYS, input.parameterDate);
  const app = input.applicationDate;
  const lookback = input.regimeId === 'R2019' ? ctx.use(SENIORITY_LOOKBACK_MONTHS, input.parameterDate) : null;
  let days: number;
  let detail: string;
  if (lookback !== null) {
    const from = addDays(addMonths(app, -lookback), 1);
    if (input.effectiveWorkDates) {
      days = input.effectiveWorkDates.filter((d) => d >= from && d <= app).length;
      detail = `${days} giorni di lavoro effettivo dal ${from} al ${app}`;
    } else {
      days = input.effectiveDaysAtUnit;
      detail = `${days} giorni indicati, considerati tutti nei ${lookback} mesi precedenti la domanda (date non fornite)`;
      ctx.warn({ code: 'F-4/LOOKBACK', digest: 'F-4', status: 'I', message: 'Senza le date dei giorni lavorati non si verifica la finestra di 12 mesi del regime 2019', citation: required.citation });
    }
  } else {
    days = input.effectiveWorkDates ? input.effectiveWorkDates.filter((d) => d <= app).length : input.effectiveDaysAtUnit;
    detail = `${days} giorni di lavoro effettivo presso l’unità produttiva alla data della domanda (${app})`;
  }
  if (input.priorContractorDays) {
    days += input.priorContractorDays;
    detail += `, più ${input.priorContractorDays} giorni sull’appalto con il precedente datore (cambio appalto)`;
  }
  ctx.warn({
    code: 'J-15',
    digest: 'J-15',
    status: 'U',
    message: 'Giorni di "lavoro effettivo": lavorati più ferie, festività e permessi retribuiti; escluse aspettative non retribuite e integrazioni salariali',
    citation: cite(SOURCES.C112, undefined, 'U'),
  });
  return { days, required: required.value, passed: days >= required.value, detail };
}
