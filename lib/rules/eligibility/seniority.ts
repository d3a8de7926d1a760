// Seniority of effective work at the production unit — INPS circ. 112/2025 (R2023: at least 30 days
// at the application date, even non-continuous, cumulable across contracts with the same employer,
// no look-back); D.I. 103593/2019 art. 2 c. 8 (R2019: 30 days in the 12 months before the
// application); art. 2 c. 9 (change of contractor: the period on the contracted activity counts).
// What counts as a day of "effective work" is not defined (J-15): the caller supplies the days.
import { addDays, addMonths, type CalendarDate } from '../core/calendar-date';
import { cite, type Citation } from '../core/citation';
import type { RuleContext } from '../context';
import { SENIORITY_DAYS, SENIORITY_LOOKBACK_MONTHS } from '../parameters/fstn/eligibility';
import { SOURCES } from '../parameters/sources';
import type { FstnRegimeId } from '../regimes/select-regime';

export type SeniorityFacts = {
  /** Total days of effective work at the unit up to the application date. */
  effectiveDaysAtUnit: number;
  /** The individual days, when known (needed for the R2019 look-back). */
  effectiveWorkDates?: ReadonlyArray<string>;
  /** Days on the contracted activity with the outgoing contractor (cambio appalto). */
  priorContractorDays?: number;
};

export type Seniority = { days: number; required: number; passed: boolean; detail: string };

/** The seniority rule of a request, read once; `check` then runs per worker. */
export function seniorityRule(input: { regimeId: FstnRegimeId; parameterDate: CalendarDate; applicationDate: CalendarDate }, ctx: RuleContext) {
  const required = ctx.cited(SENIORITY_DAYS, input.parameterDate);
  const app = input.applicationDate;
  const lookback = input.regimeId === 'R2019' ? ctx.use(SENIORITY_LOOKBACK_MONTHS, input.parameterDate) : null;
  const from = lookback !== null ? addDays(addMonths(app, -lookback), 1) : null;
  ctx.warn({
    code: 'J-15',
    digest: 'J-15',
    status: 'U',
    message: 'Giorni di "lavoro effettivo": lavorati più ferie, festività e permessi retribuiti; escluse aspettative non retribuite e integrazioni salariali',
    citation: cite(SOURCES.C112, undefined, 'U'),
  });
  const citation: Citation = required.citation;
  const check = (w: SeniorityFacts): Seniority => {
    let days: number;
    let detail: () => string;
    if (from !== null) {
      if (w.effectiveWorkDates) {
        days = w.effectiveWorkDates.filter((d) => d >= from && d <= app).length;
        detail = () => `${days} giorni di lavoro effettivo dal ${from} al ${app}`;
      } else {
        days = w.effectiveDaysAtUnit;
        detail = () => `${days} giorni indicati, considerati tutti nei ${lookback} mesi precedenti la domanda (date non fornite)`;
        ctx.warn({ code: 'F-4/LOOKBACK', digest: 'F-4', status: 'I', message: 'Senza le date dei giorni lavorati non si verifica la finestra di 12 mesi del regime 2019', citation });
      }
    } else {
      days = w.effectiveWorkDates ? w.effectiveWorkDates.filter((d) => d <= app).length : w.effectiveDaysAtUnit;
      detail = () => `${days} giorni di lavoro effettivo presso l’unità produttiva alla data della domanda (${app})`;
    }
    const own = days;
    if (w.priorContractorDays) days += w.priorContractorDays;
    const withContractor = w.priorContractorDays
      ? () => `${own} giorni presso l’unità, più ${w.priorContractorDays} sull’appalto con il precedente datore (cambio appalto)`
      : detail;
    const passed = days >= required.value;
    return {
      days,
      required: required.value,
      passed,
      get detail() {
        return withContractor();
      },
    };
  };
  return { required: required.value, citation, check };
}
