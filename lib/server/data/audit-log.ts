import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requireRole } from '@/lib/server/auth/guards';
import { prisma } from '@/lib/server/db';

// The staff view of the append-only audit log: who acted, on behalf of which employer, when, and
// the state before and after. Newest first, keyset pagination on (at, id) — the table grows with
// every filing and decision, so no page counts or skips rows (indexes in migration review_queue).

export type AuditFilters = {
  /** Exact action (request.decision.approve), or a prefix ending with "." or "*" (request.). */
  action?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  actorEmail?: string | null;
  employerTaxCode?: string | null;
  /** Days in Trento, inclusive. */
  from?: string | null;
  to?: string | null;
};

export type AuditItem = {
  id: string;
  at: string;
  actor: { name: string; email: string; role: string } | null;
  onBehalfOf: { id: string; legalName: string; codiceFiscale: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  before: Prisma.JsonValue | null;
  after: Prisma.JsonValue | null;
};

export type AuditPage = { items: AuditItem[]; next: string | null; previous: string | null };

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_MAX = 10_000;

type Cursor = { at: Date; id: bigint; direction: 'after' | 'before' };

export function encodeAuditCursor(item: { at: string; id: string }, direction: 'after' | 'before'): string {
  return Buffer.from(JSON.stringify([direction === 'after' ? 'a' : 'b', item.at, item.id])).toString('base64url');
}

function decodeAuditCursor(value: string | null | undefined): Cursor | null {
  if (!value || value.length > 200) return null;
  try {
    const [d, at, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if ((d !== 'a' && d !== 'b') || typeof at !== 'string' || typeof id !== 'string' || !/^\d{1,19}$/.test(id) || Number.isNaN(Date.parse(at))) return null;
    return { at: new Date(at), id: BigInt(id), direction: d === 'a' ? 'after' : 'before' };
  } catch {
    return null;
  }
}

/** Midnight in Trento of a calendar day as an instant (the audit log stores instants). */
function romeMidnight(day: string): Date {
  const probe = new Date(`${day}T12:00:00Z`);
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', hour12: false }).format(probe));
  return new Date(Date.parse(`${day}T00:00:00Z`) - (hour - 12) * 3_600_000);
}

/** The WHERE of the filters; null when a filter names someone who does not exist (empty result). */
async function whereOf(filters: AuditFilters): Promise<Prisma.AuditEventWhereInput | null> {
  const where: Prisma.AuditEventWhereInput = {};
  const action = filters.action?.trim();
  if (action) where.action = /[.*]$/.test(action) ? { startsWith: action.replace(/\*$/, '') } : action;
  if (filters.entityType) where.entityType = filters.entityType;
  if (filters.entityId) where.entityId = filters.entityId;
  if (filters.actorEmail) {
    const user = await prisma.user.findUnique({ where: { email: filters.actorEmail.trim().toLowerCase() }, select: { id: true } });
    if (!user) return null;
    where.actorUserId = user.id;
  }
  if (filters.employerTaxCode) {
    const employer = await prisma.employer.findUnique({ where: { codiceFiscale: filters.employerTaxCode.trim().toUpperCase() }, select: { id: true } });
    if (!employer) return null;
    where.onBehalfOfEmployerId = employer.id;
  }
  if (filters.from || filters.to) {
    where.at = {};
    if (filters.from) where.at.gte = romeMidnight(filters.from);
    if (filters.to) where.at.lt = romeMidnight(new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
  }
  return where;
}

async function withNames(rows: Array<{ id: bigint; at: Date; actorUserId: string | null; onBehalfOfEmployerId: string | null; action: string; entityType: string; entityId: string; before: Prisma.JsonValue; after: Prisma.JsonValue }>): Promise<AuditItem[]> {
  const userIds = [...new Set(rows.map((r) => r.actorUserId).filter((v): v is string => v !== null))];
  const employerIds = [...new Set(rows.map((r) => r.onBehalfOfEmployerId).filter((v): v is string => v !== null))];
  const [users, employers] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true, role: true } }),
    prisma.employer.findMany({ where: { id: { in: employerIds } }, select: { id: true, legalName: true, codiceFiscale: true } }),
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const employerById = new Map(employers.map((e) => [e.id, e]));
  return rows.map((r) => {
    const user = r.actorUserId ? userById.get(r.actorUserId) : undefined;
    return {
      id: r.id.toString(),
      at: r.at.toISOString(),
      actor: user ? { name: user.name, email: user.email, role: user.role } : null,
      onBehalfOf: (r.onBehalfOfEmployerId && employerById.get(r.onBehalfOfEmployerId)) || null,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.before ?? null,
      after: r.after ?? null,
    };
  });
}

export async function listAuditEvents(filters: AuditFilters, cursorText?: string | null, pageSize = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  await requireRole('STAFF', 'ADMIN');
  const where = await whereOf(filters);
  if (!where) return { items: [], next: null, previous: null };
  const cursor = decodeAuditCursor(cursorText);
  const backwards = cursor?.direction === 'before';
  // Newest first: "after" a row means older (smaller (at, id)); "before" means newer.
  const keyset: Prisma.AuditEventWhereInput | undefined = cursor
    ? backwards
      ? { OR: [{ at: { gt: cursor.at } }, { at: cursor.at, id: { gt: cursor.id } }] }
      : { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] }
    : undefined;
  const order = backwards ? 'asc' : 'desc';
  const rows = await prisma.auditEvent.findMany({
    where: keyset ? { AND: [where, keyset] } : where,
    orderBy: [{ at: order }, { id: order }],
    take: pageSize + 1,
  });
  const more = rows.length > pageSize;
  const page = more ? rows.slice(0, pageSize) : rows;
  if (backwards) page.reverse();
  const items = await withNames(page);
  const first = items[0];
  const last = items.at(-1);
  return {
    items,
    next: last && (backwards || more) ? encodeAuditCursor(last, 'after') : null,
    previous: first && (backwards ? more : cursor !== null) ? encodeAuditCursor(first, 'before') : null,
  };
}

/** Up to AUDIT_EXPORT_MAX events for the CSV export, newest first. */
export async function exportAuditEvents(filters: AuditFilters): Promise<AuditItem[]> {
  await requireRole('STAFF', 'ADMIN');
  const where = await whereOf(filters);
  if (!where) return [];
  const rows = await prisma.auditEvent.findMany({ where, orderBy: [{ at: 'desc' }, { id: 'desc' }], take: AUDIT_EXPORT_MAX });
  return withNames(rows);
}
