import 'server-only';
import { createHash } from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/i18n/config';
import { checkRegistered, readWorkersCsvRows, type WorkersCsvResult } from '@/lib/import/workers-csv';
import type { WorkerData } from '@/lib/schemas/workers';
import { prisma } from '@/lib/server/db';
import { requireEmployerAccess } from '@/lib/server/auth/guards';
import { dateColumn, isoDate } from '@/lib/server/clock';
import { DomainError } from '@/lib/server/errors';
import type { Tx } from '@/lib/server/db-transaction';
import { recordAudit } from './audit';

// The employer's register of workers (issue 4, "Company set-up"), one at a time or from a CSV file.
// Audit events record what changed but no names, codici fiscali or pay (personal data stays in
// the worker row; the audit says who changed which worker and when).

export type WorkerDto = {
  id: string;
  codiceFiscale: string;
  firstName: string;
  lastName: string;
  productionUnitId: string;
  category: WorkerData['category'];
  contractType: WorkerData['contractType'];
  apprenticeType: WorkerData['apprenticeType'];
  hireDate: string;
  endDate: string | null;
  effectiveDaysAtUnit: number;
  weeklyHours: string;
  payBasis: WorkerData['payBasis'];
  monthlyGlobalPay: string | null;
  hourlyGlobalPay: string | null;
  householdWithoutChildren: boolean;
};

export const workerSelect = {
  id: true,
  codiceFiscale: true,
  firstName: true,
  lastName: true,
  productionUnitId: true,
  category: true,
  contractType: true,
  apprenticeType: true,
  hireDate: true,
  endDate: true,
  effectiveDaysAtUnit: true,
  weeklyHours: true,
  payBasis: true,
  monthlyGlobalPay: true,
  hourlyGlobalPay: true,
  householdWithoutChildren: true,
} as const satisfies Prisma.WorkerSelect;

export function toWorkerDto(w: Prisma.WorkerGetPayload<{ select: typeof workerSelect }>): WorkerDto {
  return {
    ...w,
    hireDate: isoDate(w.hireDate),
    endDate: w.endDate ? isoDate(w.endDate) : null,
    weeklyHours: w.weeklyHours.toFixed(),
    monthlyGlobalPay: w.monthlyGlobalPay?.toFixed(2) ?? null,
    hourlyGlobalPay: w.hourlyGlobalPay?.toFixed() ?? null,
  };
}

function rowData(w: WorkerData) {
  return {
    codiceFiscale: w.codiceFiscale,
    firstName: w.firstName,
    lastName: w.lastName,
    productionUnitId: w.productionUnitId,
    category: w.category,
    contractType: w.contractType,
    apprenticeType: w.apprenticeType,
    hireDate: dateColumn(w.hireDate),
    endDate: w.endDate ? dateColumn(w.endDate) : null,
    effectiveDaysAtUnit: w.effectiveDaysAtUnit,
    weeklyHours: w.weeklyHours,
    payBasis: w.payBasis,
    monthlyGlobalPay: w.monthlyGlobalPay,
    hourlyGlobalPay: w.hourlyGlobalPay,
    householdWithoutChildren: w.householdWithoutChildren,
  };
}

/** What the audit keeps about a worker: employment facts, no identity and no pay. */
const auditView = (w: WorkerData) => ({
  productionUnitId: w.productionUnitId,
  category: w.category,
  contractType: w.contractType,
  apprenticeType: w.apprenticeType,
  hireDate: w.hireDate,
  endDate: w.endDate,
  effectiveDaysAtUnit: w.effectiveDaysAtUnit,
  weeklyHours: w.weeklyHours,
  payBasis: w.payBasis,
});

export async function listWorkers(employerId: string, opts: { productionUnitId?: string } = {}): Promise<WorkerDto[]> {
  await requireEmployerAccess(employerId, 'read');
  const rows = await prisma.worker.findMany({
    where: { employerId, ...(opts.productionUnitId ? { productionUnitId: opts.productionUnitId } : {}) },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    select: workerSelect,
  });
  return rows.map(toWorkerDto);
}

export const WORKERS_PAGE_SIZE = 50;

/**
 * One page of the employer's workers in name order, with the total (an import may bring 5,000).
 * A page past the end answers with the last one.
 */
export async function listWorkersPage(employerId: string, page: number, size = WORKERS_PAGE_SIZE): Promise<{ workers: WorkerDto[]; total: number; page: number; pageCount: number }> {
  await requireEmployerAccess(employerId, 'read');
  const total = await prisma.worker.count({ where: { employerId } });
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const rows = await prisma.worker.findMany({
    where: { employerId },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    skip: (current - 1) * size,
    take: size,
    select: workerSelect,
  });
  return { workers: rows.map(toWorkerDto), total, page: current, pageCount };
}

/** How many workers the employer has registered (the company page shows the count, not the list). */
export async function countWorkers(employerId: string): Promise<number> {
  await requireEmployerAccess(employerId, 'read');
  return prisma.worker.count({ where: { employerId } });
}

export async function getWorker(employerId: string, workerId: string): Promise<WorkerDto> {
  await requireEmployerAccess(employerId, 'read');
  const row = await prisma.worker.findFirst({ where: { id: workerId, employerId }, select: workerSelect });
  if (!row) throw new DomainError('request.workers.workerId.unknown');
  return toWorkerDto(row);
}

async function assertUnit(db: Tx | typeof prisma, employerId: string, unitId: string) {
  const unit = await db.productionUnit.findFirst({ where: { id: unitId, employerId, isActive: true }, select: { id: true } });
  if (!unit) throw new DomainError('worker.productionUnitId.unknown', 'productionUnitId');
}

async function assertFreeCodiceFiscale(employerId: string, codiceFiscale: string, exceptId?: string) {
  const taken = await prisma.worker.findFirst({ where: { employerId, codiceFiscale, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new DomainError('worker.codiceFiscale.taken', 'codiceFiscale');
}

export async function createWorker(employerId: string, input: WorkerData): Promise<{ id: string }> {
  const access = await requireEmployerAccess(employerId, 'write');
  await assertUnit(prisma, employerId, input.productionUnitId);
  await assertFreeCodiceFiscale(employerId, input.codiceFiscale);
  return prisma.$transaction(async (tx) => {
    const row = await tx.worker.create({ data: { employerId, ...rowData(input) }, select: { id: true } });
    await recordAudit(tx, { actorUserId: access.user.id, onBehalfOfEmployerId: employerId, action: 'worker.create', entityType: 'Worker', entityId: row.id, after: auditView(input) });
    return row;
  });
}

export async function updateWorker(employerId: string, workerId: string, input: WorkerData): Promise<void> {
  const access = await requireEmployerAccess(employerId, 'write');
  await assertUnit(prisma, employerId, input.productionUnitId);
  await assertFreeCodiceFiscale(employerId, input.codiceFiscale, workerId);
  await prisma.$transaction(async (tx) => {
    const before = await tx.worker.findFirst({ where: { id: workerId, employerId }, select: workerSelect });
    if (!before) throw new DomainError('request.workers.workerId.unknown');
    await tx.worker.update({ where: { id: workerId }, data: rowData(input) });
    await recordAudit(tx, {
      actorUserId: access.user.id,
      onBehalfOfEmployerId: employerId,
      action: 'worker.update',
      entityType: 'Worker',
      entityId: workerId,
      before: auditView(toWorkerDto(before)),
      after: auditView(input),
    });
  });
}

/** A worker named in a filed request stays (the request's lines refer to them). */
export async function removeWorker(employerId: string, workerId: string): Promise<void> {
  const access = await requireEmployerAccess(employerId, 'write');
  await prisma.$transaction(async (tx) => {
    const worker = await tx.worker.findFirst({ where: { id: workerId, employerId }, select: { id: true } });
    if (!worker) throw new DomainError('request.workers.workerId.unknown');
    // One line is enough, found through the RequestWorker(workerId) index: the ORM's `_count`
    // grouped every request line of the province (0.3 s at 3.4M lines, inside this transaction).
    if (await tx.requestWorker.findFirst({ where: { workerId }, select: { id: true } })) throw new DomainError('worker.inRequest');
    await tx.worker.delete({ where: { id: workerId } });
    await recordAudit(tx, { actorUserId: access.user.id, onBehalfOfEmployerId: employerId, action: 'worker.remove', entityType: 'Worker', entityId: workerId });
  });
}

export type WorkerImportOutcome = WorkersCsvResult & { fileHash: string; imported: number };

/**
 * Previews (commit = false) or imports (commit = true) a CSV of workers, all or nothing. The commit
 * re-reads the same bytes in the transaction, so what is saved is exactly what the preview showed
 * (`previewHash`), and nothing is saved when any row is wrong.
 */
export async function importWorkersCsv(
  employerId: string,
  bytes: Uint8Array,
  opts: { commit: boolean; previewHash?: string | null; locale?: Locale },
): Promise<WorkerImportOutcome> {
  const access = await requireEmployerAccess(employerId, opts.commit ? 'write' : 'read');
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  if (opts.commit && opts.previewHash && opts.previewHash !== fileHash) throw new DomainError('workerImport.file.changed', 'file');

  // One pass over the file, then one query for all its codici fiscali: a worker already registered
  // is a problem of its row, listed with the file's other problems in the same answer.
  const read = async (db: Tx | typeof prisma) => {
    const units = await db.productionUnit.findMany({ where: { employerId, isActive: true }, select: { id: true, name: true, comuneName: true, comuneCode: true }, orderBy: { createdAt: 'asc' } });
    const rows = readWorkersCsvRows(bytes, { units, locale: opts.locale });
    const codiciFiscali = [...rows.codiciFiscali.keys()];
    const registered = codiciFiscali.length ? await db.worker.findMany({ where: { employerId, codiceFiscale: { in: codiciFiscali } }, select: { codiceFiscale: true } }) : [];
    return checkRegistered(rows, registered.map((w) => w.codiceFiscale));
  };

  if (!opts.commit) return { ...(await read(prisma)), fileHash, imported: 0 };

  return prisma.$transaction(
    async (tx) => {
      const result = await read(tx);
      if (!result.ok) return { ...result, fileHash, imported: 0 };
      await tx.worker.createMany({ data: result.workers.map((w) => ({ employerId, ...rowData(w) })) });
      await recordAudit(tx, {
        actorUserId: access.user.id,
        onBehalfOfEmployerId: employerId,
        action: 'worker.import',
        entityType: 'Employer',
        entityId: employerId,
        after: { imported: result.workers.length, fileSha256: fileHash, encoding: result.encoding, separator: result.separator },
      });
      return { ...result, fileHash, imported: result.workers.length };
    },
    { timeout: 60_000 },
  );
}
