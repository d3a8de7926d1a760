import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

export type AuditInput = {
  actorUserId: string | null;
  /** The employer whose data changed: with a consultant actor this records both identities. */
  onBehalfOfEmployerId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/**
 * Appends one event to the audit log, inside the caller's transaction so that the change and
 * its record commit together. The table refuses UPDATE and DELETE (trigger in the migration).
 */
export async function recordAudit(tx: Prisma.TransactionClient, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: event.actorUserId,
      onBehalfOfEmployerId: event.onBehalfOfEmployerId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: event.before ?? undefined,
      after: event.after ?? undefined,
    },
  });
}
