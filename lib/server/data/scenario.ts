import 'server-only';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { COMMITTEE_PARAMETER_KEYS, type CommitteeResolution, type LedgerEntry, type Scenario, type ScenarioWorker } from '@/lib/rules';
import { readDraft, type RequestDraft, type StoredCausePeriod, type StoredProcedure, type StoredWorkers } from '@/lib/schemas/request-draft';
import { isoDate } from '@/lib/server/clock';
import type { Tx } from '@/lib/server/db-transaction';

// THE builder from the database to a lib/rules Scenario (issue 4). Everyone evaluates requests
// through it: the wizard's live feedback, the filing transaction, the consultant's radar and the
// Committee's re-evaluation. It reads; it does not check access — callers do (every exported DAL
// function that uses it calls requireEmployerAccess first) — so it also runs inside transactions
// and in batch for many employers.

export type Db = PrismaClient | Tx;

export type FactsUnit = { id: string; name: string; comuneName: string; comuneCode: string; provinceCode: string };

/** What the rules need to know about an employer, independent of any one request. */
export type EmployerFacts = {
  employerId: string;
  employer: Omit<Scenario['employer'], 'companyHeadcount'>;
  units: FactsUnit[];
  headcounts: Scenario['headcounts'];
  /** Ledger periods still counted (released ones are left out). */
  ledger: LedgerEntry[];
  committeeResolutions: CommitteeResolution[];
};

const employerSelect = {
  id: true,
  inCigoScope: true,
  inCigsScope: true,
  bilateralFund: true,
  optInDate: true,
  exitDate: true,
  activityStartDate: true,
  units: { where: { isActive: true }, orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }], select: { id: true, name: true, comuneName: true, comuneCode: true, provinceCode: true } },
} satisfies Prisma.EmployerSelect;

const dateOrNull = (d: Date | null) => (d ? isoDate(d) : null);

/** The Committee-dependent parameters of the resolutions register, as lib/rules takes them (also used by the Committee's re-evaluation). */
export async function loadResolutions(db: Db): Promise<CommitteeResolution[]> {
  const rows = await db.committeeResolution.findMany({
    where: { parameterKey: { in: [...COMMITTEE_PARAMETER_KEYS] } },
    orderBy: [{ date: 'asc' }, { number: 'asc' }],
    select: { number: true, date: true, parameterKey: true, parameterValue: true, effectiveFrom: true },
  });
  // Only well-formed values reach the rules (a resolution's value is a decimal string or number).
  return rows.flatMap((r) => {
    const value = typeof r.parameterValue === 'number' ? String(r.parameterValue) : typeof r.parameterValue === 'string' ? r.parameterValue : null;
    if (value === null || !/^\d+(\.\d+)?$/.test(value)) return [];
    const resolution: CommitteeResolution = { number: r.number, date: isoDate(r.date), parameterKey: r.parameterKey as CommitteeResolution['parameterKey'], value };
    if (r.effectiveFrom) resolution.effectiveFrom = isoDate(r.effectiveFrom);
    return [resolution];
  });
}

/** Facts of several employers in four queries (the radar evaluates hundreds at once). */
export async function loadEmployerFactsMany(db: Db, employerIds: readonly string[]): Promise<Map<string, EmployerFacts>> {
  const ids = [...new Set(employerIds)];
  const out = new Map<string, EmployerFacts>();
  if (ids.length === 0) return out;
  const [employers, headcounts, ledger, committeeResolutions] = await Promise.all([
    db.employer.findMany({ where: { id: { in: ids } }, select: employerSelect }),
    db.headcountMonth.findMany({
      where: { employerId: { in: ids }, productionUnit: { isActive: true } },
      orderBy: [{ month: 'asc' }, { productionUnitId: 'asc' }],
      select: { employerId: true, productionUnitId: true, month: true, heads: true, sizeUnits: true },
    }),
    db.windowEntry.findMany({
      where: { employerId: { in: ids }, releasedAt: null },
      orderBy: [{ periodStart: 'asc' }, { id: 'asc' }],
      select: { id: true, employerId: true, productionUnitId: true, requestId: true, kind: true, cause: true, periodStart: true, periodEnd: true, weeks: true, neutralised: true },
    }),
    loadResolutions(db),
  ]);
  for (const e of employers) {
    out.set(e.id, {
      employerId: e.id,
      employer: {
        inCigoScope: e.inCigoScope,
        inCigsScope: e.inCigsScope,
        bilateralFund: e.bilateralFund,
        optInDate: dateOrNull(e.optInDate),
        exitDate: dateOrNull(e.exitDate),
        activityStartDate: dateOrNull(e.activityStartDate),
      },
      units: e.units,
      headcounts: [],
      ledger: [],
      committeeResolutions,
    });
  }
  for (const h of headcounts) {
    out.get(h.employerId)?.headcounts.push({ productionUnitId: h.productionUnitId, month: isoDate(h.month).slice(0, 7), heads: h.heads, sizeUnits: h.sizeUnits.toFixed() });
  }
  for (const w of ledger) {
    out.get(w.employerId)?.ledger.push({
      id: w.id,
      productionUnitId: w.productionUnitId,
      requestId: w.requestId,
      kind: w.kind,
      cause: w.cause,
      periodStart: isoDate(w.periodStart),
      periodEnd: isoDate(w.periodEnd),
      weeks: w.weeks.toFixed(),
      neutralised: w.neutralised,
    });
  }
  return out;
}

export async function loadEmployerFacts(db: Db, employerId: string): Promise<EmployerFacts> {
  const facts = (await loadEmployerFactsMany(db, [employerId])).get(employerId);
  if (!facts) throw new Error(`Employer ${employerId} not found`);
  return facts;
}

/**
 * Heads of the company in the latest recorded month up to the application month (all units):
 * the union procedure's 50-employee threshold (digest G-1). Null when no month is recorded.
 */
export function companyHeadcount(facts: EmployerFacts, applicationDate: string): number | null {
  const month = applicationDate.slice(0, 7);
  const months = [...new Set(facts.headcounts.map((h) => h.month))].filter((m) => m <= month).sort();
  const latest = months.at(-1);
  if (!latest) return null;
  return facts.headcounts.filter((h) => h.month === latest).reduce((sum, h) => sum + h.heads, 0);
}

export type WorkerFacts = Omit<ScenarioWorker, 'hoursLost' | 'daysAffected'>;

const workerFactsSelect = {
  id: true,
  productionUnitId: true,
  category: true,
  contractType: true,
  apprenticeType: true,
  hireDate: true,
  effectiveDaysAtUnit: true,
  weeklyHours: true,
  payBasis: true,
  monthlyGlobalPay: true,
  hourlyGlobalPay: true,
  householdWithoutChildren: true,
} as const;

/** The rules' view of workers (no names, no codici fiscali), by id. */
export async function loadWorkerFacts(db: Db, employerId: string, workerIds: readonly string[]): Promise<Map<string, WorkerFacts & { productionUnitId: string }>> {
  const rows = await db.worker.findMany({ where: { employerId, id: { in: [...workerIds] } }, select: workerFactsSelect });
  return new Map(
    rows.map((w) => [
      w.id,
      {
        id: w.id,
        productionUnitId: w.productionUnitId,
        category: w.category,
        contractType: w.contractType,
        apprenticeType: w.apprenticeType,
        hireDate: isoDate(w.hireDate),
        effectiveDaysAtUnit: w.effectiveDaysAtUnit,
        weeklyHours: w.weeklyHours.toFixed(),
        payBasis: w.payBasis,
        monthlyGlobalPay: w.monthlyGlobalPay?.toFixed(2) ?? null,
        hourlyGlobalPay: w.hourlyGlobalPay?.toFixed() ?? null,
        householdWithoutChildren: w.householdWithoutChildren,
      },
    ]),
  );
}

export type ScenarioParts = {
  causePeriod: StoredCausePeriod;
  workers: StoredWorkers | null;
  procedure: StoredProcedure | null;
  requestId?: string | null;
};

/**
 * The scenario of one request from the employer's facts and the request's parts. Workers not
 * (or no longer) at the request's unit are left out and listed in `missingWorkers`.
 */
export function buildScenario(
  facts: EmployerFacts,
  parts: ScenarioParts,
  workerFacts: ReadonlyMap<string, WorkerFacts & { productionUnitId: string }>,
  dates: { asOf: string; applicationDate: string },
): { scenario: Scenario; missingWorkers: string[] } {
  const { causePeriod: cp, procedure } = parts;
  const missingWorkers: string[] = [];
  const workers: ScenarioWorker[] = [];
  for (const line of parts.workers?.lines ?? []) {
    const w = workerFacts.get(line.workerId);
    if (!w || w.productionUnitId !== cp.productionUnitId) {
      missingWorkers.push(line.workerId);
      continue;
    }
    const { productionUnitId: _unit, ...rest } = w;
    workers.push({ ...rest, hoursLost: line.hoursLost, ...(line.daysAffected !== null ? { daysAffected: line.daysAffected } : {}) });
  }
  const scenario: Scenario = {
    asOf: dates.asOf,
    applicationDate: dates.applicationDate,
    employer: { ...facts.employer, companyHeadcount: companyHeadcount(facts, dates.applicationDate) },
    units: facts.units.map((u) => ({ id: u.id, provinceCode: u.provinceCode, comuneName: u.comuneName })),
    headcounts: facts.headcounts,
    ledger: facts.ledger,
    request: {
      productionUnitId: cp.productionUnitId,
      cause: cp.cause,
      reductionType: cp.reductionType,
      periodStart: cp.periodStart,
      periodEnd: cp.periodEnd,
      weekDays: cp.weekDays,
      paymentMode: cp.paymentMode,
      directPaymentGrounds: cp.directPaymentGrounds,
      crisisDueToCessation: cp.crisisDueToCessation,
      unavoidableEvent: procedure?.unavoidableEvent ?? false,
      weeklyReductionHours: procedure?.weeklyReductionHours ?? null,
      requestId: parts.requestId ?? null,
    },
    workers,
    procedure: {
      unionCommunicationDate: procedure?.unionCommunicationDate ?? null,
      jointExamRequestDate: procedure?.jointExamRequestDate ?? null,
      agreementDate: procedure?.agreementDate ?? null,
    },
  };
  if (facts.committeeResolutions.length) scenario.committeeResolutions = facts.committeeResolutions;
  return { scenario, missingWorkers };
}

export type DraftScenario = { draft: RequestDraft; scenario: Scenario | null; missingWorkers: string[]; facts: EmployerFacts };

export type ScenarioForDraftOptions = {
  /** The stored draft (Request.draft) when the caller has just read the request: not read again. */
  draftJson?: unknown;
};

/** The scenario of a request's saved draft (null until "Causale e periodo" is saved). */
export async function scenarioForDraft(db: Db, employerId: string, requestId: string, dates: { asOf: string; applicationDate: string }, opts: ScenarioForDraftOptions = {}): Promise<DraftScenario> {
  const request = opts.draftJson !== undefined ? { draft: opts.draftJson } : await db.request.findFirst({ where: { id: requestId, employerId }, select: { draft: true } });
  if (!request) throw new Error(`Request ${requestId} of employer ${employerId} not found`);
  const draft = readDraft(request.draft);
  const facts = await loadEmployerFacts(db, employerId);
  if (!draft.causePeriod) return { draft, scenario: null, missingWorkers: [], facts };
  const workerFacts = await loadWorkerFacts(db, employerId, draft.workers?.lines.map((l) => l.workerId) ?? []);
  const { scenario, missingWorkers } = buildScenario(facts, { causePeriod: draft.causePeriod, workers: draft.workers, procedure: draft.procedure, requestId }, workerFacts, dates);
  return { draft, scenario, missingWorkers, facts };
}

/** What the filing stores in Request.snapshot (immutable after filing). */
export type FilingSnapshot = {
  version: 1;
  filedAt: string;
  applicationDate: string;
  rulesVersion: string;
  draft: { causePeriod: StoredCausePeriod; workers: StoredWorkers; procedure: StoredProcedure };
  scenario: Scenario;
  result: import('@/lib/rules').SimulationResult;
};

/**
 * The scenario to re-evaluate a filed request "as of" another day (the Committee's re-evaluation):
 * the inputs frozen at filing, with today's ledger of the employer (this request's own entries are
 * left out by its id) and the new evaluation day. The application date stays the filing date.
 */
export async function scenarioForReevaluation(db: Db, employerId: string, requestId: string, asOf: string, opts: { facts?: EmployerFacts } = {}): Promise<Scenario | null> {
  const request = await db.request.findFirst({ where: { id: requestId, employerId }, select: { snapshot: true } });
  const snapshot = request?.snapshot as FilingSnapshot | null | undefined;
  if (!snapshot?.scenario) return null;
  // The caller's facts when it has them (the review page loads them once for two uses).
  const facts = opts.facts ?? (await loadEmployerFacts(db, employerId));
  return { ...snapshot.scenario, asOf, ledger: facts.ledger, request: { ...snapshot.scenario.request, requestId } };
}
