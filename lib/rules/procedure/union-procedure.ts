// Union information and consultation — d.lgs. 148/2015 art. 14 (text in force from 27 Jan 2022),
// INPS circ. 112/2025 (digest G-1, J-6): the procedure ends within 25 days of the communication, 10
// for companies up to 50 employees; for objectively unavoidable events, when the reduction exceeds
// 16 hours a week, a joint examination requested within 3 days ends within the 5 following days.
// Extraordinary causes follow the CIGS procedure (art. 24: request within 3 days; 10/25 days); the
// solidarity contract needs a company agreement.
import { addDays, type CalendarDate } from '../core/calendar-date';
import { cite } from '../core/citation';
import type { RuleContext } from '../context';
import {
  CIGS_JOINT_EXAM_REQUEST_DAYS,
  UNAVOIDABLE_EVENT,
  UNION_PROCEDURE_COMPANY_THRESHOLD,
  UNION_PROCEDURE_DAYS,
} from '../parameters/fstn/procedure';
import { SOURCES } from '../parameters/sources';
import { isExtraordinaryCause, type Cause } from '../types';

export type UnionProcedureInput = {
  cause: Cause;
  companyHeadcount?: number | null;
  unavoidableEvent?: boolean;
  weeklyReductionHours?: string | number | null;
  unionCommunicationDate?: CalendarDate | null;
  jointExamRequestDate?: CalendarDate | null;
  agreementDate?: CalendarDate | null;
  applicationDate: CalendarDate;
};

export type UnionProcedure = {
  kind: 'ORDINARY' | 'UNAVOIDABLE_EVENT' | 'EXTRAORDINARY';
  jointExamRequired: boolean;
  /** Last day to request the joint examination (unavoidable events and extraordinary causes). */
  jointExamRequestBy: CalendarDate | null;
  jointExamRequestInTime: boolean | null;
  /** Day by which the procedure must be over. */
  endsBy: CalendarDate | null;
  agreementRequired: boolean;
  /** 'fail' blocks the request; 'warn' means still to be done. */
  outcome: 'pass' | 'warn' | 'fail';
  detail: string;
};

export function unionProcedure(input: UnionProcedureInput, ctx: RuleContext): UnionProcedure {
  const comm = input.unionCommunicationDate ?? null;
  const date = comm ?? input.applicationDate;
  const days = ctx.cited(UNION_PROCEDURE_DAYS, date);
  const threshold = ctx.use(UNION_PROCEDURE_COMPANY_THRESHOLD, date);
  const small = input.companyHeadcount != null && input.companyHeadcount <= threshold;
  if (input.companyHeadcount == null) {
    ctx.warn({ code: 'G-1/HEADCOUNT', digest: 'G-1', status: 'I', message: 'Organico dell’impresa non indicato: termine della procedura sindacale calcolato in 25 giorni', citation: days.citation });
  }
  const totalDays = small ? days.value.upToThreshold : days.value.overThreshold;
  const extraordinary = isExtraordinaryCause(input.cause);
  const agreementRequired = input.cause === 'SOLIDARITY_CONTRACT';
  let result: UnionProcedure;

  if (extraordinary) {
    const request = ctx.cited(CIGS_JOINT_EXAM_REQUEST_DAYS, date);
    const requestBy = comm ? addDays(comm, request.value) : null;
    const inTime = requestBy && input.jointExamRequestDate ? input.jointExamRequestDate <= requestBy : null;
    result = {
      kind: 'EXTRAORDINARY',
      jointExamRequired: true,
      jointExamRequestBy: requestBy,
      jointExamRequestInTime: inTime,
      endsBy: comm ? addDays(comm, totalDays) : null,
      agreementRequired,
      outcome: 'pass',
      detail: comm
        ? `Procedura sul modello CIGS: esame congiunto richiesto entro il ${requestBy}, conclusa entro il ${addDays(comm, totalDays)} (${totalDays} giorni)`
        : `Procedura sul modello CIGS da avviare: esame congiunto entro 3 giorni dalla comunicazione, conclusione entro ${totalDays} giorni`,
    };
    ctx.warnSetting('extraordinaryCausesInCigsScope', 'Procedura sindacale delle causali straordinarie sul modello CIGS (art. 24)');
  } else if (input.unavoidableEvent) {
    const ue = ctx.cited(UNAVOIDABLE_EVENT, date);
    const hours = Number(input.weeklyReductionHours ?? 0);
    const required = hours > ue.value.hoursThreshold;
    const requestBy = comm && required ? addDays(comm, ue.value.requestDays) : null;
    const inTime = requestBy && input.jointExamRequestDate ? input.jointExamRequestDate <= requestBy : null;
    const endsBy = required && input.jointExamRequestDate ? addDays(input.jointExamRequestDate, ue.value.examDays) : null;
    result = {
      kind: 'UNAVOIDABLE_EVENT',
      jointExamRequired: required,
      jointExamRequestBy: requestBy,
      jointExamRequestInTime: inTime,
      endsBy,
      agreementRequired,
      outcome: 'pass',
      detail: required
        ? `Evento non evitabile con riduzione oltre ${ue.value.hoursThreshold} ore settimanali: esame congiunto su richiesta entro il ${requestBy ?? '3° giorno dalla comunicazione'}${endsBy ? `, concluso entro il ${endsBy}` : ', concluso nei 5 giorni successivi alla richiesta'}`
        : `Evento non evitabile con riduzione fino a ${ue.value.hoursThreshold} ore settimanali: basta la comunicazione, senza esame congiunto`,
    };
  } else {
    result = {
      kind: 'ORDINARY',
      jointExamRequired: false,
      jointExamRequestBy: null,
      jointExamRequestInTime: null,
      endsBy: comm ? addDays(comm, totalDays) : null,
      agreementRequired,
      outcome: 'pass',
      detail: comm
        ? `Comunicazione del ${comm}: la procedura si esaurisce entro il ${addDays(comm, totalDays)} (${totalDays} giorni, impresa ${small ? 'fino a' : 'oltre'} ${threshold} dipendenti)`
        : `Informazione e consultazione sindacale da effettuare prima della domanda (si esaurisce entro ${totalDays} giorni)`,
    };
  }

  if (!comm) {
    result.outcome = 'warn';
  } else if (comm > input.applicationDate) {
    result.outcome = 'fail';
    result.detail = `La comunicazione sindacale (${comm}) deve precedere la domanda (${input.applicationDate}). ${result.detail}`;
  } else if (result.jointExamRequestInTime === false) {
    result.outcome = 'fail';
    result.detail = `Esame congiunto richiesto oltre il termine del ${result.jointExamRequestBy}. ${result.detail}`;
  }
  if (agreementRequired && (!input.agreementDate || input.agreementDate > input.applicationDate)) {
    result.outcome = 'fail';
    result.detail = `Il contratto di solidarietà richiede un accordo aziendale stipulato prima della domanda. ${result.detail}`;
  }
  ctx.add('G-1', extraordinary ? cite(SOURCES.D148, 'art. 24', 'I') : days.citation, result.outcome, result.detail);
  return result;
}
