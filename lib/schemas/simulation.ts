// The AIS simulation scenario (lib/rules simulate()): THE zod schema of the JSON API, the CLI, the
// generated JSON Schema and OpenAPI documents (docs/rules), the wizard's actions, and — through
// the field schemas it exports — the public simulator form (lib/schemas/quick-simulation.ts).
// Messages are keys resolved by lib/schemas/messages/simulation.ts (Italian and English). The
// rules library itself does not import zod: this schema is its gate, and simulate() re-checks
// the references it relies on. Objects are strict: an unknown (misspelt) key is an error, never
// silently ignored, because an ignored optional field would change the result without a word.
import { z } from 'zod';
import { daysBetween, isCalendarDate, isMonthKey } from '@/lib/rules/core/calendar-date';
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
import { SIMULATION_FIRST_PERIOD_START } from './simulation-bounds';

export { SIMULATION_FIRST_PERIOD_START };

// Bounds keep one request's evaluation small (a filing is one production unit's request).
export const SIMULATION_MAX_WORKERS = 5000;
export const SIMULATION_MAX_UNITS = 200;
export const SIMULATION_MAX_LEDGER = 2000;
export const SIMULATION_MAX_HEADCOUNTS = 5000;
export const SIMULATION_MAX_PERIOD_DAYS = 3 * 366;
export const ID_MAX = 64;

export const MONEY_PATTERN = /^\d{1,10}(\.\d{1,2})?$/;
export const HOURLY_PAY_PATTERN = /^\d{1,6}(\.\d{1,4})?$/;
export const DECIMAL_PATTERN = /^\d{1,6}(\.\d{1,2})?$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_PATTERN = /^\d{4}-\d{2}$/;

/** A real calendar date `YYYY-MM-DD` (format and pattern are what the JSON Schema shows). */
export const dateField = (key: string, description?: string) =>
  z
    .string({ error: `${key}.required` })
    .regex(DATE_PATTERN, `${key}.invalid`)
    .refine(isCalendarDate, `${key}.invalid`)
    .meta({ format: 'date', ...(description ? { description } : {}) });
const optionalDate = (key: string, description?: string) => dateField(key, description).nullish();
const monthField = (key: string, description?: string) =>
  z
    .string({ error: `${key}.required` })
    .regex(MONTH_PATTERN, `${key}.invalid`)
    .refine(isMonthKey, `${key}.invalid`)
    .meta(description ? { description } : {});
/** A decimal as a string ("1404.03"): money is never a float in this API. */
export const decimalField = (pattern: RegExp, key: string, description?: string) =>
  z.string({ error: `${key}.required` }).regex(pattern, `${key}.invalid`).meta(description ? { description } : {});
const idField = (key: string, description?: string) =>
  z
    .string({ error: `${key}.required` })
    .min(1, `${key}.required`)
    .max(ID_MAX, `${key}.tooLong`)
    .meta(description ? { description } : {});
export const choiceField = <T extends readonly [string, ...string[]]>(values: T, key: string, description?: string) =>
  z.enum(values, { error: `${key}.invalid` }).meta(description ? { description } : {});
export const flagField = (key: string, description?: string) => z.boolean({ error: `${key}.invalid` }).meta(description ? { description } : {});
export const countField = (key: string, max: number, description?: string) =>
  z
    .number({ error: `${key}.invalid` })
    .int(`${key}.invalid`)
    .min(0, `${key}.invalid`)
    .max(max, `${key}.invalid`)
    .meta(description ? { description } : {});
const strict = <T extends z.core.$ZodLooseShape>(shape: T, description?: string) =>
  z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? 'simulation.unknownKey' : undefined) }).meta(description ? { description } : {});

export const employerSchema = strict(
  {
    inCigoScope: flagField('simulation.employer.inCigoScope', 'Sector within the CIGO (art. 10 d.lgs. 148/2015): the Fund does not apply'),
    inCigsScope: flagField('simulation.employer.inCigsScope', 'Employer within the CIGS (art. 20): extraordinary causes are routed to the CIGS by default (digest J-6)'),
    bilateralFund: choiceField(BILATERAL_FUND_COVERS, 'simulation.employer.bilateralFund', 'Bilateral fund of origin (art. 26) or alternative fund (art. 27), if any'),
    optInDate: optionalDate('simulation.employer.optInDate', 'Day the optional membership of the Fund starts (A-3)'),
    exitDate: optionalDate('simulation.employer.exitDate', 'Day the employer joined a national bilateral fund and left the Fund (A-4)'),
    activityStartDate: optionalDate('simulation.employer.activityStartDate', 'Start of activity: a new employer uses its first month for the 75 % test and averages over its months of activity'),
    companyHeadcount: countField('simulation.employer.companyHeadcount', 1_000_000, 'Company headcount for the 50-employee threshold of the union procedure (G-1)').nullish(),
  },
  'The employer and how it relates to the national instruments (digest A-2…A-5)',
);

export const unitSchema = strict({
  id: idField('simulation.unit.id', 'Identifier of the production unit, referenced by headcounts, ledger and request'),
  provinceCode: z
    .string({ error: 'simulation.unit.provinceCode.required' })
    .regex(/^[A-Za-z]{2}$/, 'simulation.unit.provinceCode.invalid')
    .meta({ description: 'Province code (TN for the Province of Trento)' }),
  comuneName: z.string({ error: 'simulation.unit.comuneName.required' }).trim().min(1, 'simulation.unit.comuneName.required').max(120, 'simulation.unit.comuneName.tooLong'),
});

export const headcountSchema = strict(
  {
    productionUnitId: idField('simulation.headcount.productionUnitId'),
    month: monthField('simulation.headcount.month', 'Calendar month YYYY-MM'),
    heads: countField('simulation.headcount.heads', 1_000_000, 'Employees in force in the month, counted as heads (75 % test, J-19)'),
    sizeUnits: decimalField(DECIMAL_PATTERN, 'simulation.headcount.sizeUnits', 'Full-time-equivalent units of the month for the size class (B-2; see computeSizeUnits)'),
  },
  'Employees of one production unit in one month',
);

export const ledgerEntrySchema = strict(
  {
    id: z.string().max(ID_MAX, 'simulation.ledger.id.tooLong').optional(),
    productionUnitId: idField('simulation.ledger.productionUnitId'),
    kind: choiceField(LEDGER_KINDS, 'simulation.ledger.kind', 'HISTORY (entered by hand), RESERVED (pending request), AUTHORISED, USED (J-12)'),
    cause: choiceField(CAUSES, 'simulation.ledger.cause'),
    periodStart: dateField('simulation.ledger.periodStart'),
    periodEnd: dateField('simulation.ledger.periodEnd'),
    weeks: decimalField(DECIMAL_PATTERN, 'simulation.ledger.weeks', 'Weeks of the period counted against the windows (decimal string)'),
    neutralised: flagField('simulation.ledger.neutralised', 'Period the law neutralises (COVID-19 causal periods always are, D-8)'),
    requestId: z.string().max(ID_MAX, 'simulation.ledger.requestId.tooLong').nullish(),
  },
  'One period in a production unit’s ledger of wage-integration use',
);

export const requestSchema = strict(
  {
    productionUnitId: idField('simulation.request.productionUnitId'),
    cause: choiceField(CAUSES, 'simulation.request.cause'),
    reductionType: choiceField(REDUCTION_TYPES, 'simulation.request.reductionType'),
    periodStart: dateField('simulation.request.periodStart', 'First day of the suspension or reduction (selects the regime)'),
    periodEnd: dateField('simulation.request.periodEnd', 'Last day of the suspension or reduction (the rolling windows end here)'),
    weekDays: z.union([z.literal(5), z.literal(6)], { error: 'simulation.request.weekDays.invalid' }).meta({ description: 'Working days per week (5 or 6)' }),
    paymentMode: choiceField(PAYMENT_MODES, 'simulation.request.paymentMode'),
    directPaymentGrounds: z
      .array(choiceField(DIRECT_PAYMENT_GROUNDS, 'simulation.request.directPaymentGrounds'), { error: 'simulation.request.directPaymentGrounds.invalid' })
      .max(2, 'simulation.request.directPaymentGrounds.invalid')
      .optional(),
    unavoidableEvent: flagField('simulation.request.unavoidableEvent', 'Objectively unavoidable event (art. 14 c. 4)').optional(),
    weeklyReductionHours: decimalField(DECIMAL_PATTERN, 'simulation.request.weeklyReductionHours').nullish(),
    affectedDays: countField('simulation.request.affectedDays', 1200, 'Days of suspension or reduction at the unit (D-7: days ÷ 5 or 6)').nullish(),
    crisisDueToCessation: flagField('simulation.request.crisisDueToCessation').optional(),
    requestId: z.string().max(ID_MAX, 'simulation.request.requestId.tooLong').nullish(),
  },
  'The requested period and its cause',
);

export const workerSchema = strict(
  {
    id: idField('simulation.worker.id'),
    category: choiceField(WORKER_CATEGORIES, 'simulation.worker.category'),
    contractType: choiceField(CONTRACT_TYPES, 'simulation.worker.contractType'),
    apprenticeType: choiceField(APPRENTICE_TYPES, 'simulation.worker.apprenticeType').nullish(),
    isPublicEmployee: flagField('simulation.worker.isPublicEmployee').optional(),
    hireDate: dateField('simulation.worker.hireDate'),
    effectiveDaysAtUnit: countField('simulation.worker.effectiveDaysAtUnit', 40_000, 'Days of effective work at the unit up to the application date (F-4, J-15)'),
    effectiveWorkDates: z
      .array(dateField('simulation.worker.effectiveWorkDates'), { error: 'simulation.worker.effectiveWorkDates.invalid' })
      .max(1500, 'simulation.worker.effectiveWorkDates.tooMany')
      .optional()
      .meta({ description: 'The days worked, when known (needed for the R2019 12-month look-back)' }),
    priorContractorDays: countField('simulation.worker.priorContractorDays', 40_000, 'Days on the contracted activity with the outgoing contractor (cambio appalto)').optional(),
    weeklyHours: decimalField(DECIMAL_PATTERN, 'simulation.worker.weeklyHours', 'Contractual weekly hours').refine((v) => Number(v) > 0 && Number(v) <= 60, 'simulation.worker.weeklyHours.range'),
    payBasis: choiceField(PAY_BASES, 'simulation.worker.payBasis'),
    monthlyGlobalPay: decimalField(MONEY_PATTERN, 'simulation.worker.monthlyGlobalPay', 'Monthly global pay (retribuzione globale), EUR').nullish(),
    hourlyGlobalPay: decimalField(HOURLY_PAY_PATTERN, 'simulation.worker.hourlyGlobalPay', 'Hourly global pay, EUR').nullish(),
    payDivisor: decimalField(DECIMAL_PATTERN, 'simulation.worker.payDivisor', 'CCNL divisor turning monthly into hourly pay (default 173)')
      .refine((v) => Number(v) > 0, 'simulation.worker.payDivisor.invalid')
      .nullish(),
    householdWithoutChildren: flagField('simulation.worker.householdWithoutChildren', 'Household without dependent children: ANF paid with the AIS (C-3)'),
    hoursLost: z
      .union([decimalField(DECIMAL_PATTERN, 'simulation.worker.hoursLost'), z.record(z.string(), decimalField(DECIMAL_PATTERN, 'simulation.worker.hoursLost'))], {
        error: 'simulation.worker.hoursLost.invalid',
      })
      .meta({ description: 'Hours not worked in the period: a total ("168"), or per month ({ "2025-03": "84" })' }),
    daysAffected: countField('simulation.worker.daysAffected', 1200).optional(),
  },
  'A worker of the production unit affected by the request',
);

export const committeeResolutionSchema = strict({
  number: idField('simulation.resolution.number'),
  date: dateField('simulation.resolution.date'),
  parameterKey: choiceField(COMMITTEE_PARAMETER_KEYS, 'simulation.resolution.parameterKey'),
  value: decimalField(MONEY_PATTERN, 'simulation.resolution.value'),
  effectiveFrom: dateField('simulation.resolution.effectiveFrom').optional(),
});

const setting = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });
export const settingsSchema = z
  .object(
    {
      r2023Start: setting(z.enum(['ENTRY_INTO_FORCE', 'GU_PUBLICATION']), 'J-1'),
      capDivisor: setting(z.enum(['MONTH_WORKABLE_HOURS', 'CCNL_DIVISOR']), 'J-3'),
      capMode: setting(z.enum(['HOURLY_RAGGUAGLIO', 'MONTHLY_ONLY']), 'J-3'),
      ccnlCapDivisor: setting(decimalField(DECIMAL_PATTERN, 'simulation.settings.invalid'), 'J-3'),
      monthlyPayDivisor: setting(decimalField(DECIMAL_PATTERN, 'simulation.settings.invalid'), 'C-2'),
      excludePublicHolidays: setting(z.boolean(), 'J-3'),
      homeWorkersAndApprenticesFrom2022: setting(z.boolean(), 'J-4'),
      extraordinaryCausesInCigsScope: setting(z.enum(['ROUTE_TO_CIGS', 'FSTN']), 'J-6'),
      overCapacity: setting(z.enum(['TRIM', 'REFUSE']), 'J-8'),
      c3MaxWeeksPerRequest: setting(z.number().int().min(1).max(104).nullable(), 'J-10'),
      countR2019Periods: setting(z.boolean(), 'J-11'),
      windowBasis: setting(z.enum(['CALENDAR_YEARS', 'WEEKS_104']), 'D-6'),
      cdsArt22c5: setting(z.boolean(), 'D-3'),
      lateFiling: setting(z.enum(['FROM_ONE_WEEK_BEFORE', 'REFUSE']), 'J-16'),
      partTimeResidual: setting(z.enum(['DROP_HALF_OR_LESS', 'KEEP_FRACTIONS']), 'B-2'),
      art4: setting(z.boolean(), 'J-20'),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? 'simulation.settings.unknown' : 'simulation.settings.invalid') },
  )
  .partial()
  .strict()
  .meta({ description: 'Overrides of the [I]/[U] readings of digest §J (defaults: DEFAULT_SETTINGS); each depends on a digest reference' });

export const payrollMonthSchema = strict({
  month: monthField('simulation.payroll.month'),
  taxablePay: decimalField(MONEY_PATTERN, 'simulation.payroll.taxablePay', 'Taxable pay of all employees in the month (E-1)'),
  dirigentiPay: decimalField(MONEY_PATTERN, 'simulation.payroll.dirigentiPay', 'Part paid to dirigenti (outside the base)').optional(),
  homeWorkersPay: decimalField(MONEY_PATTERN, 'simulation.payroll.homeWorkersPay', 'Part paid to home workers (outside the base before 2024)').optional(),
});

export const simulationScenarioSchema = strict(
  {
    asOf: dateField('simulation.asOf', 'Evaluation day, recorded in the result'),
    applicationDate: dateField('simulation.applicationDate', 'Day the application is (or will be) filed'),
    employer: employerSchema,
    units: z
      .array(unitSchema, { error: 'simulation.units.required' })
      .min(1, 'simulation.units.required')
      .max(SIMULATION_MAX_UNITS, 'simulation.units.tooMany'),
    headcounts: z.array(headcountSchema, { error: 'simulation.headcounts.required' }).max(SIMULATION_MAX_HEADCOUNTS, 'simulation.headcounts.tooMany'),
    ledger: z.array(ledgerEntrySchema, { error: 'simulation.ledger.invalid' }).max(SIMULATION_MAX_LEDGER, 'simulation.ledger.tooMany'),
    request: requestSchema,
    workers: z
      .array(workerSchema, { error: 'simulation.workers.required' })
      .min(1, 'simulation.workers.required')
      .max(SIMULATION_MAX_WORKERS, 'simulation.workers.tooMany'),
    procedure: strict({
      unionCommunicationDate: optionalDate('simulation.procedure.unionCommunicationDate', 'Union information/consultation communication (G-1)'),
      jointExamRequestDate: optionalDate('simulation.procedure.jointExamRequestDate'),
      agreementDate: optionalDate('simulation.procedure.agreementDate', 'Company agreement (required for the solidarity contract)'),
    }),
    payroll: z.array(payrollMonthSchema, { error: 'simulation.payroll.invalid' }).max(36, 'simulation.payroll.tooMany').optional(),
    committeeResolutions: z.array(committeeResolutionSchema, { error: 'simulation.resolutions.invalid' }).max(100, 'simulation.resolutions.tooMany').optional(),
    settings: settingsSchema.optional(),
  },
  'An AIS request of one production unit, evaluated by simulate() in the order of digest §0.5',

).superRefine((s, ctx) => {
  // zod runs these checks even when a field above failed: every value is re-checked before it is
  // compared, so a malformed element is reported once, by its own schema, and never throws here.
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const list = <T>(value: T[] | undefined): Array<Partial<T>> => (Array.isArray(value) ? value.map((v) => (v && typeof v === 'object' ? v : {})) : []);
  const request: Partial<typeof s.request> = s.request && typeof s.request === 'object' ? s.request : {};
  const unitIds = new Set<string>();
  list(s.units).forEach((u, i) => {
    if (typeof u.id !== 'string') return;
    if (unitIds.has(u.id)) issue(['units', i, 'id'], 'simulation.unit.id.duplicate');
    unitIds.add(u.id);
  });
  if (typeof request.productionUnitId === 'string' && Array.isArray(s.units) && !unitIds.has(request.productionUnitId)) {
    issue(['request', 'productionUnitId'], 'simulation.request.productionUnitId.unknown');
  }
  const seen = new Set<string>();
  list(s.headcounts).forEach((h, i) => {
    if (typeof h.productionUnitId === 'string' && !unitIds.has(h.productionUnitId)) issue(['headcounts', i, 'productionUnitId'], 'simulation.headcount.productionUnitId.unknown');
    const key = `${h.productionUnitId}|${h.month}`;
    if (seen.has(key)) issue(['headcounts', i, 'month'], 'simulation.headcount.month.duplicate');
    seen.add(key);
  });
  list(s.ledger).forEach((e, i) => {
    if (typeof e.productionUnitId === 'string' && !unitIds.has(e.productionUnitId)) issue(['ledger', i, 'productionUnitId'], 'simulation.ledger.productionUnitId.unknown');
    if (isCalendarDate(e.periodStart) && isCalendarDate(e.periodEnd) && e.periodEnd < e.periodStart) issue(['ledger', i, 'periodEnd'], 'simulation.ledger.periodEnd.beforeStart');
  });
  const { periodStart, periodEnd } = request;
  const periodValid = isCalendarDate(periodStart) && isCalendarDate(periodEnd);
  if (periodValid && periodEnd < periodStart) issue(['request', 'periodEnd'], 'simulation.request.periodEnd.beforeStart');
  else if (periodValid && daysBetween(periodStart, periodEnd) > SIMULATION_MAX_PERIOD_DAYS) issue(['request', 'periodEnd'], 'simulation.request.periodEnd.tooLong');
  if (isCalendarDate(periodStart) && periodStart < SIMULATION_FIRST_PERIOD_START) issue(['request', 'periodStart'], 'simulation.request.periodStart.before2022');
  if (request.unavoidableEvent === true && request.weeklyReductionHours == null) issue(['request', 'weeklyReductionHours'], 'simulation.request.weeklyReductionHours.required');
  if (request.paymentMode === 'CONGUAGLIO' && Array.isArray(request.directPaymentGrounds) && request.directPaymentGrounds.length) {
    issue(['request', 'directPaymentGrounds'], 'simulation.request.directPaymentGrounds.notDirect');
  }
  const workerIds = new Set<string>();
  list(s.workers).forEach((w, i) => {
    if (typeof w.id === 'string') {
      if (workerIds.has(w.id)) issue(['workers', i, 'id'], 'simulation.worker.id.duplicate');
      workerIds.add(w.id);
    }
    if (w.payBasis === 'MONTHLY' && !w.monthlyGlobalPay) issue(['workers', i, 'monthlyGlobalPay'], 'simulation.worker.monthlyGlobalPay.required');
    if (w.payBasis === 'HOURLY' && !w.hourlyGlobalPay) issue(['workers', i, 'hourlyGlobalPay'], 'simulation.worker.hourlyGlobalPay.required');
    if (w.apprenticeType && w.category !== 'APPRENTICE') issue(['workers', i, 'apprenticeType'], 'simulation.worker.apprenticeType.notApprentice');
    if (periodValid && w.hoursLost && typeof w.hoursLost === 'object') {
      for (const key of Object.keys(w.hoursLost)) {
        if (!isMonthKey(key) || key < periodStart.slice(0, 7) || key > periodEnd.slice(0, 7)) issue(['workers', i, 'hoursLost', key], 'simulation.worker.hoursLost.month');
      }
    }
  });
});

export type SimulationScenarioInput = z.input<typeof simulationScenarioSchema>;
export type SimulationScenario = z.output<typeof simulationScenarioSchema>;
