// Who receives the AIS — INPS circ. 112/2025 and msg. 370/2024 (R2023: employees including
// apprentices of every type and home workers; dirigenti and public employees excluded);
// D.I. 103593/2019 art. 2 c. 8 and c. 11 (R2019: professionalising apprentices only; home workers
// excluded). J-4: for 2022–2023 periods home workers and other apprentices only with the override.
// F-3: an apprentice's apprenticeship is extended by the hours of AIS used.
import type { CalendarDate } from '../core/calendar-date';
import { cite } from '../core/citation';
import type { RuleContext } from '../context';
import { APPRENTICE_TYPES_COVERED, HOME_WORKERS_COVERED } from '../parameters/fstn/eligibility';
import { NATIONAL_REFORM_2022_START } from '../parameters/national/cigo-cigs';
import { SOURCES } from '../parameters/sources';
import type { FstnRegimeId } from '../regimes/select-regime';
import type { ApprenticeType, WorkerCategory } from '../types';
import { seniority, type SeniorityInput } from './seniority';

export type WorkerEligibilityInput = Omit<SeniorityInput, 'regimeId' | 'parameterDate' | 'applicationDate'> & {
  id: string;
  category: WorkerCategory;
  apprenticeType?: ApprenticeType | null;
  isPublicEmployee?: boolean;
  hireDate: CalendarDate;
};

export type Reason = { code: string; message: string };
export type WorkerEligibility = { eligible: boolean; reasons: Reason[]; seniorityDays: number };

export function workerEligibility(
  worker: WorkerEligibilityInput,
  context: { regimeId: FstnRegimeId; parameterDate: CalendarDate; applicationDate: CalendarDate; periodStart: CalendarDate; periodEnd: CalendarDate },
  ctx: RuleContext,
): WorkerEligibility {
  const reasons: Reason[] = [];
  const exclusion = cite(SOURCES.C112);
  const rule = `F-1/${worker.id}`;
  if (worker.category === 'DIRIGENTE') reasons.push({ code: 'DIRIGENTE', message: 'I dirigenti sono esclusi dall’assegno' });
  if (worker.isPublicEmployee) reasons.push({ code: 'PUBLIC_EMPLOYEE', message: 'I dipendenti pubblici sono esclusi dall’assegno' });
  const reform2022 = NATIONAL_REFORM_2022_START.values[0]!.value!;
  const override = ctx.settings.homeWorkersAndApprenticesFrom2022 && context.periodStart >= reform2022;
  if (worker.category === 'HOME_WORKER') {
    const covered = ctx.cited(HOME_WORKERS_COVERED, context.parameterDate);
    if (!covered.value) {
      ctx.warnSetting('homeWorkersAndApprenticesFrom2022');
      if (!override) reasons.push({ code: 'HOME_WORKER', message: 'I lavoratori a domicilio sono coperti dal Fondo solo dal regime 2023 (27/01/2024)' });
    }
  }
  if (worker.category === 'APPRENTICE') {
    const types = ctx.cited(APPRENTICE_TYPES_COVERED, context.parameterDate);
    const type = worker.apprenticeType ?? 'TYPE2_PROFESSIONALISING';
    if (!types.value.includes(type)) {
      ctx.warnSetting('homeWorkersAndApprenticesFrom2022');
      if (!override) reasons.push({ code: 'APPRENTICE_TYPE', message: 'In questo regime il Fondo copre solo l’apprendistato professionalizzante' });
    }
  }
  if (worker.hireDate > context.periodEnd) {
    reasons.push({ code: 'NOT_YET_HIRED', message: `Assunto il ${worker.hireDate}, dopo la fine del periodo richiesto` });
  }
  const s = seniority({ ...worker, regimeId: context.regimeId, parameterDate: context.parameterDate, applicationDate: context.applicationDate }, ctx);
  if (!s.passed) reasons.push({ code: 'SENIORITY', message: `Anzianità insufficiente: ${s.days} giorni su ${s.required} richiesti (${s.detail})` });
  const eligible = reasons.length === 0;
  ctx.add(rule, exclusion, eligible ? 'pass' : 'fail', eligible ? `Lavoratore ${worker.id}: destinatario; ${s.detail}` : `Lavoratore ${worker.id}: ${reasons.map((r) => r.message).join('; ')}`);
  return { eligible, reasons, seniorityDays: s.days };
}
