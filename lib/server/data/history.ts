import 'server-only';
import type { Cause } from '@/lib/rules';
import { prisma } from '@/lib/server/db';
import { requireEmployerAccess } from '@/lib/server/auth/guards';
import { dateColumn, isoDate } from '@/lib/server/clock';
import { DomainError } from '@/lib/server/errors';
import { recordAudit } from './audit';
import { withLedgerLock } from './windows';

// Periods used before the product existed (WindowEntry HISTORY): they count in the rolling windows
// (digest D-6, J-11); COVID-19 periods are stored neutralised (D.L. 18/2020 art. 19 c. 3, D-8).
// Adding one adds weeks to a unit's ledger, so it takes the unit's ledger lock like a filing.

export type HistoryEntryDto = { id: string; productionUnitId: string; cause: Cause; periodStart: string; periodEnd: string; weeks: string; neutralised: boolean };

export async function listHistory(employerId: string): Promise<HistoryEntryDto[]> {
  await requireEmployerAccess(employerId, 'read');
  const rows = await prisma.windowEntry.findMany({
    where: { employerId, kind: 'HISTORY', releasedAt: null },
    orderBy: [{ periodStart: 'desc' }, { id: 'asc' }],
    select: { id: true, productionUnitId: true, cause: true, periodStart: true, periodEnd: true, weeks: true, neutralised: true },
  });
  return rows.map((r) => ({ ...r, periodStart: isoDate(r.periodStart), periodEnd: isoDate(r.periodEnd), weeks: r.weeks.toFixed() }));
}

export async function addHistoryEntry(
  employerId: string,
  input: { productionUnitId: string; cause: Cause; periodStart: string; periodEnd: string; weeks: string },
): Promise<{ id: string }> {
  const access = await requireEmployerAccess(employerId, 'write');
  const unit = await prisma.productionUnit.findFirst({ where: { id: input.productionUnitId, employerId, isActive: true }, select: { id: true } });
  if (!unit) throw new DomainError('history.productionUnitId.invalid', 'productionUnitId');
  return withLedgerLock([unit.id], async (tx) => {
    const neutralised = input.cause === 'COVID19';
    const entry = await tx.windowEntry.create({
      data: {
        employerId,
        productionUnitId: unit.id,
        kind: 'HISTORY',
        cause: input.cause,
        periodStart: dateColumn(input.periodStart),
        periodEnd: dateColumn(input.periodEnd),
        weeks: input.weeks,
        neutralised,
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorUserId: access.user.id, onBehalfOfEmployerId: employerId, action: 'history.add', entityType: 'WindowEntry', entityId: entry.id, after: { ...input, neutralised } });
    return entry;
  });
}

/** History entries are released, not deleted: the audit trail keeps what was declared. */
export async function removeHistoryEntry(employerId: string, entryId: string): Promise<void> {
  const access = await requireEmployerAccess(employerId, 'write');
  await prisma.$transaction(async (tx) => {
    const entry = await tx.windowEntry.findFirst({ where: { id: entryId, employerId, kind: 'HISTORY', releasedAt: null }, select: { id: true } });
    if (!entry) throw new DomainError('request.notFound');
    await tx.windowEntry.update({ where: { id: entry.id }, data: { releasedAt: new Date() } });
    await recordAudit(tx, { actorUserId: access.user.id, onBehalfOfEmployerId: employerId, action: 'history.remove', entityType: 'WindowEntry', entityId: entry.id });
  });
}
