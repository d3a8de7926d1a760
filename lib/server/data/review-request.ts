import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { RULES_VERSION, ScenarioError, simulate, type Scenario, type SimulationResult, type TimelineWindow } from '@/lib/rules';
import { diffResults, type ResultDiff } from '@/lib/review/reevaluation';
import { readFilingSnapshot } from '@/lib/review/snapshot';
import { requireRole } from '@/lib/server/auth/guards';
import { isoDate, todayInRome } from '@/lib/server/clock';
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

/** Once per page view: the page and its metadata both ask for it. */
export const getRequestForReview = cache(async (requestId: string): Promise<ReviewRequestDto> => {
  await requireRole('STAFF', 'ADMIN');
  const r = await prisma.request.findUnique({
    where: { id: requestId },
    select: {
      id: true,
      version: true,
      protocolNumber: true,
      status: true,
      filedAt: true,
      decidedAt: true,
      conguaglioBy: true,
      cause: true,
      reductionType: true,
      periodStart: true,
      periodEnd: true,
      paymentMode: true,
      sizeClass: true,
      weeksRequested: true,
      weeksGranted: true,
      totalGross: true,
      totalGrossGranted: true,
      rulesVersion: true,
      snapshot: true,
      employer: { select: { id: true, legalName: true, codiceFiscale: true, matricolaInps: true, atecoCode: true, sectorDescription: true } },
      productionUnit: { select: { id: true, name: true, comuneName: true, provinceCode: true } },
      workers: {
        orderBy: { id: 'asc' },
        select: {
          id: true,
          workerId: true,
          hoursLost: true,
          eligible: true,
          grossAmount: true,
          netAmount: true,
          hoursGranted: true,
          grossGranted: true,
          netGranted: true,
          worker: { select: { firstName: true, lastName: true, codiceFiscale: true, category: true, contractType: true } },
        },
      },
      statusChanges: { orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { fromStatus: true, toStatus: true, at: true, note: true, byUser: { select: { name: true, role: true } } } },
      decisions: {
        orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          kind: true,
          decidedAt: true,
          reasonCodes: true,
          weeksGranted: true,
          grantedStart: true,
          grantedEnd: true,
          note: true,
          decidedBy: { select: { name: true } },
          resolution: { select: { number: true, date: true, subject: true } },
        },
      },
      windowEntries: { orderBy: { createdAt: 'asc' }, select: { id: true, kind: true, periodStart: true, periodEnd: true, weeks: true, releasedAt: true } },
    },
  });
  if (!r || r.status === 'DRAFT' || r.status === 'DISCARDED') notFound();
  const snapshot = readFilingSnapshot(r.snapshot);
  const byWorker = new Map((snapshot?.result.workers ?? []).map((w) => [w.id, w]));
  const dto: ReviewRequestDto = {
    id: r.id,
    version: r.version,
    protocolNumber: r.protocolNumber,
    status: r.status,
    filedAt: r.filedAt?.toISOString() ?? null,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    conguaglioBy: r.conguaglioBy ? isoDate(r.conguaglioBy) : null,
    cause: r.cause,
    reductionType: r.reductionType,
    periodStart: r.periodStart ? isoDate(r.periodStart) : null,
    periodEnd: r.periodEnd ? isoDate(r.periodEnd) : null,
    paymentMode: r.paymentMode,
    directPaymentAuthorised: r.decisions.some((d) => d.kind === 'AUTHORISE_DIRECT_PAYMENT'),
    sizeClass: r.sizeClass,
    weeksRequested: r.weeksRequested?.toString() ?? null,
    weeksGranted: r.weeksGranted?.toString() ?? null,
    totalGross: r.totalGross?.toString() ?? null,
    totalGrossGranted: r.totalGrossGranted?.toString() ?? null,
    rulesVersion: r.rulesVersion,
    employer: r.employer,
    unit: r.productionUnit,
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
        hoursLost: w.hoursLost.toString(),
        eligible: w.eligible,
        reasons: result?.reasons.map((reason) => reason.message) ?? [],
        grossAmount: w.grossAmount?.toString() ?? null,
        netAmount: w.netAmount?.toString() ?? null,
        hoursGranted: w.hoursGranted?.toString() ?? null,
        grossGranted: w.grossGranted?.toString() ?? null,
        netGranted: w.netGranted?.toString() ?? null,
      };
    }),
    history: r.statusChanges.map((s) => ({ from: s.fromStatus, to: s.toStatus, at: s.at.toISOString(), by: s.byUser.name, role: s.byUser.role, note: s.note })),
    decisions: r.decisions.map((d) => ({
      id: d.id,
      kind: d.kind,
      decidedAt: d.decidedAt.toISOString(),
      decidedBy: d.decidedBy.name,
      resolution: d.resolution ? { number: d.resolution.number, date: isoDate(d.resolution.date), subject: d.resolution.subject } : null,
      reasonCodes: d.reasonCodes,
      weeksGranted: d.weeksGranted?.toString() ?? null,
      grantedStart: d.grantedStart ? isoDate(d.grantedStart) : null,
      grantedEnd: d.grantedEnd ? isoDate(d.grantedEnd) : null,
      note: d.note,
    })),
    ledger: r.windowEntries.map((e) => ({
      id: e.id,
      kind: e.kind,
      periodStart: isoDate(e.periodStart),
      periodEnd: isoDate(e.periodEnd),
      weeks: e.weeks.toString(),
      releasedAt: e.releasedAt?.toISOString() ?? null,
    })),
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
