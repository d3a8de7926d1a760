// Reason codes of the Committee's decisions, each citing the rule of the regulation it applies
// (digest paragraph + legal source). A rejection must give at least one; a partial approval says
// why it is partial; a direct-payment authorisation names its ground (digest C-4, test T43).
// Pure data: the decision schema, the review page, the e-mails and the reports read it.
import { cite, type Citation } from '@/lib/rules/core/citation';
import { SOURCES } from '@/lib/rules/parameters/sources';

export type ReasonUse = 'REJECT' | 'APPROVE_PARTIAL' | 'AUTHORISE_DIRECT_PAYMENT';

export type ReasonCode = {
  code: string;
  /** Digest paragraph(s) the reason applies, e.g. "A-6". */
  digest: string;
  citation: Citation;
  label: { it: string; en: string };
  uses: readonly ReasonUse[];
};

const reason = (code: string, digest: string, citation: Citation, uses: readonly ReasonUse[], it: string, en: string): ReasonCode => ({
  code,
  digest,
  citation,
  label: { it, en },
  uses,
});

const REJECT = ['REJECT'] as const;
const PARTIAL = ['APPROVE_PARTIAL'] as const;
const BOTH = ['REJECT', 'APPROVE_PARTIAL'] as const;
const DIRECT = ['AUTHORISE_DIRECT_PAYMENT'] as const;

export const REASON_CODES: readonly ReasonCode[] = [
  // A. Scope of the fund.
  reason('SCOPE_CIGO', 'A-2', cite(SOURCES.D148, 'art. 40 c. 3'), REJECT, 'Datore di lavoro rientrante nella CIGO (art. 10 d.lgs. 148/2015): fuori dal campo del Fondo', 'Employer covered by CIGO (art. 10 d.lgs. 148/2015): outside the Fund'),
  reason('SCOPE_BILATERAL_FUND', 'A-2, A-3', cite(SOURCES.D148, 'art. 40 c. 4'), REJECT, 'Datore coperto da un fondo bilaterale (art. 26) o alternativo (art. 27) senza adesione al Fondo', 'Employer covered by a bilateral (art. 26) or alternative (art. 27) fund without opting in'),
  reason('SCOPE_WORKFORCE_75', 'A-6', cite(SOURCES.DI2019, 'art. 2 c. 1–2'), REJECT, 'Meno del 75 % dei dipendenti in unità produttive in provincia di Trento nel mese di riferimento', 'Less than 75 % of employees in production units in the Province of Trento in the reference month'),
  reason('SCOPE_EXITED', 'A-4', cite(SOURCES.DI2019, 'art. 2 c. 5'), REJECT, 'Datore uscito dal Fondo verso un fondo bilaterale nazionale prima del periodo richiesto', 'Employer left the Fund for a national bilateral fund before the requested period'),
  // C. Causes.
  reason('CAUSE_NOT_ADMITTED', 'C-1', cite(SOURCES.C112), REJECT, 'Causale non ammessa per la classe dimensionale o il regime del periodo', 'Cause not admitted for the size class or the regime of the period'),
  reason('CAUSE_CESSATION', 'C-1, J-21', cite(SOURCES.DIGEST, '§J-21', 'I'), REJECT, 'Crisi dovuta a cessazione dell’attività: non è una causale del Fondo', 'Crisis due to the cessation of the business: not a cause of the Fund'),
  reason('CAUSE_NOT_DOCUMENTED', 'C-1, G-3', cite(SOURCES.D148, 'art. 15 c. 1'), BOTH, 'Causale non documentata dalla relazione tecnica o dagli allegati', 'Cause not documented by the technical report or the attachments'),
  // D. Durations and windows.
  reason('LIMIT_PER_REQUEST', 'D-1, D-2', cite(SOURCES.C112), BOTH, 'Settimane oltre il massimo per singola domanda (13 per la classe C1, 26 per la C2)', 'Weeks beyond the per-request maximum (13 for class C1, 26 for C2)'),
  reason('LIMIT_BIENNIUM', 'D-1, D-2, D-3, D-6', cite(SOURCES.C112), BOTH, 'Limite di 52 settimane nel biennio mobile raggiunto', '52-week limit in the rolling biennium reached'),
  reason('LIMIT_SOLIDARITY_CONTRACT', 'D-1, D-2, D-3, J-9', cite(SOURCES.C112), BOTH, 'Limite di durata del contratto di solidarietà raggiunto', 'Duration limit of the solidarity contract reached'),
  reason('LIMIT_QUINQUENNIUM_CIGS', 'D-3', cite(SOURCES.C112), BOTH, 'Limite di mesi nel quinquennio mobile per crisi (12) o riorganizzazione (24) raggiunto', 'Month limit in the rolling quinquennium for crisis (12) or reorganisation (24) reached'),
  reason('LIMIT_ART4', 'D-4', cite(SOURCES.D148, 'art. 4 c. 1'), BOTH, 'Durata massima complessiva di 24 mesi nel quinquennio mobile (art. 4 d.lgs. 148/2015) raggiunta', 'Overall maximum of 24 months in the rolling quinquennium (art. 4 d.lgs. 148/2015) reached'),
  // F. Workers.
  reason('NO_ELIGIBLE_WORKERS', 'F-1…F-4', cite(SOURCES.C112), REJECT, 'Nessun lavoratore destinatario dell’assegno', 'No worker is entitled to the allowance'),
  reason('WORKER_CATEGORY', 'F-1, F-2, F-3', cite(SOURCES.C112), PARTIAL, 'Lavoratori esclusi per categoria (dirigenti; lavoratori a domicilio e apprendisti non professionalizzanti prima del 2024)', 'Workers excluded by category (managers; home workers and non-professionalising apprentices before 2024)'),
  reason('WORKER_SENIORITY', 'F-4', cite(SOURCES.C112), PARTIAL, 'Lavoratori senza 30 giorni di lavoro effettivo presso l’unità produttiva alla data della domanda', 'Workers without 30 days of effective work at the production unit on the application date'),
  reason('HOURS_NOT_DOCUMENTED', 'C-2, G-3', cite(SOURCES.D148, 'art. 3 c. 1'), PARTIAL, 'Ore di sospensione o riduzione ridotte a quelle documentate', 'Hours of suspension or reduction reduced to those documented'),
  // G. Procedure.
  reason('UNION_PROCEDURE', 'G-1', cite(SOURCES.D148, 'art. 14'), REJECT, 'Procedura di informazione e consultazione sindacale non svolta o non documentata', 'Union information and consultation procedure not carried out or not documented'),
  reason('FILING_TOO_EARLY', 'G-2', cite(SOURCES.D148, 'art. 30 c. 2'), REJECT, 'Domanda presentata più di 30 giorni prima dell’inizio della sospensione o riduzione', 'Application filed more than 30 days before the suspension or reduction began'),
  reason('FILING_LATE', 'G-2, J-16', cite(SOURCES.D148, 'art. 15 c. 3'), BOTH, 'Domanda tardiva (oltre 15 giorni dall’inizio): assegno solo dalla settimana precedente la domanda', 'Late application (more than 15 days after the start): allowance only from the week before filing'),
  reason('INFORMATION_NOT_PROVIDED', 'G-3', cite(SOURCES.D148, 'art. 15 c. 1'), REJECT, 'Integrazioni richieste non fornite dall’azienda', 'Information requested not provided by the employer'),
  // C-4. Direct payment by INPS: only these two grounds (test T43).
  reason('DIRECT_PAYMENT_INSOLVENCY', 'C-4, G-5', cite(SOURCES.C112), DIRECT, 'Pagamento diretto: stato di insolvenza giuridicamente rilevante', 'Direct payment: legally relevant insolvency'),
  reason('DIRECT_PAYMENT_FINANCIAL_DIFFICULTY', 'C-4, G-5', cite(SOURCES.DI2019, 'art. 7 c. 4'), DIRECT, 'Pagamento diretto: gravi e documentate difficoltà finanziarie', 'Direct payment: serious and documented financial difficulties'),
];

export const REASON_CODE_VALUES = REASON_CODES.map((r) => r.code) as [string, ...string[]];
const BY_CODE = new Map(REASON_CODES.map((r) => [r.code, r]));

export function reasonCode(code: string): ReasonCode | undefined {
  return BY_CODE.get(code);
}

export function reasonCodesFor(use: ReasonUse): ReasonCode[] {
  return REASON_CODES.filter((r) => r.uses.includes(use));
}
