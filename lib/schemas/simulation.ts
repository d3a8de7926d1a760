// The AIS simulation scenario (lib/rules simulate()): one zod schema for the public simulator form,
// the JSON API, the CLI and the wizard's actions. Messages are keys (ADR 004) resolved by
// lib/schemas/messages; the catalogue is at the end of this file. The rules library itself does
// not import zod: this schema is its gate, and simulate() re-checks the references it relies on.
import { z } from 'zod';
import { isCalendarDate, isMonthKey } from '@/lib/rules/core/calendar-date';
import {
  APPRENTICE_TYPES,
  BILATERAL_FUND_COVERS,
  CAUSES,
  CONTRACT_TYPES,
  DIRECT_PAYMENT_GROUNDS,
  LEDGER_KINDS,
  PAY_BASES,
  PAYMENT_MODES,
  REDUCTION_TYPES,
  WORKER_CATEGORIES,
} from '@/lib/rules/types';
import { COMMITTEE_PARAMETER_KEYS } from '@/lib/rules/parameters/committee';

// Bounds keep one request's evaluation small (a filing is one production unit's request).
export const SIMULATION_MAX_WORKERS = 5000;
export const SIMULATION_MAX_UNITS = 200;
export const SIMULATION_MAX_LEDGER = 2000;
export const SIMULATION_MAX_HEADCOUNTS = 5000;
export const SIMULATION_MAX_PERIOD_DAYS = 3 * 366;
export const ID_MAX = 64;

const MONEY = /^\d{1,10}(\.\d{1,2})?$/;
const HOURLY = /^\d{1,6}(\.\d{1,4})?$/;
const HOURS = /^\d{1,6}(\.\d{1,2})?$/;


const date = (key: string) => z.string({ error: `${key}.required` }).refine(isCalendarDate, `${key}.invalid`);
const optionalDate = (key: string) => date(key).nullish();
const month = (key: string) => z.string({ error: `${key}.required` }).refine(isMonthKey, `${key}.invalid`);
const decimal = (pattern: RegExp, key: string) => z.string({ error: `${key}.required` }).regex(pattern, `${key}.invalid`);
const id = (key: string) => z.string({ error: `${key}.required` }).min(1, `${key}.required`).max(ID_MAX, `${key}.tooLong`);
const choice = <T extends readonly [string, ...string[]]>(values: T, key: string) => z.enum(values, { error: `${key}.invalid` });
const flag = (key: string) => z.boolean({ error: `${key}.invalid` });
const count = (key: string, max: number) => z.number({ error: `${key}.invalid` }).int(`${key}.invalid`).min(0, `${key}.invalid`).max(max, `${key}.invalid`);

const days = (a: string, b: string) => (Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) - Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) / 86_400_000;

const employerSchema = z.object({
  inCigoScope: flag('simulation.employer.inCigoScope'),
  inCigsScope: flag('simulation.employer.inCigsScope'),
  bilateralFund: choice(BILATERAL_FUND_COVERS, 'simulation.employer.bilateralFund'),
  optInDate: optionalDate('simulation.employer.optInDate'),
  exitDate: optionalDate('simulation.employer.exitDate'),
  activityStartDate: optionalDate('simulation.employer.activityStartDate'),
  companyHeadcount: count('simulation.employer.companyHeadcount', 1_000_000).nullish(),
});

const unitSchema = z.object({
  id: id('simulation.unit.id'),
  provinceCode: z.string({ error: 'simulation.unit.provinceCode.required' }).regex(/^[A-Za-z]{2}$/, 'simulation.unit.provinceCode.invalid'),
  comuneName: z.string({ error: 'simulation.unit.comuneName.required' }).trim().min(1, 'simulation.unit.comuneName.required').max(120, 'simulation.unit.comuneName.tooLong'),
});

const headcountSchema = z.object({
  productionUnitId: id('simulation.headcount.productionUnitId'),
  month: month('simulation.headcount.month'),
  heads: count('simulation.headcount.heads', 1_000_000),
  sizeUnits: decimal(HOURS, 'simulation.headcount.sizeUnits'),
});

const ledgerSchema = z.object({
  id: z.string().max(ID_MAX, 'simulation.ledger.id.tooLong').optional(),
  productionUnitId: id('simulation.ledger.productionUnitId'),
  kind: choice(LEDGER_KINDS, 'simulation.ledger.kind'),
  cause: choice(CAUSES, 'simulation.ledger.cause'),
  periodStart: date('simulation.ledger.periodStart'),
  periodEnd: date('simulation.ledger.periodEnd'),
  weeks: decimal(HOURS, 'simulation.ledger.weeks'),
  neutralised: flag('simulation.ledger.neutralised'),
  requestId: z.string().max(ID_MAX, 'simulation.ledger.requestId.tooLong').nullish(),
});

const requestSchema = z.object({
  productionUnitId: id('simulation.request.productionUnitId'),
  cause: choice(CAUSES, 'simulation.request.cause'),
  reductionType: choice(REDUCTION_TYPES, 'simulation.request.reductionType'),
  periodStart: date('simulation.request.periodStart'),
  periodEnd: date('simulation.request.periodEnd'),
  weekDays: z.union([z.literal(5), z.literal(6)], { error: 'simulation.request.weekDays.invalid' }),
  paymentMode: choice(PAYMENT_MODES, 'simulation.request.paymentMode'),
  directPaymentGrounds: z.array(choice(DIRECT_PAYMENT_GROUNDS, 'simulation.request.directPaymentGrounds'), { error: 'simulation.request.directPaymentGrounds.invalid' }).max(2).optional(),
  unavoidableEvent: flag('simulation.request.unavoidableEvent').optional(),
  weeklyReductionHours: decimal(HOURS, 'simulation.request.weeklyReductionHours').nullish(),
  affectedDays: count('simulation.request.affectedDays', 1200).nullish(),
  crisisDueToCessation: flag('simulation.request.crisisDueToCessation').optional(),
  requestId: z.string().max(ID_MAX, 'simulation.request.requestId.tooLong').nullish(),
});

const workerSchema = z.object({
  id: id('simulation.worker.id'),
  category: choice(WORKER_CATEGORIES, 'simulation.worker.category'),
  contractType: choice(CONTRACT_TYPES, 'simulation.worker.contractType'),
  apprenticeType: choice(APPRENTICE_TYPES, 'simulation.worker.apprenticeType').nullish(),
  isPublicEmployee: flag('simulation.worker.isPublicEmployee').optional(),
  hireDate: date('simulation.worker.hireDate'),
  effectiveDaysAtUnit: count('simulation.worker.effectiveDaysAtUnit', 40_000),
  effectiveWorkDates: z.array(date('simulation.worker.effectiveWorkDates'), { error: 'simulation.worker.effectiveWorkDates.invalid' }).max(1500, 'simulation.worker.effectiveWorkDates.tooMany').optional(),
  priorContractorDays: count('simulation.worker.priorContractorDays', 40_000).optional(),
  weeklyHours: decimal(HOURS, 'simulation.worker.weeklyHours').refine((v) => Number(v) > 0 && Number(v) <= 60, 'simulation.worker.weeklyHours.range'),
  payBasis: choice(PAY_BASES, 'simulation.worker.payBasis'),
  monthlyGlobalPay: decimal(MONEY, 'simulation.worker.monthlyGlobalPay').nullish(),
  hourlyGlobalPay: decimal(HOURLY, 'simulation.worker.hourlyGlobalPay').nullish(),
  payDivisor: decimal(HOURS, 'simulation.worker.payDivisor').refine((v) => Number(v) > 0, 'simulation.worker.payDivisor.invalid').nullish(),
  householdWithoutChildren: flag('simulation.worker.householdWithoutChildren'),
  hoursLost: z.union([decimal(HOURS, 'simulation.worker.hoursLost'), z.record(z.string(), decimal(HOURS, 'simulation.worker.hoursLost'))], {
    error: 'simulation.worker.hoursLost.invalid',
  }),
  daysAffected: count('simulation.worker.daysAffected', 1200).optional(),
});

const resolutionSchema = z.object({
  number: id('simulation.resolution.number'),
  date: date('simulation.resolution.date'),
  parameterKey: choice(COMMITTEE_PARAMETER_KEYS, 'simulation.resolution.parameterKey'),
  value: decimal(MONEY, 'simulation.resolution.value'),
  effectiveFrom: date('simulation.resolution.effectiveFrom').optional(),
});

const settingsSchema = z
  .object({
    r2023Start: z.enum(['ENTRY_INTO_FORCE', 'GU_PUBLICATION']),
    capDivisor: z.enum(['MONTH_WORKABLE_HOURS', 'CCNL_DIVISOR']),
    capMode: z.enum(['HOURLY_RAGGUAGLIO', 'MONTHLY_ONLY']),
    ccnlCapDivisor: decimal(HOURS, 'simulation.settings.invalid'),
    monthlyPayDivisor: decimal(HOURS, 'simulation.settings.invalid'),
    excludePublicHolidays: z.boolean(),
    homeWorkersAndApprenticesFrom2022: z.boolean(),
    extraordinaryCausesInCigsScope: z.enum(['ROUTE_TO_CIGS', 'FSTN']),
    overCapacity: z.enum(['TRIM', 'REFUSE']),
    c3MaxWeeksPerRequest: z.number().int().min(1).max(104).nullable(),
    countR2019Periods: z.boolean(),
    windowBasis: z.enum(['CALENDAR_YEARS', 'WEEKS_104']),
    cdsArt22c5: z.boolean(),
    lateFiling: z.enum(['FROM_ONE_WEEK_BEFORE', 'REFUSE']),
    partTimeResidual: z.enum(['DROP_HALF_OR_LESS', 'KEEP_FRACTIONS']),
    art4: z.boolean(),
  }, { error: (issue) => (issue.code === 'unrecognized_keys' ? 'simulation.settings.unknown' : 'simulation.settings.invalid') })
  .partial()
  .strict();

export const simulationScenarioSchema = z
  .object({
    asOf: date('simulation.asOf'),
    applicationDate: date('simulation.applicationDate'),
    employer: employerSchema,
    units: z.array(unitSchema, { error: 'simulation.units.required' }).min(1, 'simulation.units.required').max(SIMULATION_MAX_UNITS, 'simulation.units.tooMany'),
    headcounts: z.array(headcountSchema, { error: 'simulation.headcounts.required' }).max(SIMULATION_MAX_HEADCOUNTS, 'simulation.headcounts.tooMany'),
    ledger: z.array(ledgerSchema, { error: 'simulation.ledger.invalid' }).max(SIMULATION_MAX_LEDGER, 'simulation.ledger.tooMany'),
    request: requestSchema,
    workers: z.array(workerSchema, { error: 'simulation.workers.required' }).min(1, 'simulation.workers.required').max(SIMULATION_MAX_WORKERS, 'simulation.workers.tooMany'),
    procedure: z.object({
      unionCommunicationDate: optionalDate('simulation.procedure.unionCommunicationDate'),
      jointExamRequestDate: optionalDate('simulation.procedure.jointExamRequestDate'),
      agreementDate: optionalDate('simulation.procedure.agreementDate'),
    }),
    payroll: z
      .array(
        z.object({
          month: month('simulation.payroll.month'),
          taxablePay: decimal(MONEY, 'simulation.payroll.taxablePay'),
          dirigentiPay: decimal(MONEY, 'simulation.payroll.dirigentiPay').optional(),
          homeWorkersPay: decimal(MONEY, 'simulation.payroll.homeWorkersPay').optional(),
        }),
      )
      .max(36, 'simulation.payroll.tooMany')
      .optional(),
    committeeResolutions: z.array(resolutionSchema).max(100, 'simulation.resolutions.tooMany').optional(),
    settings: settingsSchema.optional(),
  })
  .superRefine((s, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const unitIds = new Set<string>();
    s.units.forEach((u, i) => {
      if (unitIds.has(u.id)) issue(['units', i, 'id'], 'simulation.unit.id.duplicate');
      unitIds.add(u.id);
    });
    if (!unitIds.has(s.request.productionUnitId)) issue(['request', 'productionUnitId'], 'simulation.request.productionUnitId.unknown');
    const seen = new Set<string>();
    s.headcounts.forEach((h, i) => {
      if (!unitIds.has(h.productionUnitId)) issue(['headcounts', i, 'productionUnitId'], 'simulation.headcount.productionUnitId.unknown');
      const key = `${h.productionUnitId}|${h.month}`;
      if (seen.has(key)) issue(['headcounts', i, 'month'], 'simulation.headcount.month.duplicate');
      seen.add(key);
    });
    s.ledger.forEach((e, i) => {
      if (!unitIds.has(e.productionUnitId)) issue(['ledger', i, 'productionUnitId'], 'simulation.ledger.productionUnitId.unknown');
      if (e.periodEnd < e.periodStart) issue(['ledger', i, 'periodEnd'], 'simulation.ledger.periodEnd.beforeStart');
    });
    const { periodStart, periodEnd } = s.request;
    if (periodEnd < periodStart) issue(['request', 'periodEnd'], 'simulation.request.periodEnd.beforeStart');
    else if (days(periodStart, periodEnd) > SIMULATION_MAX_PERIOD_DAYS) issue(['request', 'periodEnd'], 'simulation.request.periodEnd.tooLong');
    if (periodStart < '2022-01-01') issue(['request', 'periodStart'], 'simulation.request.periodStart.before2022');
    if (s.request.unavoidableEvent && s.request.weeklyReductionHours == null) issue(['request', 'weeklyReductionHours'], 'simulation.request.weeklyReductionHours.required');
    const workerIds = new Set<string>();
    s.workers.forEach((w, i) => {
      if (workerIds.has(w.id)) issue(['workers', i, 'id'], 'simulation.worker.id.duplicate');
      workerIds.add(w.id);
      if (w.payBasis === 'MONTHLY' && !w.monthlyGlobalPay) issue(['workers', i, 'monthlyGlobalPay'], 'simulation.worker.monthlyGlobalPay.required');
      if (w.payBasis === 'HOURLY' && !w.hourlyGlobalPay) issue(['workers', i, 'hourlyGlobalPay'], 'simulation.worker.hourlyGlobalPay.required');
      if (w.apprenticeType && w.category !== 'APPRENTICE') issue(['workers', i, 'apprenticeType'], 'simulation.worker.apprenticeType.notApprentice');
      if (typeof w.hoursLost !== 'string') {
        for (const key of Object.keys(w.hoursLost)) {
          if (!isMonthKey(key) || key < periodStart.slice(0, 7) || key > periodEnd.slice(0, 7)) issue(['workers', i, 'hoursLost', key], 'simulation.worker.hoursLost.month');
        }
      }
    });
  });

export type SimulationScenarioInput = z.input<typeof simulationScenarioSchema>;
export type SimulationScenario = z.output<typeof simulationScenarioSchema>;

export const simulationValidation = {
  it: {
    'simulation.asOf.required': 'Indica la data di riferimento della simulazione',
    'simulation.asOf.invalid': 'La data di riferimento deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.applicationDate.required': 'Indica la data di presentazione della domanda',
    'simulation.applicationDate.invalid': 'La data di presentazione della domanda deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.employer.inCigoScope.invalid': 'Indica se il datore rientra nel campo della CIGO (sì o no)',
    'simulation.employer.inCigsScope.invalid': 'Indica se il datore rientra nel campo della CIGS (sì o no)',
    'simulation.employer.bilateralFund.invalid': 'Scegli il fondo bilaterale del datore: nessuno, fondo art. 26 o fondo alternativo art. 27',
    'simulation.employer.optInDate.invalid': 'La data di adesione facoltativa deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.employer.optInDate.required': 'Indica la data di adesione facoltativa',
    'simulation.employer.exitDate.invalid': 'La data di uscita verso un fondo bilaterale deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.employer.exitDate.required': 'Indica la data di uscita',
    'simulation.employer.activityStartDate.invalid': 'La data di inizio attività deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.employer.activityStartDate.required': 'Indica la data di inizio attività',
    'simulation.employer.companyHeadcount.invalid': 'Il numero di dipendenti dell’impresa deve essere un numero intero non negativo',
    'simulation.units.required': 'Inserisci almeno un’unità produttiva',
    'simulation.units.tooMany': 'Puoi inserire al massimo 200 unità produttive',
    'simulation.unit.id.required': 'Indica l’identificativo dell’unità produttiva',
    'simulation.unit.id.tooLong': 'L’identificativo dell’unità produttiva deve avere al massimo 64 caratteri',
    'simulation.unit.id.duplicate': 'Due unità produttive hanno lo stesso identificativo',
    'simulation.unit.provinceCode.required': 'Indica la sigla della provincia dell’unità produttiva',
    'simulation.unit.provinceCode.invalid': 'La provincia va indicata con la sigla di due lettere, ad esempio TN',
    'simulation.unit.comuneName.required': 'Indica il comune dell’unità produttiva',
    'simulation.unit.comuneName.tooLong': 'Il nome del comune deve avere al massimo 120 caratteri',
    'simulation.headcounts.required': 'Inserisci i dipendenti mese per mese',
    'simulation.headcounts.tooMany': 'Troppi mesi di organico: al massimo 5.000 righe',
    'simulation.headcount.productionUnitId.required': 'Indica l’unità produttiva del mese di organico',
    'simulation.headcount.productionUnitId.tooLong': 'L’identificativo dell’unità produttiva deve avere al massimo 64 caratteri',
    'simulation.headcount.productionUnitId.unknown': 'L’unità produttiva del mese di organico non è tra le unità inserite',
    'simulation.headcount.month.required': 'Indica il mese dell’organico',
    'simulation.headcount.month.invalid': 'Il mese dell’organico va indicato nel formato AAAA-MM',
    'simulation.headcount.month.duplicate': 'Lo stesso mese è indicato due volte per la stessa unità produttiva',
    'simulation.headcount.heads.invalid': 'Il numero di dipendenti del mese deve essere un numero intero non negativo',
    'simulation.headcount.sizeUnits.required': 'Indica i dipendenti a tempo pieno equivalenti del mese',
    'simulation.headcount.sizeUnits.invalid': 'I dipendenti equivalenti vanno indicati come numero con al massimo due decimali, ad esempio 5.5',
    'simulation.ledger.invalid': 'Lo storico dei periodi non è valido',
    'simulation.ledger.tooMany': 'Lo storico può contenere al massimo 2.000 periodi',
    'simulation.ledger.id.tooLong': 'L’identificativo del periodo deve avere al massimo 64 caratteri',
    'simulation.ledger.requestId.tooLong': 'L’identificativo della domanda deve avere al massimo 64 caratteri',
    'simulation.ledger.productionUnitId.required': 'Indica l’unità produttiva del periodo',
    'simulation.ledger.productionUnitId.tooLong': 'L’identificativo dell’unità produttiva deve avere al massimo 64 caratteri',
    'simulation.ledger.productionUnitId.unknown': 'L’unità produttiva del periodo non è tra le unità inserite',
    'simulation.ledger.kind.invalid': 'Il tipo di periodo deve essere storico, prenotato, autorizzato o fruito',
    'simulation.ledger.cause.invalid': 'Scegli una causale valida per il periodo',
    'simulation.ledger.periodStart.required': 'Indica l’inizio del periodo',
    'simulation.ledger.periodStart.invalid': 'L’inizio del periodo deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.ledger.periodEnd.required': 'Indica la fine del periodo',
    'simulation.ledger.periodEnd.invalid': 'La fine del periodo deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.ledger.periodEnd.beforeStart': 'La fine del periodo non può precedere l’inizio',
    'simulation.ledger.weeks.required': 'Indica le settimane del periodo',
    'simulation.ledger.weeks.invalid': 'Le settimane vanno indicate come numero con al massimo due decimali, ad esempio 13 o 4.33',
    'simulation.ledger.neutralised.invalid': 'Indica se il periodo è neutralizzato (sì o no)',
    'simulation.request.productionUnitId.required': 'Indica l’unità produttiva della domanda',
    'simulation.request.productionUnitId.tooLong': 'L’identificativo dell’unità produttiva deve avere al massimo 64 caratteri',
    'simulation.request.productionUnitId.unknown': 'L’unità produttiva della domanda non è tra le unità inserite',
    'simulation.request.cause.invalid': 'Scegli la causale della domanda',
    'simulation.request.reductionType.invalid': 'Indica se si tratta di sospensione o di riduzione dell’orario',
    'simulation.request.periodStart.required': 'Indica la data di inizio della sospensione o riduzione',
    'simulation.request.periodStart.invalid': 'La data di inizio deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.request.periodStart.before2022': 'Il simulatore calcola le domande per periodi dal 1° gennaio 2022',
    'simulation.request.periodEnd.required': 'Indica la data di fine della sospensione o riduzione',
    'simulation.request.periodEnd.invalid': 'La data di fine deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.request.periodEnd.beforeStart': 'La data di fine non può precedere la data di inizio',
    'simulation.request.periodEnd.tooLong': 'Il periodo richiesto non può superare tre anni',
    'simulation.request.weekDays.invalid': 'Indica se la settimana lavorativa è di 5 o di 6 giorni',
    'simulation.request.paymentMode.invalid': 'Scegli la modalità di pagamento: conguaglio o pagamento diretto',
    'simulation.request.directPaymentGrounds.invalid': 'Scegli i motivi del pagamento diretto: insolvenza o gravi difficoltà finanziarie',
    'simulation.request.unavoidableEvent.invalid': 'Indica se si tratta di un evento oggettivamente non evitabile (sì o no)',
    'simulation.request.weeklyReductionHours.invalid': 'Le ore settimanali di riduzione vanno indicate come numero, ad esempio 20',
    'simulation.request.weeklyReductionHours.required': 'Per un evento non evitabile indica le ore settimanali di riduzione',
    'simulation.request.affectedDays.invalid': 'I giorni di sospensione o riduzione devono essere un numero intero non negativo',
    'simulation.request.crisisDueToCessation.invalid': 'Indica se la crisi è dovuta a cessazione di attività (sì o no)',
    'simulation.request.requestId.tooLong': 'L’identificativo della domanda deve avere al massimo 64 caratteri',
    'simulation.workers.required': 'Inserisci almeno un lavoratore',
    'simulation.workers.tooMany': 'Puoi inserire al massimo 5.000 lavoratori',
    'simulation.worker.id.required': 'Indica l’identificativo del lavoratore',
    'simulation.worker.id.tooLong': 'L’identificativo del lavoratore deve avere al massimo 64 caratteri',
    'simulation.worker.id.duplicate': 'Due lavoratori hanno lo stesso identificativo',
    'simulation.worker.category.invalid': 'Scegli la categoria del lavoratore',
    'simulation.worker.contractType.invalid': 'Scegli il tipo di contratto del lavoratore',
    'simulation.worker.apprenticeType.invalid': 'Scegli il tipo di apprendistato',
    'simulation.worker.apprenticeType.notApprentice': 'Il tipo di apprendistato si indica solo per gli apprendisti',
    'simulation.worker.isPublicEmployee.invalid': 'Indica se il lavoratore è un dipendente pubblico (sì o no)',
    'simulation.worker.hireDate.required': 'Indica la data di assunzione del lavoratore',
    'simulation.worker.hireDate.invalid': 'La data di assunzione deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.worker.effectiveDaysAtUnit.invalid': 'I giorni di lavoro effettivo presso l’unità devono essere un numero intero non negativo',
    'simulation.worker.effectiveWorkDates.required': 'Indica le date dei giorni lavorati',
    'simulation.worker.effectiveWorkDates.invalid': 'Le date dei giorni lavorati devono essere date reali nel formato AAAA-MM-GG',
    'simulation.worker.effectiveWorkDates.tooMany': 'Puoi indicare al massimo 1.500 giorni lavorati',
    'simulation.worker.priorContractorDays.invalid': 'I giorni presso il precedente appaltatore devono essere un numero intero non negativo',
    'simulation.worker.weeklyHours.required': 'Indica l’orario contrattuale settimanale',
    'simulation.worker.weeklyHours.invalid': 'L’orario settimanale va indicato come numero, ad esempio 40 o 37.5',
    'simulation.worker.weeklyHours.range': 'L’orario settimanale deve essere maggiore di 0 e al massimo 60 ore',
    'simulation.worker.payBasis.invalid': 'Indica se la retribuzione è mensile o oraria',
    'simulation.worker.monthlyGlobalPay.required': 'Indica la retribuzione globale mensile',
    'simulation.worker.monthlyGlobalPay.invalid': 'La retribuzione mensile va indicata in euro con al massimo due decimali, ad esempio 1850.00',
    'simulation.worker.hourlyGlobalPay.required': 'Indica la retribuzione globale oraria',
    'simulation.worker.hourlyGlobalPay.invalid': 'La retribuzione oraria va indicata in euro con al massimo quattro decimali, ad esempio 11.5607',
    'simulation.worker.payDivisor.required': 'Indica il divisore contrattuale',
    'simulation.worker.payDivisor.invalid': 'Il divisore contrattuale va indicato come numero positivo, ad esempio 173',
    'simulation.worker.householdWithoutChildren.invalid': 'Indica se il nucleo familiare è senza figli a carico (sì o no)',
    'simulation.worker.hoursLost.required': 'Indica le ore non lavorate',
    'simulation.worker.hoursLost.invalid': 'Le ore non lavorate vanno indicate come numero (totale) o mese per mese, ad esempio 120 o 37.5',
    'simulation.worker.hoursLost.month': 'Le ore mensili vanno indicate per i mesi del periodo richiesto, nel formato AAAA-MM',
    'simulation.worker.daysAffected.invalid': 'I giorni di sospensione o riduzione del lavoratore devono essere un numero intero non negativo',
    'simulation.procedure.unionCommunicationDate.invalid': 'La data della comunicazione sindacale deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.procedure.unionCommunicationDate.required': 'Indica la data della comunicazione sindacale',
    'simulation.procedure.jointExamRequestDate.invalid': 'La data della richiesta di esame congiunto deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.procedure.jointExamRequestDate.required': 'Indica la data della richiesta di esame congiunto',
    'simulation.procedure.agreementDate.invalid': 'La data dell’accordo sindacale deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.procedure.agreementDate.required': 'Indica la data dell’accordo sindacale',
    'simulation.payroll.tooMany': 'Puoi indicare al massimo 36 mesi di retribuzioni',
    'simulation.payroll.month.required': 'Indica il mese della retribuzione imponibile',
    'simulation.payroll.month.invalid': 'Il mese della retribuzione va indicato nel formato AAAA-MM',
    'simulation.payroll.taxablePay.required': 'Indica la retribuzione imponibile del mese',
    'simulation.payroll.taxablePay.invalid': 'La retribuzione imponibile va indicata in euro con al massimo due decimali',
    'simulation.payroll.dirigentiPay.required': 'Indica la retribuzione dei dirigenti',
    'simulation.payroll.dirigentiPay.invalid': 'La retribuzione dei dirigenti va indicata in euro con al massimo due decimali',
    'simulation.payroll.homeWorkersPay.required': 'Indica la retribuzione dei lavoratori a domicilio',
    'simulation.payroll.homeWorkersPay.invalid': 'La retribuzione dei lavoratori a domicilio va indicata in euro con al massimo due decimali',
    'simulation.resolutions.tooMany': 'Puoi indicare al massimo 100 delibere',
    'simulation.resolution.number.required': 'Indica il numero della delibera',
    'simulation.resolution.number.tooLong': 'Il numero della delibera deve avere al massimo 64 caratteri',
    'simulation.resolution.date.required': 'Indica la data della delibera',
    'simulation.resolution.date.invalid': 'La data della delibera deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.resolution.parameterKey.invalid': 'Scegli il parametro fissato dalla delibera',
    'simulation.resolution.value.required': 'Indica il valore deliberato',
    'simulation.resolution.value.invalid': 'Il valore deliberato va indicato come numero, ad esempio 0.40',
    'simulation.resolution.effectiveFrom.required': 'Indica da quando si applica la delibera',
    'simulation.resolution.effectiveFrom.invalid': 'La decorrenza della delibera deve essere una data reale nel formato AAAA-MM-GG',
    'simulation.settings.invalid': 'Un’impostazione di lettura delle regole non è valida',
    'simulation.settings.unknown': 'Impostazione di lettura delle regole sconosciuta',
  },
  en: {} as Record<string, string>,
};

// English texts follow the same keys; until they are written the Italian text is shown (ADR 004
// fallback), which keeps the API and CLI precise in both locales.
simulationValidation.en = Object.fromEntries(Object.entries(simulationValidation.it).map(([k, v]) => [k, v]));
