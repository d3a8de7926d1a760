import 'server-only';
import Decimal from 'decimal.js';
import type { Cause, SimulationResult, TimelineWindow } from '@/lib/rules';
import { prisma } from '@/lib/server/db';
import { requireEmployerAccess } from '@/lib/server/auth/guards';
import { isoDate, todayInRome } from '@/lib/server/clock';
import { DomainError } from '@/lib/server/errors';
import { PENDING_STATUSES, type RequestStatus } from './requests';
import { loadEmployerFacts, type FilingSnapshot } from './scenario';
import { filedRequestTimeline } from './timeline';

// A filed request as its employer sees it (issue 4, "Request page"; receipt PDF): summary,
// per-worker results, status history, the Committee's decisions. Messages come from the shared
// thread DAL (lib/server/data/messages.ts).

export type RequestDetailDto = {
  id: string;
  employerId: string;
  employer: { legalName: string; codiceFiscale: string; matricolaInps: string | null };
  status: RequestStatus;
  protocolNumber: string | null;
  filedAt: string | null;
  unit: { id: string; name: string; comuneName: string; provinceCode: string } | null;
  cause: Cause | null;
  reductionType: 'SUSPENSION' | 'REDUCTION' | null;
  causeDescription: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  grantedPeriod: { start: string; end: string } | null;
  weeksRequested: string | null;
  weeksGranted: string | null;
  totalGross: string | null;
  sizeClass: string | null;
  rulesVersion: string | null;
  paymentMode: 'CONGUAGLIO' | 'DIRECT';
  /** The result frozen at filing (trace with citations); null for drafts. */
  result: SimulationResult | null;
  procedure: FilingSnapshot['draft']['procedure'] | null;
  workers: Array<{
    id: string;
    lastName: string;
    firstName: string;
    codiceFiscale: string;
    hoursLost: string;
    eligible: boolean;
    gross: string | null;
    net: string | null;
    reasons: string[];
    /** The Committee's grant for this worker (null until a decision grants something). */
    hoursGranted: string | null;
    grossGranted: string | null;
    netGranted: string | null;
  }>;
  history: Array<{ from: RequestStatus | null; to: RequestStatus; at: string; by: string; note: string | null }>;
  decisions: Array<{ id: string; kind: string; decidedAt: string; weeksGranted: string | null; grantedStart: string | null; grantedEnd: string | null; reasonCodes: string[]; note: string | null; resolution: { number: string; date: string; subject: string } | null }>;
  /** This request's entries in the windows ledger: reserved at filing, authorised by a decision, released when freed. */
  ledger: Array<{ kind: string; periodStart: string; periodEnd: string; weeks: string; releasedAt: string | null }>;
  /** Weeks this request once held and no longer holds (withdrawn, rejected, or granted in part): capacity freed. */
  weeksFreed: string;
  canWithdraw: boolean;
};

export async function getRequestDetail(employerId: string, requestId: string): Promise<RequestDetailDto> {
  await requireEmployerAccess(employerId, 'read');
  const r = await prisma.request.findFirst({
    where: { id: requestId, employerId },
    select: {
      id: true,
      employerId: true,
      status: true,
      protocolNumber: true,
      filedAt: true,
      cause: true,
      reductionType: true,
      periodStart: true,
      periodEnd: true,
      weeksRequested: true,
      weeksGranted: true,
      totalGross: true,
      sizeClass: true,
      rulesVersion: true,
      paymentMode: true,
      snapshot: true,
      employer: { select: { legalName: true, codiceFiscale: true, matricolaInps: true } },
      productionUnit: { select: { id: true, name: true, comuneName: true, provinceCode: true } },
      workers: { select: { workerId: true, hoursLost: true, eligible: true, grossAmount: true, netAmount: true, hoursGranted: true, grossGranted: true, netGranted: true, worker: { select: { lastName: true, firstName: true, codiceFiscale: true } } } },
      statusChanges: { orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { fromStatus: true, toStatus: true, at: true, note: true, byUser: { select: { name: true } } } },
      decisions: {
        orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }],
        select: { id: true, kind: true, decidedAt: true, weeksGranted: true, grantedStart: true, grantedEnd: true, reasonCodes: true, note: true, resolution: { select: { number: true, date: true, subject: true } } },
      },
      windowEntries: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { kind: true, periodStart: true, periodEnd: true, weeks: true, releasedAt: true } },
    },
  });
  if (!r) throw new DomainError('request.notFound');
  const snapshot = r.snapshot as FilingSnapshot | null;
  const reasonsByWorker = new Map(snapshot?.result.workers.map((w) => [w.id, w.reasons.map((x) => x.message)]) ?? []);
  const workers = r.workers
    .map((w) => ({
      id: w.workerId ?? '',
      lastName: w.worker?.lastName ?? '—',
      firstName: w.worker?.firstName ?? '',
      codiceFiscale: w.worker?.codiceFiscale ?? '',
      hoursLost: w.hoursLost.toFixed(),
      eligible: w.eligible,
      gross: w.grossAmount?.toFixed(2) ?? null,
      net: w.netAmount?.toFixed(2) ?? null,
      reasons: (w.workerId && reasonsByWorker.get(w.workerId)) || [],
      hoursGranted: w.hoursGranted?.toFixed() ?? null,
      grossGranted: w.grossGranted?.toFixed(2) ?? null,
      netGranted: w.netGranted?.toFixed(2) ?? null,
    }))
    .sort((a, b) => a.lastName.localeCompare(b.lastName, 'it') || a.firstName.localeCompare(b.firstName, 'it'));
  return {
    id: r.id,
    employerId: r.employerId,
    employer: r.employer,
    status: r.status,
    protocolNumber: r.protocolNumber,
    filedAt: r.filedAt?.toISOString() ?? null,
    unit: r.productionUnit,
    cause: r.cause,
    reductionType: r.reductionType,
    causeDescription: snapshot?.draft?.causePeriod.causeDescription ?? null,
    periodStart: r.periodStart ? isoDate(r.periodStart) : null,
    periodEnd: r.periodEnd ? isoDate(r.periodEnd) : null,
    grantedPeriod: snapshot?.result.grantedPeriod ?? null,
    weeksRequested: r.weeksRequested?.toFixed() ?? null,
    weeksGranted: r.weeksGranted?.toFixed() ?? null,
    totalGross: r.totalGross?.toFixed(2) ?? null,
    sizeClass: r.sizeClass,
    rulesVersion: r.rulesVersion,
    paymentMode: r.paymentMode,
    result: snapshot?.result ?? null,
    procedure: snapshot?.draft?.procedure ?? null,
    workers,
    history: r.statusChanges.map((s) => ({ from: s.fromStatus, to: s.toStatus, at: s.at.toISOString(), by: s.byUser.name, note: s.note })),
    decisions: r.decisions.map((d) => ({
      id: d.id,
      kind: d.kind,
      decidedAt: d.decidedAt.toISOString(),
      weeksGranted: d.weeksGranted?.toFixed() ?? null,
      grantedStart: d.grantedStart ? isoDate(d.grantedStart) : null,
      grantedEnd: d.grantedEnd ? isoDate(d.grantedEnd) : null,
      reasonCodes: d.reasonCodes,
      note: d.note,
      resolution: d.resolution ? { number: d.resolution.number, date: isoDate(d.resolution.date), subject: d.resolution.subject } : null,
    })),
    weeksFreed: weeksFreed(r.windowEntries).toFixed(),
    ledger: r.windowEntries.map((e) => ({ kind: e.kind, periodStart: isoDate(e.periodStart), periodEnd: isoDate(e.periodEnd), weeks: e.weeks.toFixed(), releasedAt: e.releasedAt?.toISOString() ?? null })),
    canWithdraw: (PENDING_STATUSES as readonly string[]).includes(r.status),
  };
}

/** Released weeks minus the weeks still counted: a reservation replaced by a smaller grant frees the difference. */
function weeksFreed(entries: ReadonlyArray<{ weeks: { toFixed(): string }; releasedAt: Date | null }>): Decimal {
  const released = entries.filter((e) => e.releasedAt).reduce((sum, e) => sum.plus(e.weeks.toFixed()), new Decimal(0));
  const live = entries.filter((e) => !e.releasedAt).reduce((sum, e) => sum.plus(e.weeks.toFixed()), new Decimal(0));
  return Decimal.max(0, released.minus(live));
}

/**
 * The rolling windows of the request's production unit that end on its last requested day, with
 * the employer's ledger as it is now: this request's weeks among the reserved ones while pending,
 * among the used ones once granted, gone once withdrawn or rejected (capacity freed).
 */
export async function requestDetailWindows(detail: RequestDetailDto, today = todayInRome()): Promise<TimelineWindow[]> {
  await requireEmployerAccess(detail.employerId, 'read');
  if (!detail.unit || !detail.cause || !detail.periodStart || !detail.periodEnd || !detail.result) return [];
  const facts = await loadEmployerFacts(prisma, detail.employerId);
  return filedRequestTimeline(facts, {
    requestId: detail.id,
    productionUnitId: detail.unit.id,
    cause: detail.cause,
    periodStart: detail.periodStart,
    periodEnd: detail.periodEnd,
    sizeClass: detail.result.sizeClass?.class ?? null,
    regimeId: detail.result.regime?.id as never,
    asOf: today,
    asProposal: null,
  });
}
