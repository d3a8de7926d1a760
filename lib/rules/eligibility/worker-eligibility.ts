// Who receives the AIS — INPS circ. 112/2025 and msg. 370/2024 (R2023: employees including
// apprentices of every type and home workers; dirigenti and public employees excluded);
// D.I. 103593/2019 art. 2 c. 8 and c. 11 (R2019: professionalising apprentices only; home workers
// excluded). J-4: for 2022–2023 periods home workers and other apprentices only with the override.
// F-3: an apprentice's apprenticeship is extended by the hours of AIS used (amounts, simulate).
import type { CalendarDate } from '../core/calendar-date';
import { cite } from '../core/citation';
import type { RuleContext } from '../context';
import { APPRENTICE_TYPES_COVERED, HOME_WORKERS_COVERED } from '../parameters/fstn/eligibility';
import { NATIONAL_REFORM_2022_START } from '../parameters/national/cigo-cigs';
import { SOURCES } from '../parameters/sources';
import type { FstnRegimeId } from '../regimes/select-regime';
import type { ApprenticeType, WorkerCategory } from '../types';
import { seniorityRule, type SeniorityFacts } from './seniority';

export type WorkerEligibilityInput = SeniorityFacts & {
  id: string;
  category: WorkerCategory;
  apprenticeType?: ApprenticeType | null;
  isPublicEmployee?: boolean;
  hireDate: CalendarDate;
};

export type Reason = { code: string; message: string };
export type WorkerEligibility = { eligible: boolean; reasons: Reason[]; seniorityDays: number };
export type EligibilityContext = {
  regimeId: FstnRegimeId;
  parameterDate: CalendarDate;
  applicationDate: CalendarDate;
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
};

export const ELIGIBILITY_CITATION = cite(SOURCES.C112);

/** Reads the rules of a request once and returns the per-worker check (fast for 500 workers). */
export function workerEligibilityRule(context: EligibilityContext, ctx: RuleContext): (w: WorkerEligibilityInput) => WorkerEligibility {
  const reform2022 = NATIONAL_REFORM_2022_START.values[0]!.value!;
  const override = ctx.settings.homeWorkersAndApprenticesFrom2022 && context.periodStart >= reform2022;
  const homeWorkersCovered = ctx.use(HOME_WORKERS_COVERED, context.parameterDate);
  const apprenticeTypes = ctx.use(APPRENTICE_TYPES_COVERED, context.parameterDate);
  const seniority = seniorityRule(context, ctx);
  return (worker) => {
    const reasons: Reason[] = [];
    if (worker.category === 'DIRIGENTE') reasons.push({ code: 'DIRIGENTE', message: 'I dirigenti sono esclusi dall’assegno' });
    if (worker.isPublicEmployee) reasons.push({ code: 'PUBLIC_EMPLOYEE', message: 'I dipendenti pubblici sono esclusi dall’assegno' });
    if (worker.category === 'HOME_WORKER' && !homeWorkersCovered) {
      ctx.warnSetting('homeWorkersAndApprenticesFrom2022');
      if (!override) reasons.push({ code: 'HOME_WORKER', message: 'I lavoratori a domicilio sono coperti dal Fondo solo dal regime 2023 (27/01/2024)' });
    }
    if (worker.category === 'APPRENTICE' && !apprenticeTypes.includes(worker.apprenticeType ?? 'TYPE2_PROFESSIONALISING')) {
      ctx.warnSetting('homeWorkersAndApprenticesFrom2022');
      if (!override) reasons.push({ code: 'APPRENTICE_TYPE', message: 'In questo regime il Fondo copre solo l’apprendistato professionalizzante' });
    }
    if (worker.hireDate > context.periodEnd) {
      reasons.push({ code: 'NOT_YET_HIRED', message: `Assunto il ${worker.hireDate}, dopo la fine del periodo richiesto` });
    }
    const s = seniority.check(worker);
    if (!s.passed) reasons.push({ code: 'SENIORITY', message: `Anzianità insufficiente: ${s.days} giorni su ${s.required} richiesti (${s.detail})` });
    if (reasons.length) ctx.add(`F-1/${worker.id}`, ELIGIBILITY_CITATION, 'fail', `Lavoratore ${worker.id}: ${reasons.map((r) => r.message).join('; ')}`);
    return { eligible: reasons.length === 0, reasons, seniorityDays: s.days };
  };
}

/** One worker (tests, single checks); simulate() uses workerEligibilityRule for the whole list. */
export function workerEligibility(worker: WorkerEligibilityInput, context: EligibilityContext, ctx: RuleContext): WorkerEligibility {
  const result = workerEligibilityRule(context, ctx)(worker);
  if (result.eligible) ctx.add(`F-1/${worker.id}`, ELIGIBILITY_CITATION, 'pass', `Lavoratore ${worker.id}: destinatario`);
  return result;
}
