import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Cause } from '@/lib/rules';
import type { CausePeriod } from '@/lib/schemas/request-cause-period';
import { readDraft, type DraftStep, type RequestDraft, type StoredProcedure, type StoredWorkers } from '@/lib/schemas/request-draft';
import type { Procedure } from '@/lib/schemas/request-procedure';
import type { RequestWorkerLine } from '@/lib/schemas/request-workers';
import { prisma } from '@/lib/server/db';
import { requireEmployerAccess } from '@/lib/server/auth/guards';
import { dateColumn, isoDate, todayInRome } from '@/lib/server/clock';
import { DomainError } from '@/lib/server/errors';
import { recordAudit } from './audit';
import { evaluateDraftWith, type DraftEvaluation, type RequestStatus } from './evaluation';

// Request drafts (issue 4, "A request is a task list"): each step is saved server-side on "Salva"
// or "Avanti", so a draft resumes from any browser; the draft is evaluated with lib/rules on every
// page (live feedback) and filed by lib/server/data/filing.ts.

export { PENDING_STATUSES, draftKey, evaluateDraftWith, type RequestStatus, type DraftEvaluation, type Problem, type ProblemKey, type StepKey, type StepStatus } from './evaluation';

export type RequestSummaryDto = {
  id: string;
  status: RequestStatus;
  protocolNumber: string | null;
  cause: Cause | null;
  periodStart: string | null;
  periodEnd: string | null;
  unitName: string | null;
  filedAt: string | null;
  weeksRequested: string | null;
  weeksGranted: string | null;
  updatedAt: string;
};

const summarySelect = {
  id: true,
  status: true,
  protocolNumber: true,
  cause: true,
  periodStart: true,
  periodEnd: true,
  filedAt: true,
  weeksRequested: true,
  weeksGranted: true,
  updatedAt: true,
  productionUnit: { select: { name: true } },
} as const satisfies Prisma.RequestSelect;

function toSummary(r: Prisma.RequestGetPayload<{ select: typeof summarySelect }>): RequestSummaryDto {
  return {
    id: r.id,
    status: r.status,
    protocolNumber: r.protocolNumber,
    cause: r.cause,
    periodStart: r.periodStart ? isoDate(r.periodStart) : null,
    periodEnd: r.periodEnd ? isoDate(r.periodEnd) : null,
    unitName: r.productionUnit?.name ?? null,
    filedAt: r.filedAt?.toISOString() ?? null,
    weeksRequested: r.weeksRequested?.toFixed() ?? null,
    weeksGranted: r.weeksGranted?.toFixed() ?? null,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The employer's requests, newest first (discarded drafts left out). */
export async function listRequests(employerId: string): Promise<RequestSummaryDto[]> {
  await requireEmployerAccess(employerId, 'read');
  const rows = await prisma.request.findMany({
    where: { employerId, status: { not: 'DISCARDED' } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: summarySelect,
  });
  return rows.map(toSummary);
}

export async function createDraft(employerId: string): Promise<{ id: string }> {
  const access = await requireEmployerAccess(employerId, 'write');
  return prisma.$transaction(async (tx) => {
    const request = await tx.request.create({ data: { employerId, createdById: access.user.id, status: 'DRAFT' }, select: { id: true } });
    await tx.requestStatusChange.create({ data: { requestId: request.id, fromStatus: null, toStatus: 'DRAFT', byUserId: access.user.id } });
    await recordAudit(tx, { actorUserId: access.user.id, onBehalfOfEmployerId: employerId, action: 'request.draft.create', entityType: 'Request', entityId: request.id });
    return request;
  });
}

async function lockDraft(tx: Prisma.TransactionClient, employerId: string, requestId: string) {
  // FOR UPDATE: two saves of the same draft (two tabs) apply one after the other, none is lost.
  const rows = await tx.$queryRaw<Array<{ id: string; status: string; draft: unknown }>>`
    SELECT "id", "status"::text AS "status", "draft" FROM "Request" WHERE "id" = ${requestId} AND "employerId" = ${employerId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new DomainError('request.notFound');
  if (row.status !== 'DRAFT') throw new DomainError('request.notDraft');
  return row;
}

async function saveStep(employerId: string, requestId: string, step: DraftStep, value: unknown, columns: Prisma.RequestUncheckedUpdateInput = {}, clear: DraftStep[] = []) {
  const access = await requireEmployerAccess(employerId, 'write');
  await prisma.$transaction(async (tx) => {
    const row = await lockDraft(tx, employerId, requestId);
    const current = row.draft && typeof row.draft === 'object' ? (row.draft as Record<string, unknown>) : {};
    const next: Record<string, unknown> = { ...current, [step]: value };
    for (const c of clear) delete next[c];
    await tx.request.update({ where: { id: requestId }, data: { ...columns, draft: next as Prisma.InputJsonValue } });
    await recordAudit(tx, { actorUserId: access.user.id, onBehalfOfEmployerId: employerId, action: `request.draft.${step}`, entityType: 'Request', entityId: requestId, after: { step, cleared: clear } });
  });
}

export async function saveCausePeriod(employerId: string, requestId: string, input: CausePeriod): Promise<void> {
  await requireEmployerAccess(employerId, 'write');
  const unit = await prisma.productionUnit.findFirst({ where: { id: input.productionUnitId, employerId, isActive: true }, select: { id: true } });
  if (!unit) throw new DomainError('request.productionUnitId.unknown', 'productionUnitId');
  const previous = await prisma.request.findFirst({ where: { id: requestId, employerId }, select: { productionUnitId: true } });
  // Workers belong to a unit: choosing another unit empties the workers step.
  const clear: DraftStep[] = previous?.productionUnitId && previous.productionUnitId !== input.productionUnitId ? ['workers'] : [];
  const stored = {
    productionUnitId: input.productionUnitId,
    cause: input.cause,
    crisisDueToCessation: input.crisisDueToCessation,
    causeDescription: input.causeDescription,
    reductionType: input.reductionType,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    weekDays: input.weekDays,
    paymentMode: input.paymentMode,
    directPaymentGrounds: input.directPaymentGrounds,
  };
  await saveStep(
    employerId,
    requestId,
    'causePeriod',
    stored,
    {
      productionUnitId: input.productionUnitId,
      cause: input.cause,
      reductionType: input.reductionType,
      periodStart: dateColumn(input.periodStart),
      periodEnd: dateColumn(input.periodEnd),
      paymentMode: input.paymentMode,
    },
    clear,
  );
}

export async function saveRequestWorkers(employerId: string, requestId: string, lines: RequestWorkerLine[]): Promise<void> {
  await requireEmployerAccess(employerId, 'write');
  const request = await prisma.request.findFirst({ where: { id: requestId, employerId }, select: { productionUnitId: true } });
  if (!request) throw new DomainError('request.notFound');
  if (!request.productionUnitId) throw new DomainError('request.notAvailable');
  const workers = await prisma.worker.findMany({ where: { employerId, productionUnitId: request.productionUnitId, id: { in: lines.map((l) => l.workerId) } }, select: { id: true } });
  const known = new Set(workers.map((w) => w.id));
  const unknownIndex = lines.findIndex((l) => !known.has(l.workerId));
  if (unknownIndex >= 0) throw new DomainError('request.workers.workerId.unknown', 'lines');
  const stored: StoredWorkers = { lines: lines.map((l) => ({ workerId: l.workerId, hoursLost: l.hoursLost, daysAffected: l.daysAffected })) };
  await saveStep(employerId, requestId, 'workers', stored);
}

export async function saveProcedure(employerId: string, requestId: string, input: Procedure): Promise<void> {
  const stored: StoredProcedure = {
    unionCommunicationDate: input.unionCommunicationDate,
    unavoidableEvent: input.unavoidableEvent,
    weeklyReductionHours: input.weeklyReductionHours,
    jointExamRequestDate: input.jointExamRequestDate,
    agreementDate: input.agreementDate,
    unionRecipients: input.unionRecipients,
  };
  await saveStep(employerId, requestId, 'procedure', stored);
}

export async function discardDraft(employerId: string, requestId: string): Promise<void> {
  const access = await requireEmployerAccess(employerId, 'write');
  await prisma.$transaction(async (tx) => {
    const row = await lockDraft(tx, employerId, requestId).catch((error: unknown) => {
      if (error instanceof DomainError && error.messageKey === 'request.notDraft') throw new DomainError('request.discard.notDraft');
      throw error;
    });
    await tx.request.update({ where: { id: row.id }, data: { status: 'DISCARDED' } });
    await tx.requestStatusChange.create({ data: { requestId, fromStatus: 'DRAFT', toStatus: 'DISCARDED', byUserId: access.user.id } });
    await recordAudit(tx, { actorUserId: access.user.id, onBehalfOfEmployerId: employerId, action: 'request.draft.discard', entityType: 'Request', entityId: requestId, before: { status: 'DRAFT' }, after: { status: 'DISCARDED' } });
  });
}

export async function evaluateDraft(employerId: string, requestId: string, today = todayInRome()): Promise<DraftEvaluation> {
  await requireEmployerAccess(employerId, 'read');
  return evaluateDraftWith(prisma, employerId, requestId, today);
}

/** The draft as stored, for the step forms' default values. */
export async function getDraft(employerId: string, requestId: string): Promise<{ status: RequestStatus; draft: RequestDraft; productionUnitId: string | null }> {
  await requireEmployerAccess(employerId, 'read');
  const row = await prisma.request.findFirst({ where: { id: requestId, employerId }, select: { status: true, draft: true, productionUnitId: true } });
  if (!row) throw new DomainError('request.notFound');
  return { status: row.status, draft: readDraft(row.draft), productionUnitId: row.productionUnitId };
}
