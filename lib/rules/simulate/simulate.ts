// One AIS request, evaluated in the order of digest §0.5: regime → membership and 75 % test →
// size class → cause → union procedure → filing window → per-request maximum → rolling windows →
// workers → amounts → employer costs → payment mode and deadlines. Each step writes the trace.
import Decimal from 'decimal.js';
import { firstDayOfMonthKey, isCalendarDate, isMonthKey, parseDate, parseMonthKey, type CalendarDate } from '../core/calendar-date';
import { cite } from '../core/citation';
import { ScenarioError, type ScenarioIssue } from '../core/errors';
import { dec, decimalString } from '../core/money';
import { centsToString, ratioFromDecimalString } from '../core/ratio';
import { RuleContext } from '../context';
import { computeAllowance, type AllowanceSetup } from '../amounts/allowance';
import { checkCause } from '../causes/causes';
import { additionalContribution } from '../contributions/additional';
import { ordinaryContribution, type OrdinaryContribution } from '../contributions/ordinary';
import { ELIGIBILITY_CITATION, workerEligibilityRule } from '../eligibility/worker-eligibility';
import { AIS_RATE, AIS_REDUCTION_L41, AIS_WEEKLY_HOURS_CEILING } from '../parameters/fstn/allowance';
import { EMPLOYER_MIN_CONTRIB_MONTHS } from '../parameters/fstn/contribution';
import { SIZE_CLASS as CLASS_FROM } from '../parameters/fstn/thresholds';
import { NATIONAL_REFORM_2022_START } from '../parameters/national/cigo-cigs';
import { SOURCES } from '../parameters/sources';
import { conguaglioDeadline } from '../procedure/conguaglio';
import { directPayment } from '../procedure/direct-payment';
import { filingWindow } from '../procedure/filing-window';
import { holidaysFirst } from '../procedure/holidays-first';
import { unionProcedure } from '../procedure/union-procedure';
import { isInR2023StartAmbiguity, selectFstnRegime } from '../regimes/select-regime';
import { routeRequest } from '../scope/routing';
import { workforceTest } from '../scope/workforce-test';
import { aisSizeClass, sizeClassFor } from '../size/size-class';
import { isExtraordinaryCause, type SizeClass } from '../types';
import { RULES_VERSION } from '../version';
import { computeWindows } from '../windows/compute-windows';
import { perRequestMax } from '../windows/per-request-max';
import { countedWeeks, endForWeeks, monthPlans, type CountingBasis } from './period';
import type { Scenario, SimulationResult, WorkerResult } from './types';

export type SimulateOptions = { context?: RuleContext };

const date = (value: string | null | undefined): CalendarDate | null => (value ? parseDate(value) : null);

/** Cross-field checks the types cannot express; the zod schema repeats them with the same paths. */
function checkReferences(s: Scenario): void {
  const issues: ScenarioIssue[] = [];
  const dates: Array<[string, string | null | undefined]> = [
    ['asOf', s.asOf],
    ['applicationDate', s.applicationDate],
    ['request.periodStart', s.request.periodStart],
    ['request.periodEnd', s.request.periodEnd],
  ];
  for (const [path, value] of dates) if (!isCalendarDate(value)) issues.push({ path, message: 'Data non valida (AAAA-MM-GG)' });
  const units = new Set(s.units.map((u) => u.id));
  if (!units.has(s.request.productionUnitId)) issues.push({ path: 'request.productionUnitId', message: 'Unità produttiva non presente tra le unità' });
  s.headcounts.forEach((h, i) => {
    if (!units.has(h.productionUnitId)) issues.push({ path: `headcounts.${i}.productionUnitId`, message: 'Unità produttiva non presente tra le unità' });
    if (!isMonthKey(h.month)) issues.push({ path: `headcounts.${i}.month`, message: 'Mese non valido (AAAA-MM)' });
  });
  s.workers.forEach((w, i) => {
    if (!isCalendarDate(w.hireDate)) issues.push({ path: `workers.${i}.hireDate`, message: 'Data non valida (AAAA-MM-GG)' });
  });
  if (issues.length === 0 && s.request.periodEnd < s.request.periodStart) {
    issues.push({ path: 'request.periodEnd', message: 'La fine del periodo non può precedere l’inizio' });
  }
  if (issues.length) throw new ScenarioError(issues);
}

export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
  checkReferences(scenario);
  const ctx = options.context ?? new RuleContext({ settings: scenario.settings, committeeResolutions: scenario.committeeResolutions });
  const { employer, request } = scenario;
  const applicationDate = parseDate(scenario.applicationDate);
  const periodStart = parseDate(request.periodStart);
  const periodEnd = parseDate(request.periodEnd);
  const reasons: string[] = [];

  const result: SimulationResult = {
    rulesVersion: RULES_VERSION,
    asOf: scenario.asOf,
    eligible: false,
    reasons,
    instrument: 'NONE',
    routing: { reason: '', whereToGo: '' },
    regime: null,
    workforceTest: null,
    sizeClass: null,
    cause: null,
    weeksRequested: '0',
    weeksCounted: '0',
    weeksGranted: '0',
    grantedPeriod: null,
    perRequestMax: null,
    windows: null,
    workers: [],
    totals: { workersEligible: 0, hoursLost: '0.00', gross: '0.00', net: '0.00' },
    employerCosts: { additionalContribution: null, ordinaryContribution: [], employerOwes: null },
    deadlines: { filingWindow: null, unionProcedure: null, conguaglio: null, directPayment: null },
    holidaysFirstRequired: null,
    warnings: [],
    trace: ctx.trace,
  };
  const finish = () => {
    result.warnings = ctx.warnings;
    result.eligible = reasons.length === 0 && result.instrument === 'FSTN';
    return result;
  };

  // 1. Regime by the first day of the period.
  const selected = selectFstnRegime(periodStart, ctx);
  if (selected) {
    const { regime, parameterDate } = selected;
    result.regime = { id: regime.id, label: regime.label, parameterDate, citation: regime.citation };
    ctx.add('§0.2', regime.citation, 'info', `Periodo dal ${periodStart}: regime ${regime.label}`);
    if (isInR2023StartAmbiguity(periodStart)) ctx.warnSetting('r2023Start', 'Il periodo inizia tra il 12 e il 26 gennaio 2024');
    if (periodStart < NATIONAL_REFORM_2022_START.values[0]!.from) {
      throw new ScenarioError([{ path: 'request.periodStart', message: 'Il simulatore calcola le domande per periodi dal 1° gennaio 2022 (massimale unico dell’art. 3 c. 5-bis)' }]);
    }
  }
  const parameterDate = selected?.parameterDate ?? null;

  // 2. Membership: 75 % test and routing.
  if (parameterDate) {
    result.workforceTest = workforceTest(
      { date: periodStart, parameterDate, activityStartDate: date(employer.activityStartDate), units: scenario.units, headcounts: scenario.headcounts },
      ctx,
    );
  }
  const routing = routeRequest(
    {
      employer: { ...employer, optInDate: date(employer.optInDate), exitDate: date(employer.exitDate) },
      cause: request.cause,
      periodStart,
      parameterDate,
      workforceTestPassed: result.workforceTest?.passed ?? false,
    },
    ctx,
  );
  result.instrument = routing.instrument;
  result.routing = { reason: routing.reason, whereToGo: routing.whereToGo };
  if (routing.instrument !== 'FSTN' || !selected || !parameterDate) {
    reasons.push(routing.reason);
    return finish();
  }
  const { regime } = selected;
  ctx.use(EMPLOYER_MIN_CONTRIB_MONTHS, parameterDate);

  // 3. Size class (R2023 only: earlier regimes have no classes).
  let sizeClass: SizeClass | null = null;
  if (regime.id === 'R2023') {
    result.sizeClass = aisSizeClass({ applicationDate, parameterDate, activityStartDate: date(employer.activityStartDate), headcounts: scenario.headcounts }, ctx);
    sizeClass = result.sizeClass.class;
  }

  // 4. Cause.
  result.cause = checkCause({ cause: request.cause, parameterDate, crisisDueToCessation: request.crisisDueToCessation }, ctx);
  if (!result.cause.admitted) reasons.push(result.cause.reason);
  if (regime.id !== 'R2016') result.holidaysFirstRequired = holidaysFirst({ parameterDate }, ctx).required;

  // 5. Union procedure; 6. filing window.
  const union = unionProcedure(
    {
      cause: request.cause,
      companyHeadcount: employer.companyHeadcount,
      unavoidableEvent: request.unavoidableEvent,
      weeklyReductionHours: request.weeklyReductionHours,
      unionCommunicationDate: date(scenario.procedure.unionCommunicationDate),
      jointExamRequestDate: date(scenario.procedure.jointExamRequestDate),
      agreementDate: date(scenario.procedure.agreementDate),
      applicationDate,
    },
    ctx,
  );
  result.deadlines.unionProcedure = union;
  if (union.outcome === 'fail') reasons.push(union.detail);
  const filing = filingWindow({ periodStart, periodEnd, applicationDate }, ctx);
  result.deadlines.filingWindow = filing;
  result.employerCosts.employerOwes = filing.employerOwes;
  if (!filing.benefitFrom) reasons.push(ctx.trace.at(-1)!.detail);

  // 7. Weeks requested and the per-request maximum.
  const monthly = regime.id === 'R2023' && sizeClass === 'C3' && isExtraordinaryCause(request.cause);
  const daysGiven = request.affectedDays ?? (request.reductionType === 'REDUCTION' ? maxDaysAffected(scenario) : null);
  const basis: CountingBasis = { monthly, weekDays: request.weekDays, affectedDays: monthly ? null : daysGiven, requested: { start: periodStart, end: periodEnd } };
  if (!monthly && daysGiven !== null) {
    ctx.add('D-7', cite(SOURCES.C58_09, undefined, 'I'), 'info', `Riduzione su ${daysGiven} giorni: ${daysGiven} ÷ ${request.weekDays} settimane`);
    ctx.warn({ code: 'D-7', digest: 'D-7', status: 'I', message: 'Settimane contate sui giorni di sospensione o riduzione (÷ 5 o ÷ 6), come nella CIGO', citation: cite(SOURCES.C58_09, undefined, 'I') });
  }
  const requested = countedWeeks(basis, periodStart, periodEnd, ctx, parameterDate);
  result.weeksRequested = decimalString(requested);
  result.perRequestMax = perRequestMax({ regimeId: regime.id, sizeClass, cause: request.cause, parameterDate, requestedWeeks: requested }, ctx);
  if (!result.perRequestMax.passed) reasons.push(ctx.trace.at(-1)!.detail);

  // 8. Rolling windows on the paid part of the period.
  const paidStart = filing.benefitFrom ?? periodStart;
  const counted = countedWeeks(basis, paidStart, periodEnd, ctx, parameterDate);
  result.weeksCounted = decimalString(counted);
  const windowsFor = (end: CalendarDate, weeks: Decimal) =>
    computeWindows(
      {
        productionUnitId: request.productionUnitId,
        sizeClass,
        cause: request.cause,
        periodStart: request.periodStart,
        periodEnd: end,
        requestedWeeks: decimalString(weeks),
        ledger: scenario.ledger,
        asOf: scenario.asOf,
        excludeRequestId: request.requestId,
      },
      ctx,
    );
  const windows = windowsFor(periodEnd, counted);
  result.windows = { items: windows.windows, maxGrantableWeeks: windows.maxGrantableWeeks, outcome: windows.outcome };
  let granted = windows.outcome === 'refuse' ? dec(0) : Decimal.min(counted, windows.maxGrantableWeeks);
  let grantedEnd: CalendarDate | null = periodEnd;
  // J-8 trim: the windows run back from the LAST day of the period granted (D-6), so a shorter
  // grant has windows that start earlier and may reach older periods. Re-check the trimmed
  // period until it fits its own windows (the end only moves back, so this terminates).
  while (granted.gt(0) && granted.lt(countedWeeks(basis, paidStart, grantedEnd ?? periodEnd, ctx, parameterDate))) {
    grantedEnd = endForWeeks(basis, paidStart, periodEnd, granted, ctx, parameterDate);
    if (!grantedEnd) {
      granted = dec(0);
      break;
    }
    const weeks = countedWeeks(basis, paidStart, grantedEnd, ctx, parameterDate);
    const again = windowsFor(grantedEnd, weeks);
    if (again.outcome === 'ok') break;
    granted = again.outcome === 'refuse' ? dec(0) : Decimal.min(weeks, again.maxGrantableWeeks);
    ctx.add('D-6/TRIM', cite(SOURCES.MIN17_17), granted.gt(0) ? 'warn' : 'fail', `Con la fine anticipata al ${grantedEnd} le finestre arretrano e contano periodi più vecchi: concedibili ${decimalString(granted)} settimane`);
  }
  if (granted.lte(0)) {
    grantedEnd = null;
    result.windows.outcome = 'refuse';
    reasons.push(ctx.trace.at(-1)!.detail);
  } else {
    result.windows.maxGrantableWeeks = decimalString(granted);
  }
  let paid = filing.benefitFrom && grantedEnd && granted.gt(0) ? { start: paidStart, end: grantedEnd } : null;
  if (paid && request.committeeGrant) paid = committeeGrant(paid, request.committeeGrant, ctx);
  result.weeksGranted = decimalString(paid ? countedWeeks(basis, paid.start, paid.end, ctx, parameterDate) : 0);
  result.grantedPeriod = paid;

  // 9–10. Workers and amounts.
  const setup: AllowanceSetup = {
    months: monthPlans({ requested: { start: periodStart, end: periodEnd }, paid, weekDays: request.weekDays }, ctx),
    weekDays: request.weekDays,
    rate: ratioFromDecimalString(ctx.use(AIS_RATE, parameterDate)),
    netFactor: ratioFromDecimalString(dec(1).minus(ctx.use(AIS_REDUCTION_L41, parameterDate)).toString()),
    weeklyCeiling: ratioFromDecimalString(ctx.use(AIS_WEEKLY_HOURS_CEILING, parameterDate)),
    capDivisor: ctx.settings.capDivisor,
    ccnlDivisor: ratioFromDecimalString(ctx.settings.ccnlCapDivisor),
    capMode: ctx.settings.capMode,
    monthlyPayDivisor: ratioFromDecimalString(ctx.settings.monthlyPayDivisor),
  };
  ctx.warnSetting('capDivisor');
  let gross = 0n;
  let net = 0n;
  let lost = 0n;
  let hours = 0n;
  let anyAlternative = false;
  let anyClipped = false;
  const eligibility = workerEligibilityRule({ regimeId: regime.id, parameterDate, applicationDate, periodStart, periodEnd }, ctx);
  for (const w of scenario.workers) {
    const e = eligibility({ ...w, hireDate: w.hireDate as CalendarDate });
    const row: WorkerResult = {
      id: w.id,
      eligible: e.eligible,
      reasons: e.reasons,
      seniorityDays: e.seniorityDays,
      anf: e.eligible && w.householdWithoutChildren,
      notionalContributions: e.eligible,
      apprenticeshipExtensionHours: null,
      hourlyPay: null,
      hoursClipped: false,
      months: [],
      totals: { hoursLost: '0.00', gross: '0.00', net: '0.00', lostPay: '0.00' },
    };
    if (e.eligible) {
      const a = computeAllowance(w, setup);
      row.months = a.months;
      row.totals = a.totals;
      row.hourlyPay = a.hourlyPay;
      row.hoursClipped = a.hoursClipped;
      anyClipped ||= a.hoursClipped;
      anyAlternative ||= a.months.some((m) => m.alternative);
      if (w.category === 'APPRENTICE') row.apprenticeshipExtensionHours = a.totals.hoursLost;
      gross += a.cents.gross;
      net += a.cents.net;
      lost += a.cents.lostPay;
      hours += a.cents.hundredthsOfHours;
      result.totals.workersEligible++;
    }
    result.workers.push(row);
  }
  result.totals.hoursLost = centsToString(hours);
  result.totals.gross = centsToString(gross);
  result.totals.net = centsToString(net);
  ctx.add('F-1', ELIGIBILITY_CITATION, result.totals.workersEligible > 0 ? 'pass' : 'fail', `Lavoratori destinatari: ${result.totals.workersEligible} su ${scenario.workers.length}`);
  const allowanceCitation = cite(SOURCES.D148, 'art. 3 c. 1');
  ctx.add('C-2', allowanceCitation, 'info', `Assegno: ${result.totals.workersEligible} lavoratori, ${result.totals.hoursLost} ore, lordo ${result.totals.gross}, netto ${result.totals.net}`);
  if (anyAlternative) ctx.warnSetting('capMode', 'Con il solo tetto mensile alcuni importi sarebbero diversi: vedi "alternative" nei mesi');
  if (anyClipped) ctx.add('C-2', cite(SOURCES.SOLE_CALC), 'warn', 'Ore non lavorate ridotte all’orario contrattuale (al massimo 40 settimanali) dei giorni pagati');
  if (scenario.workers.some((w) => w.householdWithoutChildren)) ctx.add('C-3', cite(SOURCES.C112), 'info', 'Assegno per il nucleo familiare a carico del Fondo per i nuclei senza figli a carico');
  if (scenario.workers.length > 0 && result.totals.workersEligible === 0) reasons.push('Nessun lavoratore risulta destinatario dell’assegno');

  // 11. Employer costs.
  result.employerCosts.additionalContribution = additionalContribution({ lostPay: centsToString(lost), parameterDate }, ctx);
  result.employerCosts.ordinaryContribution = ordinaryContributions(scenario, ctx);

  // 12. Payment mode and offset deadline.
  result.deadlines.directPayment = directPayment({ paymentMode: request.paymentMode, grounds: request.directPaymentGrounds, periodEnd }, ctx);
  if (result.deadlines.directPayment.requested && !result.deadlines.directPayment.admissible) {
    ctx.warn({ code: 'G-5', digest: 'G-5', status: 'S', message: result.deadlines.directPayment.detail, citation: cite(SOURCES.C112) });
  }
  if (paid) result.deadlines.conguaglio = conguaglioDeadline({ authorisedEnd: paid.end }, ctx);
  return finish();
}

/** The part of the paid period the Committee granted (partial approval); null when nothing is left. */
function committeeGrant(
  paid: { start: CalendarDate; end: CalendarDate },
  grant: { start: string; end: string },
  ctx: RuleContext,
): { start: CalendarDate; end: CalendarDate } | null {
  const start = parseDate(grant.start) > paid.start ? parseDate(grant.start) : paid.start;
  const end = parseDate(grant.end) < paid.end ? parseDate(grant.end) : paid.end;
  const kept = end >= start ? { start, end } : null;
  ctx.add(
    'G-4',
    cite(SOURCES.C112),
    'info',
    kept ? `Delibera del Comitato: periodo concesso dal ${kept.start} al ${kept.end}` : 'Delibera del Comitato: nessun giorno concesso nel periodo pagabile',
  );
  return kept;
}

function maxDaysAffected(s: Scenario): number | null {
  const days = s.workers.map((w) => w.daysAffected).filter((d): d is number => typeof d === 'number');
  return days.length ? Math.max(...days) : null;
}

function ordinaryContributions(s: Scenario, ctx: RuleContext): OrdinaryContribution[] {
  const rows = s.payroll ?? [];
  if (!rows.length) return [];
  const lastAis = s.ledger
    .filter((e) => !e.neutralised && e.kind !== 'RESERVED' && e.cause !== 'COVID19')
    .reduce<CalendarDate | null>((max, e) => (max === null || e.periodEnd > max ? parseDate(e.periodEnd) : max), null);
  return rows.map((row, i) => {
    const month = parseMonthKey(row.month);
    const day = firstDayOfMonthKey(month);
    const contributionClass: SizeClass =
      day < CLASS_FROM.values[0]!.from
        ? 'C1'
        : sizeClassFor({ month, date: day, activityStartDate: date(s.employer.activityStartDate), headcounts: s.headcounts, path: `payroll.${i}.month` }, ctx).class;
    return ordinaryContribution({ month, contributionClass, taxablePay: row.taxablePay, dirigentiPay: row.dirigentiPay, homeWorkersPay: row.homeWorkersPay, lastAisPeriodEnd: lastAis }, ctx);
  });
}

