import 'server-only';
import Decimal from 'decimal.js';
import type { Prisma } from '@/lib/generated/prisma/client';
import { RuleContext, simulate, type Scenario, type ScenarioWorker, type SimulationResult } from '@/lib/rules';
import { parseDate } from '@/lib/rules/core/calendar-date';
import { conguaglioDeadline } from '@/lib/rules/procedure/conguaglio';
import { DECIDED_STATUSES, isPendingStatus } from '@/lib/review/queue';
import { reasonCode, type ReasonUse } from '@/lib/review/reason-codes';
import { readFilingSnapshot, type FilingSnapshot } from '@/lib/review/snapshot';
import { requireRole } from '@/lib/server/auth/guards';
import type { CurrentUser } from '@/lib/server/auth/session';
import { dateColumn, isoDate, todayInRome } from '@/lib/server/clock';
import { prisma } from '@/lib/server/db';
import { lockKey, withLockedTransaction, type Tx } from '@/lib/server/db-transaction';
import { REQUEST_LOCK } from '@/lib/server/data/filing-core';
import { LEDGER_LOCK } from '@/lib/server/data/timeline';
import { recordAudit } from '@/lib/server/data/audit';
import { notifyDecision } from '@/lib/server/data/decision-notifications';
import { DomainError } from '@/lib/server/errors';
import { logError } from '@/lib/server/log';

// The Committee's decisions on a filed request (digest G-4). Each runs in ONE transaction:
// the request row is locked, its status and version are checked (optimistic concurrency: the
// form carries the version the reviewer saw, so of two decisions taken on the same page only the
// first applies), then the decision, the status history, the per-worker grant, the windows ledger
// (RESERVED → AUTHORISED for what was granted, the rest released) and the audit event are
// written together. E-mails go out after the commit.

type Base = { requestId: string; version: number; note?: string | null };
export type DecisionCommand =
  | (Base & { kind: 'APPROVE'; resolutionId: string })
  | (Base & {
      kind: 'APPROVE_PARTIAL';
      resolutionId: string;
      grantedStart: string;
      grantedEnd: string;
      /** Hours the Committee accepts per worker line, over the requested period (≤ requested). */
      workers: Array<{ requestWorkerId: string; hoursGranted: string }>;
      reasonCodes: string[];
    })
  | (Base & { kind: 'REJECT'; resolutionId: string; reasonCodes: string[] })
  | (Base & { kind: 'REQUEST_INFO'; resolutionId?: string | null; message: string })
  | (Base & { kind: 'AUTHORISE_DIRECT_PAYMENT'; resolutionId: string; reasonCodes: string[] });

export type DecisionOutcome = { decisionId: string; requestId: string; employerId: string; status: string; version: number };

/** The grant computed from the snapshot: what the ledger and the worker lines receive. */
export type Grant = {
  start: string;
  end: string;
  weeks: string;
  totalGross: string;
  workers: Array<{ requestWorkerId: string; hoursGranted: string; gross: string; net: string }>;
};

const STATUS_OF: Record<DecisionCommand['kind'], string | null> = {
  APPROVE: 'APPROVED',
  APPROVE_PARTIAL: 'PARTIALLY_APPROVED',
  REJECT: 'REJECTED',
  REQUEST_INFO: 'INFO_REQUESTED',
  AUTHORISE_DIRECT_PAYMENT: null,
};

const AUDIT_ACTION: Record<DecisionCommand['kind'], string> = {
  APPROVE: 'request.decision.approve',
  APPROVE_PARTIAL: 'request.decision.approvePartial',
  REJECT: 'request.decision.reject',
  REQUEST_INFO: 'request.decision.requestInfo',
  AUTHORISE_DIRECT_PAYMENT: 'request.decision.authoriseDirectPayment',
};

type LockedRequest = NonNullable<Awaited<ReturnType<typeof loadLocked>>>;

async function loadLocked(tx: Tx, requestId: string) {
  // Row lock first: a concurrent decision waits here and then sees the committed new version.
  const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Request" WHERE "id" = ${requestId} FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.request.findUnique({
    where: { id: requestId },
    select: {
      id: true,
      employerId: true,
      productionUnitId: true,
      protocolNumber: true,
      status: true,
      version: true,
      paymentMode: true,
      cause: true,
      snapshot: true,
      weeksRequested: true,
      weeksGranted: true,
      updatedAt: true,
      workers: { select: { id: true, workerId: true, hoursLost: true } },
      decisions: { where: { kind: 'AUTHORISE_DIRECT_PAYMENT' }, select: { id: true } },
      statusChanges: { orderBy: { at: 'desc' }, take: 1, select: { at: true, toStatus: true } },
    },
  });
}

function checkStatus(command: DecisionCommand, request: LockedRequest): void {
  const status = request.status;
  if (status === 'DRAFT' || status === 'DISCARDED') throw new DomainError('review.decision.notFiled');
  if (status === 'WITHDRAWN') throw new DomainError('review.decision.withdrawn');
  if (command.kind === 'AUTHORISE_DIRECT_PAYMENT') {
    if (request.paymentMode !== 'DIRECT') throw new DomainError('review.directPayment.notRequested');
    if (status === 'REJECTED') throw new DomainError('review.directPayment.rejected');
    if (request.decisions.length > 0) throw new DomainError('review.directPayment.already');
    return;
  }
  if ((DECIDED_STATUSES as readonly string[]).includes(status)) throw new DomainError('review.decision.alreadyDecided');
  if (command.kind === 'REQUEST_INFO' && status === 'INFO_REQUESTED') throw new DomainError('review.decision.infoAlreadyRequested');
  if (!isPendingStatus(status)) throw new DomainError('review.decision.notPending');
}

async function checkResolution(tx: Tx, command: DecisionCommand): Promise<{ id: string; number: string; date: string; subject: string } | null> {
  const id = command.resolutionId ?? null;
  if (!id) {
    if (command.kind === 'REQUEST_INFO') return null;
    throw new DomainError('review.resolution.required', 'resolutionId');
  }
  const resolution = await tx.committeeResolution.findUnique({ where: { id }, select: { id: true, number: true, date: true, subject: true } });
  if (!resolution) throw new DomainError('review.resolution.unknown', 'resolutionId');
  if (isoDate(resolution.date) > todayInRome()) throw new DomainError('review.resolution.future', 'resolutionId');
  return { ...resolution, date: isoDate(resolution.date) };
}

function checkReasonCodes(codes: readonly string[], use: ReasonUse, required: boolean): void {
  if (required && codes.length === 0) throw new DomainError('review.reasonCodes.required', 'reasonCodes');
  for (const code of codes) {
    const known = reasonCode(code);
    if (!known) throw new DomainError('review.reasonCodes.unknown', 'reasonCodes');
    if (!known.uses.includes(use)) throw new DomainError('review.reasonCodes.notForDecision', 'reasonCodes');
  }
}

function snapshotOrThrow(request: LockedRequest): FilingSnapshot {
  const snapshot = readFilingSnapshot(request.snapshot);
  if (!snapshot) throw new DomainError('review.decision.noSnapshot');
  return snapshot;
}

/** Worker lines of the request matched to the snapshot's workers (the scenario id is the Worker id). */
function workerResults(request: LockedRequest, result: SimulationResult) {
  const byWorker = new Map(result.workers.map((w) => [w.id, w]));
  return request.workers.map((line) => ({ line, result: (line.workerId && byWorker.get(line.workerId)) || byWorker.get(line.id) || null }));
}

/** Full approval: what the rules granted at filing (trimmed to the windows, from the paid start). */
function fullGrant(request: LockedRequest, snapshot: FilingSnapshot): Grant {
  const { result } = snapshot;
  if (!result.grantedPeriod || new Decimal(result.weeksGranted).lte(0)) throw new DomainError('review.approve.nothingGrantable');
  return {
    start: result.grantedPeriod.start,
    end: result.grantedPeriod.end,
    weeks: result.weeksGranted,
    totalGross: result.totals.gross,
    workers: workerResults(request, result).map(({ line, result: w }) => ({
      requestWorkerId: line.id,
      hoursGranted: w?.eligible ? Decimal.min(w.totals.hoursLost, line.hoursLost.toString()).toFixed(2) : '0.00',
      gross: w?.eligible ? w.totals.gross : '0.00',
      net: w?.eligible ? w.totals.net : '0.00',
    })),
  };
}

function scaledHours(hours: ScenarioWorker['hoursLost'], factor: Decimal): ScenarioWorker['hoursLost'] {
  if (typeof hours === 'string') return new Decimal(hours).times(factor).toDecimalPlaces(2).toFixed(2);
  return Object.fromEntries(Object.entries(hours).map(([month, h]) => [month, new Decimal(h).times(factor).toDecimalPlaces(2).toFixed(2)]));
}

/**
 * Partial approval: the rules re-run on the filing's own inputs with the Committee's grant — the
 * paid period limited to the granted dates (hours pro-rated to the granted days) and each
 * worker's hours limited to what the Committee accepts. Nothing can exceed the filing: the
 * granted dates must lie inside the period the rules granted at filing, hours inside the hours
 * requested, and the windows are those of the filing.
 */
export function partialGrant(
  request: Pick<LockedRequest, 'workers'>,
  snapshot: FilingSnapshot,
  command: { grantedStart: string; grantedEnd: string; workers: Array<{ requestWorkerId: string; hoursGranted: string }> },
): Grant {
  const paid = snapshot.result.grantedPeriod;
  if (!paid) throw new DomainError('review.approve.nothingGrantable');
  if (command.grantedEnd < command.grantedStart) throw new DomainError('review.partial.grantedEnd.beforeStart', 'grantedEnd');
  if (command.grantedStart < paid.start || command.grantedStart > paid.end) throw new DomainError('review.partial.period.outside', 'grantedStart');
  if (command.grantedEnd > paid.end || command.grantedEnd < paid.start) throw new DomainError('review.partial.period.outside', 'grantedEnd');

  const lines = new Map(request.workers.map((w) => [w.id, w]));
  const hoursByLine = new Map<string, Decimal>();
  command.workers.forEach((w, i) => {
    const line = lines.get(w.requestWorkerId);
    if (!line) throw new DomainError('review.partial.worker.unknown', `workers.${i}.hoursGranted`);
    if (hoursByLine.has(w.requestWorkerId)) throw new DomainError('review.partial.worker.duplicate', `workers.${i}.hoursGranted`);
    const hours = new Decimal(w.hoursGranted);
    if (hours.isNegative()) throw new DomainError('review.partial.hours.invalid', `workers.${i}.hoursGranted`);
    if (hours.gt(line.hoursLost.toString())) throw new DomainError('review.partial.hours.aboveRequested', `workers.${i}.hoursGranted`);
    hoursByLine.set(w.requestWorkerId, hours);
  });

  const inputs: Scenario = structuredClone(snapshot.inputs);
  const scenarioWorkers = new Map(inputs.workers.map((w) => [w.id, w]));
  const included: ScenarioWorker[] = [];
  const scenarioWorkerOfLine = new Map<string, string>();
  for (const line of request.workers) {
    const w = (line.workerId && scenarioWorkers.get(line.workerId)) || scenarioWorkers.get(line.id);
    if (!w) continue;
    const hours = hoursByLine.get(line.id) ?? new Decimal(0);
    if (hours.lte(0)) continue;
    const requested = new Decimal(line.hoursLost.toString());
    included.push({ ...w, hoursLost: requested.isZero() ? '0' : scaledHours(w.hoursLost, hours.div(requested)) });
    scenarioWorkerOfLine.set(line.id, w.id);
  }
  if (included.length === 0) throw new DomainError('review.partial.nothingGranted');
  inputs.workers = included;
  inputs.request = { ...inputs.request, committeeGrant: { start: command.grantedStart, end: command.grantedEnd } };
  const result = simulate(inputs);
  if (!result.grantedPeriod || new Decimal(result.weeksGranted).lte(0) || new Decimal(result.totals.gross).lte(0)) throw new DomainError('review.partial.nothingGranted');
  // By construction the grant lies inside the filing's grant; check it anyway before it reaches the ledger.
  if (new Decimal(result.weeksGranted).gt(snapshot.result.weeksGranted)) throw new DomainError('review.partial.aboveRequested');
  const byScenarioWorker = new Map(result.workers.map((w) => [w.id, w]));
  return {
    start: result.grantedPeriod.start,
    end: result.grantedPeriod.end,
    weeks: result.weeksGranted,
    totalGross: result.totals.gross,
    workers: request.workers.map((line) => {
      const scenarioId = scenarioWorkerOfLine.get(line.id);
      const w = scenarioId ? byScenarioWorker.get(scenarioId) : undefined;
      return {
        requestWorkerId: line.id,
        hoursGranted: w?.eligible ? Decimal.min(w.totals.hoursLost, line.hoursLost.toString()).toFixed(2) : '0.00',
        gross: w?.eligible ? w.totals.gross : '0.00',
        net: w?.eligible ? w.totals.net : '0.00',
      };
    }),
  };
}

/** RESERVED → AUTHORISED for the grant; the reservation is released in any case. */
async function settleLedger(tx: Tx, request: LockedRequest, grant: Grant | null): Promise<{ released: string[]; authorised: string | null }> {
  const reserved = await tx.windowEntry.findMany({
    where: { requestId: request.id, kind: 'RESERVED', releasedAt: null },
    select: { id: true, productionUnitId: true, employerId: true, cause: true, neutralised: true, weeks: true },
  });
  // The unit's ledger lock (the filing's): taken up front by decideRequest; re-taking it is a no-op,
  // and it covers a reservation on another unit, should one exist.
  const units = [...new Set(reserved.map((r) => r.productionUnitId))].sort();
  for (const unit of units) await lockKey(tx, LEDGER_LOCK, unit);
  const now = new Date();
  if (reserved.length) await tx.windowEntry.updateMany({ where: { id: { in: reserved.map((r) => r.id) } }, data: { releasedAt: now } });
  let authorised: string | null = null;
  if (grant) {
    const source = reserved[0];
    const unitId = source?.productionUnitId ?? request.productionUnitId;
    if (!unitId) throw new DomainError('review.decision.noUnit');
    const reservedWeeks = reserved.reduce((sum, r) => sum.plus(r.weeks.toString()), new Decimal(0));
    if (reserved.length && new Decimal(grant.weeks).gt(reservedWeeks)) throw new DomainError('review.partial.aboveRequested');
    const entry = await tx.windowEntry.create({
      data: {
        employerId: request.employerId,
        productionUnitId: unitId,
        requestId: request.id,
        kind: 'AUTHORISED',
        cause: source?.cause ?? request.cause ?? 'ORDINARY_MARKET',
        periodStart: dateColumn(grant.start),
        periodEnd: dateColumn(grant.end),
        weeks: grant.weeks,
        neutralised: source?.neutralised ?? false,
      },
      select: { id: true },
    });
    authorised = entry.id;
  }
  return { released: reserved.map((r) => r.id), authorised };
}

function summary(request: Pick<LockedRequest, 'status' | 'version' | 'weeksGranted'>) {
  return { status: request.status, version: request.version, weeksGranted: request.weeksGranted?.toString() ?? null };
}

async function applyDecision(tx: Tx, user: CurrentUser, command: DecisionCommand): Promise<DecisionOutcome & { notify: boolean }> {
  const request = await loadLocked(tx, command.requestId);
  if (!request) throw new DomainError('review.request.notFound');
  checkStatus(command, request);
  if (request.version !== command.version) throw new DomainError('review.decision.stale');
  const resolution = await checkResolution(tx, command);
  const today = todayInRome();
  const note = command.note?.trim() || null;

  let grant: Grant | null = null;
  let reasonCodes: string[] = [];
  if (command.kind === 'APPROVE') grant = fullGrant(request, snapshotOrThrow(request));
  if (command.kind === 'APPROVE_PARTIAL') {
    checkReasonCodes(command.reasonCodes, 'APPROVE_PARTIAL', true);
    reasonCodes = command.reasonCodes;
    grant = partialGrant(request, snapshotOrThrow(request), command);
  }
  if (command.kind === 'REJECT') {
    checkReasonCodes(command.reasonCodes, 'REJECT', true);
    reasonCodes = command.reasonCodes;
  }
  if (command.kind === 'AUTHORISE_DIRECT_PAYMENT') {
    checkReasonCodes(command.reasonCodes, 'AUTHORISE_DIRECT_PAYMENT', true);
    reasonCodes = command.reasonCodes;
  }

  const toStatus = STATUS_OF[command.kind];
  const data: Prisma.RequestUpdateManyMutationInput = { version: { increment: 1 } };
  if (toStatus) data.status = toStatus as never;
  if (command.kind === 'APPROVE' || command.kind === 'APPROVE_PARTIAL' || command.kind === 'REJECT') data.decidedAt = new Date();
  if (grant) {
    data.weeksGranted = grant.weeks;
    data.totalGrossGranted = grant.totalGross;
    const deadline = conguaglioDeadline({ authorisedEnd: parseDate(grant.end), authorisationDate: parseDate(today) }, new RuleContext());
    data.conguaglioBy = dateColumn(deadline.deadline);
  }
  if (command.kind === 'REJECT') {
    data.weeksGranted = '0';
    data.totalGrossGranted = '0';
  }
  // Optimistic concurrency, checked again at the write: exactly this version, or nothing.
  const updated = await tx.request.updateMany({ where: { id: request.id, version: command.version }, data });
  if (updated.count !== 1) throw new DomainError('review.decision.stale');

  const decision = await tx.decision.create({
    data: {
      requestId: request.id,
      kind: command.kind,
      resolutionId: resolution?.id ?? null,
      reasonCodes,
      weeksGranted: grant ? grant.weeks : command.kind === 'REJECT' ? '0' : null,
      grantedStart: grant ? dateColumn(grant.start) : null,
      grantedEnd: grant ? dateColumn(grant.end) : null,
      note: command.kind === 'REQUEST_INFO' ? command.message.trim() : note,
      decidedById: user.id,
    },
    select: { id: true },
  });
  if (toStatus) {
    await tx.requestStatusChange.create({
      data: { requestId: request.id, fromStatus: request.status, toStatus: toStatus as never, byUserId: user.id, note: command.kind === 'REQUEST_INFO' ? null : note },
    });
  }
  if (grant) {
    for (const w of grant.workers) {
      await tx.requestWorker.update({ where: { id: w.requestWorkerId }, data: { hoursGranted: w.hoursGranted, grossGranted: w.gross, netGranted: w.net } });
    }
  }
  if (command.kind === 'REJECT') {
    await tx.requestWorker.updateMany({ where: { requestId: request.id }, data: { hoursGranted: '0', grossGranted: '0', netGranted: '0' } });
  }
  const ledger = command.kind === 'APPROVE' || command.kind === 'APPROVE_PARTIAL' || command.kind === 'REJECT' ? await settleLedger(tx, request, grant) : null;
  if (command.kind === 'REQUEST_INFO') {
    await tx.requestMessage.create({ data: { requestId: request.id, authorId: user.id, body: command.message.trim() } });
  }

  const after = {
    status: toStatus ?? request.status,
    version: request.version + 1,
    weeksGranted: grant?.weeks ?? (command.kind === 'REJECT' ? '0' : (request.weeksGranted?.toString() ?? null)),
    decision: {
      id: decision.id,
      kind: command.kind,
      resolution: resolution ? { id: resolution.id, number: resolution.number, date: resolution.date } : null,
      reasonCodes,
      grant: grant ? { start: grant.start, end: grant.end, weeks: grant.weeks, totalGross: grant.totalGross, workers: grant.workers } : null,
      note: command.kind === 'REQUEST_INFO' ? command.message.trim() : note,
    },
    ledger,
  } satisfies Prisma.InputJsonValue;
  await recordAudit(tx, {
    actorUserId: user.id,
    onBehalfOfEmployerId: request.employerId,
    action: AUDIT_ACTION[command.kind],
    entityType: 'Request',
    entityId: request.id,
    before: summary(request),
    after,
  });
  return { decisionId: decision.id, requestId: request.id, employerId: request.employerId, status: toStatus ?? request.status, version: request.version + 1, notify: true };
}

/**
 * Records a decision of the Committee (STAFF/ADMIN only) and notifies the employer's users and its
 * active consultant. Refusals are DomainErrors with a message key (and the field they concern).
 */
export async function decideRequest(command: DecisionCommand): Promise<DecisionOutcome> {
  const user = await requireRole('STAFF', 'ADMIN');
  const pre = await prisma.request.findUnique({ where: { id: command.requestId }, select: { productionUnitId: true } });
  if (!pre) throw new DomainError('review.request.notFound');
  // The request's lock (withdrawal and filing take it) and its unit's ledger lock (filing takes it),
  // in the same global order as every other writer: no deadlock, no interleaving.
  const locks: Array<readonly [string, string]> = [[REQUEST_LOCK, command.requestId]];
  if (pre.productionUnitId) locks.push([LEDGER_LOCK, pre.productionUnitId]);
  const outcome = await withLockedTransaction(prisma, locks, (tx) => applyDecision(tx, user, command));
  try {
    await notifyDecision(outcome.decisionId);
  } catch (error) {
    // The decision stands; a failed e-mail is logged (ids only) and can be re-sent from the page.
    logError('decision e-mail failed', error, { decisionId: outcome.decisionId, requestId: outcome.requestId });
  }
  const { notify: _notify, ...result } = outcome;
  return result;
}

/** "Prendi in esame": a filed request moves to UNDER_REVIEW (same concurrency rules). */
export async function startReview(input: { requestId: string; version: number }): Promise<{ version: number }> {
  const user = await requireRole('STAFF', 'ADMIN');
  return withLockedTransaction(prisma, [[REQUEST_LOCK, input.requestId]], async (tx) => {
    const request = await loadLocked(tx, input.requestId);
    if (!request) throw new DomainError('review.request.notFound');
    if (request.status === 'WITHDRAWN') throw new DomainError('review.decision.withdrawn');
    if (request.status !== 'FILED') throw new DomainError('review.startReview.notFiled');
    if (request.version !== input.version) throw new DomainError('review.decision.stale');
    const updated = await tx.request.updateMany({ where: { id: request.id, version: input.version }, data: { status: 'UNDER_REVIEW', version: { increment: 1 } } });
    if (updated.count !== 1) throw new DomainError('review.decision.stale');
    await tx.requestStatusChange.create({ data: { requestId: request.id, fromStatus: 'FILED', toStatus: 'UNDER_REVIEW', byUserId: user.id } });
    await recordAudit(tx, {
      actorUserId: user.id,
      onBehalfOfEmployerId: request.employerId,
      action: 'request.review.start',
      entityType: 'Request',
      entityId: request.id,
      before: summary(request),
      after: { status: 'UNDER_REVIEW', version: request.version + 1 },
    });
    return { version: request.version + 1 };
  });
}
