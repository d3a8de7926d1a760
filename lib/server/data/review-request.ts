import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { RULES_VERSION, ScenarioError, simulate, type Scenario, type SimulationResult, type TimelineWindow } from '@/lib/rules';
import { diffResults, type ResultDiff } from '@/lib/review/reevaluation';
import { readFilingSnapshot } from '@/lib/review/snapshot';
import { Prisma } from '@/lib/generated/prisma/client';
import { requireRole } from '@/lib/server/auth/guards';
import { todayInRome } from '@/lib/server/clock';
import { prisma } from '@/lib/server/db';
import { loadEmployerFacts, scenarioForReevaluation } from '@/lib/server/data/scenario';
import { filedRequestTimeline } from '@/lib/server/data/timeline';
import { logError } from '@/lib/server/log';

// Everything the Committee's staff need to decide on one request: what the employer filed (from
// the immutable snapshot), the rule trace with failed and warned rules first, the worker lines,
// history, decisions, attachments, the request's ledger entries, and a re-evaluation.

export type ReviewWorker = {
  requestWorkerId: string;
  workerId: string | null;
  name: string;
  codiceFiscale: string | null;
  category: string | null;
  contractType: string | null;
  hoursLost: string;
  eligible: boolean;
  reasons: string[];
  grossAmount: string | null;
  netAmount: string | null;
  hoursGranted: string | null;
  grossGranted: string | null;
  netGranted: string | null;
};

export type ReviewDecision = {
  id: string;
  kind: string;
  decidedAt: string;
  decidedBy: string;
  resolution: { number: string; date: string; subject: string } | null;
  reasonCodes: string[];
  weeksGranted: string | null;
  grantedStart: string | null;
  grantedEnd: string | null;
  note: string | null;
};

export type Reevaluation = { label: 'rules' | 'data'; rulesVersion: string; result: SimulationResult | null; diff: ResultDiff | null; error: string | null };

export type ReviewRequestDto = {
  id: string;
  version: number;
  protocolNumber: string | null;
  status: string;
  filedAt: string | null;
  decidedAt: string | null;
  conguaglioBy: string | null;
  cause: string | null;
  reductionType: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  paymentMode: string;
  directPaymentAuthorised: boolean;
  sizeClass: string | null;
  weeksRequested: string | null;
  weeksGranted: string | null;
  totalGross: string | null;
  totalGrossGranted: string | null;
  rulesVersion: string | null;
  employer: {
    id: string;
    legalName: string;
    codiceFiscale: string;
    matricolaInps: string | null;
    atecoCode: string | null;
    sectorDescription: string | null;
  };
  unit: { id: string; name: string; comuneName: string; provinceCode: string } | null;
  snapshot: { inputs: Scenario; result: SimulationResult; rulesVersion: string } | null;
  workers: ReviewWorker[];
  history: Array<{ from: string | null; to: string; at: string; by: string; role: string; note: string | null }>;
  decisions: ReviewDecision[];
  ledger: Array<{ id: string; kind: string; periodStart: string; periodEnd: string; weeks: string; releasedAt: string | null }>;
};

/**
 * The employer's facts (units, headcounts, live ledger, resolutions register) once per page view:
 * the re-evaluation and the timeline both need them and run side by side (5 statements each).
 */
const reviewFacts = cache((employerId: string) => loadEmployerFacts(prisma, employerId));

/** The stored snapshot JSON of each DTO, for the re-evaluation (which would otherwise read it again). */
const storedSnapshots = new WeakMap<ReviewRequestDto, unknown>();

// to_char of a timestamp(3) column (UTC) in the format of Date.toISOString().
const ISO_INSTANT = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * The request with its employer, unit, worker lines, status changes, decisions and ledger entries
 * in one statement (the nested rows as JSON arrays): the ORM read them in eleven, four of them
 * `IN (NULL)` look-ups for the relations of empty lists. Figures come as text (no float on the way).
 */
const reviewRequestSql = (requestId: string) => Prisma.sql`
  SELECT r."id", r."version", r."protocolNumber", r."status"::text AS "status",
    to_char(r."filedAt", ${Prisma.raw(ISO_INSTANT)}) AS "filedAt", to_char(r."decidedAt", ${Prisma.raw(ISO_INSTANT)}) AS "decidedAt",
    to_char(r."conguaglioBy", 'YYYY-MM-DD') AS "conguaglioBy", r."cause"::text AS "cause", r."reductionType"::text AS "reductionType",
    to_char(r."periodStart", 'YYYY-MM-DD') AS "periodStart", to_char(r."periodEnd", 'YYYY-MM-DD') AS "periodEnd",
    r."paymentMode"::text AS "paymentMode", r."sizeClass", r."weeksRequested"::text AS "weeksRequested", r."weeksGranted"::text AS "weeksGranted",
    r."totalGross"::text AS "totalGross", r."totalGrossGranted"::text AS "totalGrossGranted", r."rulesVersion", r."snapshot",
    json_build_object('id', e."id", 'legalName', e."legalName", 'codiceFiscale', e."codiceFiscale", 'matricolaInps', e."matricolaInps",
      'atecoCode', e."atecoCode", 'sectorDescription', e."sectorDescription") AS "employer",
    CASE WHEN u."id" IS NULL THEN NULL ELSE json_build_object('id', u."id", 'name', u."name", 'comuneName', u."comuneName", 'provinceCode', u."provinceCode") END AS "unit",
    (SELECT COALESCE(json_agg(json_build_object('id', rw."id", 'workerId', rw."workerId", 'hoursLost', rw."hoursLost"::text, 'eligible', rw."eligible",
        'grossAmount', rw."grossAmount"::text, 'netAmount', rw."netAmount"::text, 'hoursGranted', rw."hoursGranted"::text,
        'grossGranted', rw."grossGranted"::text, 'netGranted', rw."netGranted"::text,
        'worker', CASE WHEN w."id" IS NULL THEN NULL ELSE json_build_object('firstName', w."firstName", 'lastName', w."lastName",
          'codiceFiscale', w."codiceFiscale", 'category', w."category"::text, 'contractType', w."contractType"::text) END
      ) ORDER BY rw."id"), '[]'::json)
      FROM "RequestWorker" rw LEFT JOIN "Worker" w ON w."id" = rw."workerId" WHERE rw."requestId" = r."id") AS "workers",
    (SELECT COALESCE(json_agg(json_build_object('from', s."fromStatus"::text, 'to', s."toStatus"::text, 'at', to_char(s."at", ${Prisma.raw(ISO_INSTANT)}),
        'by', su."name", 'role', su."role"::text, 'note', s."note") ORDER BY s."at", s."id"), '[]'::json)
      FROM "RequestStatusChange" s JOIN "User" su ON su."id" = s."byUserId" WHERE s."requestId" = r."id") AS "history",
    (SELECT COALESCE(json_agg(json_build_object('id', d."id", 'kind', d."kind"::text, 'decidedAt', to_char(d."decidedAt", ${Prisma.raw(ISO_INSTANT)}),
        'decidedBy', du."name", 'reasonCodes', d."reasonCodes", 'weeksGranted', d."weeksGranted"::text,
        'grantedStart', to_char(d."grantedStart", 'YYYY-MM-DD'), 'grantedEnd', to_char(d."grantedEnd", 'YYYY-MM-DD'), 'note', d."note",
        'resolution', CASE WHEN cr."id" IS NULL THEN NULL ELSE json_build_object('number', cr."number", 'date', to_char(cr."date", 'YYYY-MM-DD'), 'subject', cr."subject") END
      ) ORDER BY d."decidedAt", d."id"), '[]'::json)
      FROM "Decision" d JOIN "User" du ON du."id" = d."decidedById" LEFT JOIN "CommitteeResolution" cr ON cr."id" = d."resolutionId"
      WHERE d."requestId" = r."id") AS "decisions",
    (SELECT COALESCE(json_agg(json_build_object('id', we."id", 'kind', we."kind"::text, 'periodStart', to_char(we."periodStart", 'YYYY-MM-DD'),
        'periodEnd', to_char(we."periodEnd", 'YYYY-MM-DD'), 'weeks', we."weeks"::text, 'releasedAt', to_char(we."releasedAt", ${Prisma.raw(ISO_INSTANT)})
      ) ORDER BY we."createdAt", we."id"), '[]'::json)
      FROM "WindowEntry" we WHERE we."requestId" = r."id") AS "ledger"
  FROM "Request" r
  JOIN "Employer" e ON e."id" = r."employerId"
  LEFT JOIN "ProductionUnit" u ON u."id" = r."productionUnitId"
  WHERE r."id" = ${requestId}`;

type ReviewRow = Omit<ReviewRequestDto, 'directPaymentAuthorised' | 'snapshot' | 'workers' | 'decisions'> & {
  snapshot: unknown;
  workers: Array<{
    id: string;
    workerId: string | null;
    hoursLost: string;
    eligible: boolean;
    grossAmount: string | null;
    netAmount: string | null;
    hoursGranted: string | null;
    grossGranted: string | null;
    netGranted: string | null;
    worker: { firstName: string; lastName: string; codiceFiscale: string; category: string; contractType: string } | null;
  }>;
  decisions: ReviewDecision[];
};

/** A figure as the ORM's Decimal prints it ("40.00" → "40"), null kept. */
const figure = (text: string | null): string | null => (text === null ? null : new Prisma.Decimal(text).toString());

/** Once per page view: the page and its metadata both ask for it. */
export const getRequestForReview = cache(async (requestId: string): Promise<ReviewRequestDto> => {
  await requireRole('STAFF', 'ADMIN');
  const [r] = await prisma.$queryRaw<ReviewRow[]>(reviewRequestSql(requestId));
  if (!r || r.status === 'DRAFT' || r.status === 'DISCARDED') notFound();
  const snapshot = readFilingSnapshot(r.snapshot);
  const byWorker = new Map((snapshot?.result.workers ?? []).map((w) => [w.id, w]));
  const dto: ReviewRequestDto = {
    id: r.id,
    version: r.version,
    protocolNumber: r.protocolNumber,
    status: r.status,
    filedAt: r.filedAt,
    decidedAt: r.decidedAt,
    conguaglioBy: r.conguaglioBy,
    cause: r.cause,
    reductionType: r.reductionType,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    paymentMode: r.paymentMode,
    directPaymentAuthorised: r.decisions.some((d) => d.kind === 'AUTHORISE_DIRECT_PAYMENT'),
    sizeClass: r.sizeClass,
    weeksRequested: figure(r.weeksRequested),
    weeksGranted: figure(r.weeksGranted),
    totalGross: figure(r.totalGross),
    totalGrossGranted: figure(r.totalGrossGranted),
    rulesVersion: r.rulesVersion,
    employer: r.employer,
    unit: r.unit,
    snapshot,
    workers: r.workers.map((w) => {
      const result = (w.workerId && byWorker.get(w.workerId)) || undefined;
      return {
        requestWorkerId: w.id,
        workerId: w.workerId,
        name: w.worker ? `${w.worker.lastName} ${w.worker.firstName}` : '—',
        codiceFiscale: w.worker?.codiceFiscale ?? null,
        category: w.worker?.category ?? null,
        contractType: w.worker?.contractType ?? null,
        hoursLost: figure(w.hoursLost)!,
        eligible: w.eligible,
        reasons: result?.reasons.map((reason) => reason.message) ?? [],
        grossAmount: figure(w.grossAmount),
        netAmount: figure(w.netAmount),
        hoursGranted: figure(w.hoursGranted),
        grossGranted: figure(w.grossGranted),
        netGranted: figure(w.netGranted),
      };
    }),
    history: r.history,
    decisions: r.decisions.map((d) => ({ ...d, weeksGranted: figure(d.weeksGranted) })),
    ledger: r.ledger.map((e) => ({ ...e, weeks: figure(e.weeks)! })),
  };
  storedSnapshots.set(dto, r.snapshot);
  return dto;
});

function evaluate(label: Reevaluation['label'], scenario: Scenario, filed: SimulationResult): Reevaluation {
  try {
    const result = simulate(scenario);
    return { label, rulesVersion: result.rulesVersion, result, diff: diffResults(filed, result), error: null };
  } catch (error) {
    if (error instanceof ScenarioError) return { label, rulesVersion: RULES_VERSION, result: null, diff: null, error: error.issues.map((i) => i.message).join(' · ') };
    logError('re-evaluation failed', error);
    return { label, rulesVersion: RULES_VERSION, result: null, diff: null, error: 'Valutazione non riuscita' };
  }
}

/**
 * Two re-evaluations of a filed request, each compared with the filing snapshot:
 * - "rules": the filing's own inputs with today's rules version and today's register of Committee
 *   resolutions — a difference comes from a change of rules or of Committee-dependent parameters;
 * - "data": the scenario builder's view today (lib/server/data/scenario.ts): the inputs frozen at
 *   filing with the employer's ledger as it is now (other requests decided, withdrawn or filed
 *   since), evaluated as of today.
 */
export async function reevaluate(dto: ReviewRequestDto): Promise<Reevaluation[]> {
  await requireRole('STAFF', 'ADMIN');
  if (!dto.snapshot) return [];
  const facts = await reviewFacts(dto.employer.id);
  const resolutions = facts.committeeResolutions;
  const current = await scenarioForReevaluation(prisma, dto.employer.id, dto.id, todayInRome(), storedSnapshots.has(dto) ? { facts, snapshot: storedSnapshots.get(dto) } : { facts });
  const withResolutions = (scenario: Scenario): Scenario => {
    const copy = structuredClone(scenario);
    if (resolutions.length) copy.committeeResolutions = resolutions;
    else delete copy.committeeResolutions;
    return copy;
  };
  const out = [evaluate('rules', withResolutions(dto.snapshot.inputs), dto.snapshot.result)];
  if (current) out.push(evaluate('data', withResolutions(current), dto.snapshot.result));
  return out;
}

/**
 * The production unit's rolling windows today, around this request's period, for the shared
 * WindowTimeline: the employer's ledger as it is now (lib/server/data/timeline.ts) with this
 * request shown as the proposal — what it reserves while pending, what was granted once decided,
 * nothing once rejected or withdrawn (the capacity it freed shows as remaining).
 */
export async function reviewTimeline(dto: ReviewRequestDto): Promise<TimelineWindow[]> {
  await requireRole('STAFF', 'ADMIN');
  const snapshot = dto.snapshot;
  if (!snapshot || !dto.unit) return [];
  const facts = await reviewFacts(dto.employer.id);
  const live = dto.ledger.filter((e) => e.releasedAt === null && (e.kind === 'RESERVED' || e.kind === 'AUTHORISED'));
  const held = live.at(-1) ?? null;
  const request = snapshot.inputs.request;
  return filedRequestTimeline(facts, {
    requestId: dto.id,
    productionUnitId: dto.unit.id,
    cause: request.cause,
    periodStart: request.periodStart,
    periodEnd: request.periodEnd,
    sizeClass: snapshot.result.sizeClass?.class ?? null,
    regimeId: snapshot.result.regime?.id as never,
    asOf: todayInRome(),
    asProposal: held ? { start: held.periodStart, end: held.periodEnd, weeks: held.weeks } : null,
  });
}
