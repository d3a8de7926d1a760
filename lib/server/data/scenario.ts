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

type StoredResolution = { number: string; date: string; parameterKey: string | null; parameterValue: unknown; effectiveFrom: string | null };

/** A row of the resolutions register as lib/rules takes it; null unless its value is a decimal (string or number). */
function resolutionOf(r: StoredResolution): CommitteeResolution | null {
  const value = typeof r.parameterValue === 'number' ? String(r.parameterValue) : typeof r.parameterValue === 'string' ? r.parameterValue : null;
  if (value === null || !/^\d+(\.\d+)?$/.test(value)) return null;
  const resolution: CommitteeResolution = { number: r.number, date: r.date, parameterKey: r.parameterKey as CommitteeResolution['parameterKey'], value };
  if (r.effectiveFrom) resolution.effectiveFrom = r.effectiveFrom;
  return resolution;
}

const resolutionsOf = (rows: readonly StoredResolution[]) => rows.flatMap((r) => resolutionOf(r) ?? []);

/** The Committee-dependent parameters of the resolutions register, as lib/rules takes them (also used by the Committee's re-evaluation). */
export async function loadResolutions(db: Db): Promise<CommitteeResolution[]> {
  const rows = await db.committeeResolution.findMany({
    where: { parameterKey: { in: [...COMMITTEE_PARAMETER_KEYS] } },
    orderBy: [{ date: 'asc' }, { number: 'asc' }],
    select: { number: true, date: true, parameterKey: true, parameterValue: true, effectiveFrom: true },
  });
  return resolutionsOf(rows.map((r) => ({ ...r, date: isoDate(r.date), effectiveFrom: dateOrNull(r.effectiveFrom) })));
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

/**
 * One employer's facts and the rules' view of some of its workers, in ONE statement: the facts the
 * wizard, the pages and the filing transaction evaluate (loadEmployerFactsMany sends four, and its
 * ORM rows cost ~3 ms of Node CPU per filing: docs/performance.md, "Filing throughput"). The
 * database builds the JSON document in exactly the shapes of EmployerFacts and WorkerFacts:
 * decimals as exact decimal strings (trim_scale(x)::text is decimal.js's toFixed(); the monthly
 * pay's round(x, 2)::text its toFixed(2)), calendar dates as 'YYYY-MM-DD', enums as their names,
 * same filters and orders as loadEmployerFactsMany and loadResolutions (the integration test
 * "one statement and the batch builder agree" compares the two).
 * factsJson(ids) is the document's expression ($1 the employer, $2 the register's parameter keys,
 * `ids` an SQL text[] of worker ids), for statements that read more in the same round trip (the
 * filing's re-read, whose ids come from the draft it reads: draftWorkerIdsSql).
 */
export const factsJson = (workerIds: string) => `json_build_object(
  'employer', (SELECT json_build_object('inCigoScope', e."inCigoScope", 'inCigsScope', e."inCigsScope", 'bilateralFund', e."bilateralFund",
                 'optInDate', to_char(e."optInDate", 'YYYY-MM-DD'), 'exitDate', to_char(e."exitDate", 'YYYY-MM-DD'),
                 'activityStartDate', to_char(e."activityStartDate", 'YYYY-MM-DD'))
                 FROM "Employer" e WHERE e."id" = $1),
  'units', (SELECT COALESCE(json_agg(json_build_object('id', u."id", 'name', u."name", 'comuneName', u."comuneName", 'comuneCode', u."comuneCode",
                 'provinceCode', u."provinceCode") ORDER BY u."createdAt", u."id"), '[]')
              FROM "ProductionUnit" u WHERE u."employerId" = $1 AND u."isActive"),
  'headcounts', (SELECT COALESCE(json_agg(json_build_object('productionUnitId', h."productionUnitId", 'month', to_char(h."month", 'YYYY-MM'),
                 'heads', h."heads", 'sizeUnits', trim_scale(h."sizeUnits")::text) ORDER BY h."month", h."productionUnitId"), '[]')
              FROM "HeadcountMonth" h JOIN "ProductionUnit" u ON u."id" = h."productionUnitId" WHERE h."employerId" = $1 AND u."isActive"),
  'ledger', (SELECT COALESCE(json_agg(json_build_object('id', w."id", 'productionUnitId', w."productionUnitId", 'requestId', w."requestId",
                 'kind', w."kind", 'cause', w."cause", 'periodStart', to_char(w."periodStart", 'YYYY-MM-DD'),
                 'periodEnd', to_char(w."periodEnd", 'YYYY-MM-DD'), 'weeks', trim_scale(w."weeks")::text, 'neutralised', w."neutralised")
                 ORDER BY w."periodStart", w."id"), '[]')
              FROM "WindowEntry" w WHERE w."employerId" = $1 AND w."releasedAt" IS NULL),
  'resolutions', (SELECT COALESCE(json_agg(json_build_object('number', r."number", 'date', to_char(r."date", 'YYYY-MM-DD'), 'parameterKey', r."parameterKey",
                 'parameterValue', r."parameterValue", 'effectiveFrom', to_char(r."effectiveFrom", 'YYYY-MM-DD')) ORDER BY r."date", r."number"), '[]')
              FROM "CommitteeResolution" r WHERE r."parameterKey" = ANY ($2::text[])),
  'workers', (SELECT COALESCE(json_agg(json_build_object('id', w."id", 'productionUnitId', w."productionUnitId", 'category', w."category",
                 'contractType', w."contractType", 'apprenticeType', w."apprenticeType", 'hireDate', to_char(w."hireDate", 'YYYY-MM-DD'),
                 'effectiveDaysAtUnit', w."effectiveDaysAtUnit", 'weeklyHours', trim_scale(w."weeklyHours")::text, 'payBasis', w."payBasis",
                 'monthlyGlobalPay', round(w."monthlyGlobalPay", 2)::text, 'hourlyGlobalPay', trim_scale(w."hourlyGlobalPay")::text,
                 'householdWithoutChildren', w."householdWithoutChildren")), '[]')
              FROM "Worker" w WHERE w."employerId" = $1 AND w."id" = ANY (${workerIds})),
  'workerIds', to_json(${workerIds})
)`;

/**
 * The worker ids of a stored draft (`draft` an SQL jsonb expression of Request.draft): the
 * `workerId` of each of its lines, whatever else the draft holds (readDraft judges it later;
 * scenarioForDraft reads again should the ids not be those its parsed draft needs).
 */
export const draftWorkerIdsSql = (draft: string) =>
  `ARRAY(SELECT l ->> 'workerId' FROM jsonb_array_elements(CASE jsonb_typeof(${draft} -> 'workers' -> 'lines') WHEN 'array' THEN ${draft} -> 'workers' -> 'lines' ELSE '[]' END) AS l)`;

/** The facts and the workers `$3` as a statement of its own. */
export const FACTS_SQL = `SELECT ${factsJson('$3::text[]')} AS "facts"`;

/** The first parameters of factsJson: $1 the employer, $2 the register's parameter keys. */
export const factsParameters = (employerId: string) => [employerId, [...COMMITTEE_PARAMETER_KEYS]] as const;

/** The document FACTS_JSON builds. */
export type FactsDocument = {
  employer: EmployerFacts['employer'] | null;
  units: FactsUnit[];
  headcounts: Scenario['headcounts'];
  ledger: LedgerEntry[];
  resolutions: StoredResolution[];
  workers: Array<WorkerFacts & { productionUnitId: string }>;
  /** The ids the workers were asked for. */
  workerIds: Array<string | null>;
};

export type WorkerFactsMap = Map<string, WorkerFacts & { productionUnitId: string }>;

/** An employer's facts and the facts of the workers `workerIds` asked for (those of this employer). */
export type LoadedFacts = { facts: EmployerFacts; workers: WorkerFactsMap; workerIds: readonly string[] };

/** The facts of a factsJson document. */
export function factsOf(employerId: string, doc: FactsDocument): LoadedFacts {
  if (!doc.employer) throw new Error(`Employer ${employerId} not found`);
  return {
    facts: { employerId, employer: doc.employer, units: doc.units, headcounts: doc.headcounts, ledger: doc.ledger, committeeResolutions: resolutionsOf(doc.resolutions) },
    workers: new Map(doc.workers.map((w) => [w.id, w])),
    workerIds: doc.workerIds.filter((id): id is string => typeof id === 'string'),
  };
}

/** An employer's facts and the facts of the workers `workerIds` (those of this employer), in one statement (FACTS_SQL). */
export async function loadFactsWithWorkers(db: Db, employerId: string, workerIds: readonly string[]): Promise<LoadedFacts> {
  const [row] = await db.$queryRawUnsafe<Array<{ facts: FactsDocument }>>(FACTS_SQL, ...factsParameters(employerId), [...workerIds]);
  return factsOf(employerId, row!.facts);
}

/** One employer's facts (one statement, FACTS_SQL). */
export async function loadEmployerFacts(db: Db, employerId: string): Promise<EmployerFacts> {
  return (await loadFactsWithWorkers(db, employerId, [])).facts;
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
  /** The facts when the caller has just read them (the filing, with its re-read): used if they hold the draft's workers. */
  loaded?: LoadedFacts;
};

/** The workers whose facts a draft's scenario needs (none before "Causale e periodo"). */
export const draftWorkerIds = (draft: RequestDraft): string[] => (draft.causePeriod ? (draft.workers?.lines.map((l) => l.workerId) ?? []) : []);

/** The scenario of a request's saved draft (null until "Causale e periodo" is saved). */
export async function scenarioForDraft(db: Db, employerId: string, requestId: string, dates: { asOf: string; applicationDate: string }, opts: ScenarioForDraftOptions = {}): Promise<DraftScenario> {
  const request = opts.draftJson !== undefined ? { draft: opts.draftJson } : await db.request.findFirst({ where: { id: requestId, employerId }, select: { draft: true } });
  if (!request) throw new Error(`Request ${requestId} of employer ${employerId} not found`);
  const draft = readDraft(request.draft);
  // The employer's facts and its draft's workers in one statement (unless the caller has them).
  const workerIds = draftWorkerIds(draft);
  const loaded = opts.loaded && workerIds.every((id) => opts.loaded!.workerIds.includes(id)) ? opts.loaded : await loadFactsWithWorkers(db, employerId, workerIds);
  const { facts, workers: workerFacts } = loaded;
  if (!draft.causePeriod) return { draft, scenario: null, missingWorkers: [], facts };
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
export async function scenarioForReevaluation(
  db: Db,
  employerId: string,
  requestId: string,
  asOf: string,
  opts: { facts?: EmployerFacts; /** The request's stored snapshot JSON when the caller has read it already. */ snapshot?: unknown } = {},
): Promise<Scenario | null> {
  const stored = 'snapshot' in opts ? opts.snapshot : (await db.request.findFirst({ where: { id: requestId, employerId }, select: { snapshot: true } }))?.snapshot;
  const snapshot = stored as FilingSnapshot | null | undefined;
  if (!snapshot?.scenario) return null;
  // The caller's facts when it has them (the review page loads them once for two uses).
  const facts = opts.facts ?? (await loadEmployerFacts(db, employerId));
  return { ...snapshot.scenario, asOf, ledger: facts.ledger, request: { ...snapshot.scenario.request, requestId } };
}
