import 'server-only';
import { prisma } from '@/lib/server/db';
import { requireEmployerAccess } from '@/lib/server/auth/guards';
import { todayInRome } from '@/lib/server/clock';
import { withLockedTransaction } from '@/lib/server/db-transaction';
import { DomainError } from '@/lib/server/errors';
import { recordAudit } from './audit';
import { PENDING_STATUSES } from './evaluation';
import { fileRequestAs, REQUEST_LOCK, type FilingOutcome } from './filing-core';

// Filing ("Invia") and withdrawing a request, for the signed-in employer or its consultant. The
// transaction itself is in filing-core.ts.

export type { FilingOutcome };

export async function fileRequest(
  employerId: string,
  requestId: string,
  input: { idempotencyKey: string; acceptTrim: boolean },
  today = todayInRome(),
): Promise<FilingOutcome> {
  const access = await requireEmployerAccess(employerId, 'write');
  return fileRequestAs({ userId: access.user.id, delegationId: access.via === 'delegation' ? (access.delegationId ?? null) : null }, employerId, requestId, input, today);
}

/** Withdrawing a pending request frees its reservation (digest D-6: released weeks stop counting). */
export async function withdrawRequest(employerId: string, requestId: string, reason: string | null): Promise<void> {
  const access = await requireEmployerAccess(employerId, 'write');
  await withLockedTransaction(prisma, [[REQUEST_LOCK, requestId]], async (tx) => {
    const row = await tx.request.findFirst({ where: { id: requestId, employerId }, select: { id: true, status: true, version: true } });
    if (!row) throw new DomainError('request.notFound');
    if (!(PENDING_STATUSES as readonly string[]).includes(row.status)) throw new DomainError('request.withdraw.notPending');
    // Optimistic check too: a Committee decision that bumped the version in between wins.
    const { count } = await tx.request.updateMany({ where: { id: requestId, version: row.version, status: row.status }, data: { status: 'WITHDRAWN', version: { increment: 1 } } });
    if (count !== 1) throw new DomainError('request.withdraw.notPending');
    const released = await tx.windowEntry.updateMany({ where: { requestId, releasedAt: null, kind: { in: ['RESERVED'] } }, data: { releasedAt: new Date() } });
    await tx.requestStatusChange.create({ data: { requestId, fromStatus: row.status, toStatus: 'WITHDRAWN', byUserId: access.user.id, note: reason } });
    await recordAudit(tx, {
      actorUserId: access.user.id,
      onBehalfOfEmployerId: employerId,
      action: 'request.withdraw',
      entityType: 'Request',
      entityId: requestId,
      before: { status: row.status },
      after: { status: 'WITHDRAWN', releasedLedgerEntries: released.count, reason },
    });
  });
}
