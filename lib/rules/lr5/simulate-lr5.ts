// Regional support under L.R. (Trentino-Alto Adige) 15 luglio 2009 n. 5 — implementing regulation
// (seed 003, primary text; digest H-3). Art. 1 c. 4: interventions for periods up to 31 Dec 2010.
// Art. 2 c. 3: exclusions. Art. 3 c. 1: domicile and residence in the Province, 180 days with the
// last employer (agency workers: cumulated in the last 12 months), availability for offers, last
// employment started in Trento or Bolzano. Art. 3 c. 2: project collaborators with ≥ 6 months in
// the last 24 (≥ 3 consecutive right before termination), a single client, 600–3,000 EUR gross a
// month. Art. 3 c. 3: regional + State indemnity ≤ 1,065.00 EUR gross a month. Art. 4: pension
// contribution to Pensplan for members of a pension fund for at least 6 months.
import { firstDayOfMonthKey, lastDayOfMonthKey, parseMonthKey, type CalendarDate } from '../core/calendar-date';
import { cite } from '../core/citation';
import { dec, maxDecimal, minDecimal, moneyString } from '../core/money';
import type { TraceStep } from '../core/trace';
import { RuleContext } from '../context';
import { LR5_2009 } from '../parameters/regional/lr-5-2009';
import { SOURCES } from '../parameters/sources';

export const LR5_EXCLUDED_STATUSES = [
  'DOMESTIC_WORKER',
  'PENSIONER',
  'SEASONAL_TOURISM_AGRICULTURE',
  'PEAK_ACTIVITY_HIRE',
  'VAT_SELF_EMPLOYED',
  'FIXED_TERM_SUBSTITUTE',
  'RESIGNED_OTHER',
] as const;
export type Lr5ExcludedStatus = (typeof LR5_EXCLUDED_STATUSES)[number];

export type Lr5Input = {
  /** Month of the support (YYYY-MM). */
  supportMonth: string;
  /** Province granting the intervention. */
  province: 'TN' | 'BZ';
  kind: 'EMPLOYEE' | 'AGENCY_WORKER' | 'PROJECT_COLLABORATOR';
  excludedStatus?: Lr5ExcludedStatus | null;
  residenceProvince: string;
  domicileProvince: string;
  lastEmploymentProvince: string;
  availableForOffers: boolean;
  seniorityDaysWithLastEmployer?: number;
  agencyDaysLast12Months?: number;
  collaborator?: { monthsInLast24: number; consecutiveMonthsBeforeTermination: number; singleClient: boolean; monthlyIncome: string };
  pensionFundMonths?: number;
  /** Monthly State indemnity (CIG, unemployment benefit…). */
  stateIndemnity: string;
  /** Monthly regional indemnity as computed by the Province. */
  regionalIndemnityComputed: string;
};

export type Lr5Result = {
  eligible: boolean;
  reasons: string[];
  regionalPaid: string;
  total: string;
  pensionContribution: boolean;
  trace: TraceStep[];
};

const EXCLUSION_LABEL: Record<Lr5ExcludedStatus, string> = {
  DOMESTIC_WORKER: 'lavoratori domestici',
  PENSIONER: 'titolari di pensione di anzianità o vecchiaia',
  SEASONAL_TOURISM_AGRICULTURE: 'lavoratori stagionali del turismo e dell’agricoltura',
  PEAK_ACTIVITY_HIRE: 'assunti per punte stagionali di attività',
  VAT_SELF_EMPLOYED: 'lavoratori autonomi con partita IVA',
  FIXED_TERM_SUBSTITUTE: 'sostituti a termine di personale con diritto alla conservazione del posto',
  RESIGNED_OTHER: 'dimissionari per motivi diversi dalla giusta causa',
};

export function simulateLr5_2009(input: Lr5Input, context?: RuleContext): Lr5Result {
  const ctx = context ?? new RuleContext();
  const month = parseMonthKey(input.supportMonth);
  const day: CalendarDate = firstDayOfMonthKey(month);
  const reasons: string[] = [];
  const first = LR5_2009.values[0]!;
  const p = day >= first.from ? ctx.use(LR5_2009, day) : first.value!;
  const art = (a: string) => cite(SOURCES.SEED3, a);

  const inPeriod = day >= first.from && lastDayOfMonthKey(month) <= p.lastPayableDay;
  if (!inPeriod) reasons.push(`Interventi solo per periodi fino al ${p.lastPayableDay} (e dall’entrata in vigore della legge)`);
  ctx.add('H-3/art. 1', art('art. 1 c. 4'), inPeriod ? 'pass' : 'fail', inPeriod ? `Mese ${month} nel periodo degli interventi` : reasons[0]!);

  if (input.excludedStatus) {
    const r = `Esclusi: ${EXCLUSION_LABEL[input.excludedStatus]}`;
    reasons.push(r);
    ctx.add('H-3/art. 2', art('art. 2 c. 3'), 'fail', r);
  }
  const prov = input.province;
  if (input.residenceProvince !== prov || input.domicileProvince !== prov) reasons.push(`Domicilio e residenza nella Provincia (${prov}) alla cessazione o sospensione`);
  if (input.lastEmploymentProvince !== 'TN' && input.lastEmploymentProvince !== 'BZ') reasons.push('L’ultimo rapporto deve essere iniziato in provincia di Trento o Bolzano');
  if (!input.availableForOffers) reasons.push('Serve la disponibilità a offerte di lavoro e formazione');

  if (input.kind === 'PROJECT_COLLABORATOR') {
    const c = input.collaborator;
    const income = dec(c?.monthlyIncome ?? '0');
    if (!c || c.monthsInLast24 < p.collaboratorMinMonths) reasons.push(`Almeno ${p.collaboratorMinMonths} mesi di collaborazione negli ultimi ${p.collaboratorWindowMonths}`);
    if (!c || c.consecutiveMonthsBeforeTermination < p.collaboratorMinConsecutiveMonths) reasons.push(`Almeno ${p.collaboratorMinConsecutiveMonths} mesi consecutivi immediatamente prima della cessazione`);
    if (!c?.singleClient) reasons.push('Monocommittenza nell’ultimo rapporto');
    if (income.lt(p.collaboratorMinIncome) || income.gt(p.collaboratorMaxIncome)) reasons.push(`Reddito dell’ultimo contratto tra ${p.collaboratorMinIncome} e ${p.collaboratorMaxIncome} € lordi mensili`);
  } else {
    const days = input.kind === 'AGENCY_WORKER' ? Math.max(input.seniorityDaysWithLastEmployer ?? 0, input.agencyDaysLast12Months ?? 0) : (input.seniorityDaysWithLastEmployer ?? 0);
    if (days < p.minSeniorityDays) reasons.push(`Anzianità di ${days} giorni: ne servono ${p.minSeniorityDays} con l’ultimo datore`);
  }
  const requirementsMet = reasons.length === 0;
  ctx.add('H-3/art. 3', art(input.kind === 'PROJECT_COLLABORATOR' ? 'art. 3 c. 2' : 'art. 3 c. 1'), requirementsMet ? 'pass' : 'fail', requirementsMet ? 'Requisiti soggettivi soddisfatti' : reasons.join('; '));

  const state = dec(input.stateIndemnity);
  const room = maxDecimal(dec(p.totalMonthlyCap).minus(state), dec(0));
  const regional = requirementsMet ? minDecimal(dec(input.regionalIndemnityComputed), room) : dec(0);
  if (requirementsMet) {
    ctx.add('H-3/art. 3 c. 3', art('art. 3 c. 3'), 'info', `Indennità regionale ${moneyString(regional)} (calcolata ${moneyString(input.regionalIndemnityComputed)}): con quella statale ${moneyString(state)} non supera ${p.totalMonthlyCap} € lordi mensili`);
  }
  const pensionContribution = requirementsMet && (input.pensionFundMonths ?? 0) >= p.pensionFundMinMonths;
  if (requirementsMet) ctx.add('H-3/art. 4', art('art. 4'), pensionContribution ? 'pass' : 'info', pensionContribution ? 'Contributo previdenziale versato a Pensplan Centrum' : `Nessun contributo previdenziale: iscrizione a un fondo pensione da meno di ${p.pensionFundMinMonths} mesi`);
  return {
    eligible: requirementsMet,
    reasons,
    regionalPaid: moneyString(regional),
    total: moneyString(requirementsMet ? state.plus(regional) : state),
    pensionContribution,
    trace: ctx.trace,
  };
}
