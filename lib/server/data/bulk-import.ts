import 'server-only';
import { createHash } from 'node:crypto';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/i18n/config';
import type { ImportIssue } from '@/lib/import/csv-core';
import type { ContractType, WorkerCategory } from '@/lib/rules/types';
import { readHeadcountsCsv, type HeadcountsCsvResult } from '@/lib/import/headcounts-csv';
import { activeDelegationWhere } from '@/lib/server/auth/delegation-where';
import { requireEmployerAccess, requireRole, requireUser } from '@/lib/server/auth/guards';
import { dateColumn, isoDate, todayInRome } from '@/lib/server/clock';
import { prisma } from '@/lib/server/db';
import { recordAudit } from '@/lib/server/data/audit';
import { sizeUnitsOf } from '@/lib/server/data/headcounts';
import { importWorkersCsv } from '@/lib/server/data/workers';
import { DomainError } from '@/lib/server/errors';

// Bulk import for the consultant (one file per client): workers — through the journey's own CSV
// reader and import (lib/import/workers-csv.ts, importWorkersCsv) — and monthly headcounts
// (lib/import/headcounts-csv.ts, saved like the headcounts form). Two steps, all or nothing:
//   1. preview: the file is read and validated; if every row is right it is kept in an
//      ImportBatch (the bytes and their SHA-256, for 24 hours) and a preview page shows it — the
//      preview survives a reload or another app instance and needs no second upload;
//   2. commit: the same bytes are read again inside the import transaction and saved only if every
//      row is still right (a worker registered meanwhile refuses the file). One audit event.

export const IMPORT_KINDS = ['WORKERS', 'HEADCOUNTS'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_BATCH_HOURS = 24;

type StoredFile = { file: string; sha256: string };

export type HeadcountImportOutcome = HeadcountsCsvResult & { fileHash: string; imported: number; replaces: number };

/**
 * Previews (commit = false) or imports (commit = true) a CSV of monthly headcounts, all or nothing.
 * Existing months of a unit are replaced by the file's figures (`replaces` counts them).
 */
export async function importHeadcountsCsv(employerId: string, bytes: Uint8Array, opts: { commit: boolean; previewHash?: string | null; locale?: Locale }): Promise<HeadcountImportOutcome> {
  const access = await requireEmployerAccess(employerId, opts.commit ? 'write' : 'read');
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  if (opts.commit && opts.previewHash && opts.previewHash !== fileHash) throw new DomainError('workerImport.file.changed', 'file');
  const today = todayInRome();

  const read = async (db: Prisma.TransactionClient | typeof prisma) => {
    const units = await db.productionUnit.findMany({ where: { employerId, isActive: true }, select: { id: true, name: true, comuneName: true, comuneCode: true }, orderBy: { createdAt: 'asc' } });
    const result = readHeadcountsCsv(bytes, { units, currentMonth: today.slice(0, 7), locale: opts.locale });
    const existing = result.rows.length
      ? await db.headcountMonth.findMany({
          where: { employerId, OR: result.rows.map((r) => ({ productionUnitId: r.productionUnitId, month: dateColumn(`${r.month}-01`) })) },
          select: { productionUnitId: true, month: true },
        })
      : [];
    return { result, replaced: new Set(existing.map((e) => `${e.productionUnitId}|${isoDate(e.month).slice(0, 7)}`)) };
  };

  if (!opts.commit) {
    const { result, replaced } = await read(prisma);
    return { ...result, fileHash, imported: 0, replaces: replaced.size };
  }
  return prisma.$transaction(
    async (tx) => {
      const { result, replaced } = await read(tx);
      if (!result.ok) return { ...result, fileHash, imported: 0, replaces: 0 };
      for (const row of result.rows) {
        const data = {
          heads: row.heads,
          partTimeHeads: row.partTimeHeads,
          partTimeHours: row.partTimeHours,
          fullTimeWeeklyHours: row.fullTimeWeeklyHours,
          sizeUnits: sizeUnitsOf(row, row.fullTimeWeeklyHours),
        };
        const month = dateColumn(`${row.month}-01`);
        await tx.headcountMonth.upsert({
          where: { productionUnitId_month: { productionUnitId: row.productionUnitId, month } },
          create: { employerId, productionUnitId: row.productionUnitId, month, ...data },
          update: data,
        });
      }
      await recordAudit(tx, {
        actorUserId: access.user.id,
        onBehalfOfEmployerId: employerId,
        action: 'headcount.import',
        entityType: 'Employer',
        entityId: employerId,
        after: { imported: result.rows.length, replaced: replaced.size, fileSha256: fileHash, encoding: result.encoding, separator: result.separator },
      });
      return { ...result, fileHash, imported: result.rows.length, replaces: replaced.size };
    },
    { timeout: 60_000 },
  );
}

export type PreviewOutcome =
  | { ok: true; batchId: string }
  | { ok: false; issues: ImportIssue[]; notes: string[] };

/** Step 1: validates the file; when every row is right, keeps it for the preview page. */
export async function previewImport(input: { employerId: string; kind: ImportKind; fileName: string; bytes: Uint8Array; locale: Locale }): Promise<PreviewOutcome> {
  const access = await requireEmployerAccess(input.employerId, 'write');
  const outcome =
    input.kind === 'WORKERS'
      ? await importWorkersCsv(input.employerId, input.bytes, { commit: false, locale: input.locale })
      : await importHeadcountsCsv(input.employerId, input.bytes, { commit: false, locale: input.locale });
  if (!outcome.ok) return { ok: false, issues: outcome.issues, notes: outcome.notes };
  const rowCount = 'workers' in outcome ? outcome.workers.length : outcome.rows.length;
  const stored: StoredFile = { file: Buffer.from(input.bytes).toString('base64'), sha256: outcome.fileHash };
  const batch = await prisma.$transaction(async (tx) => {
    const created = await tx.importBatch.create({
      data: {
        employerId: input.employerId,
        createdById: access.user.id,
        kind: input.kind,
        fileName: input.fileName.slice(0, 200),
        rowCount,
        rows: stored,
        expiresAt: new Date(Date.now() + IMPORT_BATCH_HOURS * 3_600_000),
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorUserId: access.user.id, onBehalfOfEmployerId: input.employerId, action: 'import.preview', entityType: 'ImportBatch', entityId: created.id, after: { kind: input.kind, rows: rowCount, fileSha256: outcome.fileHash } });
    return created;
  });
  return { ok: true, batchId: batch.id };
}

/** A batch of the signed-in user, still waiting for confirmation; anything else is "not found". */
async function pendingBatch(batchId: string, mode: 'read' | 'write') {
  const user = await requireUser();
  const batch = await prisma.importBatch.findUnique({
    where: { id: batchId },
    select: { id: true, employerId: true, createdById: true, kind: true, fileName: true, rowCount: true, rows: true, status: true, expiresAt: true, employer: { select: { legalName: true } } },
  });
  if (!batch || batch.createdById !== user.id) throw new DomainError('import.batch.notFound');
  await requireEmployerAccess(batch.employerId, mode);
  if (batch.status !== 'PREVIEW') throw new DomainError(batch.status === 'COMMITTED' ? 'import.batch.committed' : 'import.batch.notFound');
  if (batch.expiresAt <= new Date()) throw new DomainError('import.batch.expired');
  const stored = batch.rows as StoredFile | null;
  if (!stored) throw new DomainError('import.batch.notFound');
  return { ...batch, bytes: new Uint8Array(Buffer.from(stored.file, 'base64')), sha256: stored.sha256 };
}

export type ImportPreview = {
  batchId: string;
  employerId: string;
  employerName: string;
  kind: ImportKind;
  fileName: string;
  expiresAt: string;
  notes: string[];
  ok: boolean;
  issues: ImportIssue[];
  workers: Array<{ line: number; codiceFiscale: string; lastName: string; firstName: string; unitName: string; category: WorkerCategory; contractType: ContractType; hireDate: string; weeklyHours: string; payBasis: string; pay: string | null }>;
  headcounts: Array<{ line: number; unitName: string; month: string; heads: number; partTimeHeads: number; partTimeHours: string; fullTimeWeeklyHours: string; replaces: boolean }>;
};

/** The preview page: the kept file read again as it would be imported now. */
export async function getImportPreview(batchId: string, locale: Locale): Promise<ImportPreview> {
  const batch = await pendingBatch(batchId, 'read');
  const units = await prisma.productionUnit.findMany({ where: { employerId: batch.employerId }, select: { id: true, name: true } });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const base = { batchId: batch.id, employerId: batch.employerId, employerName: batch.employer.legalName, kind: batch.kind, fileName: batch.fileName, expiresAt: batch.expiresAt.toISOString() };
  if (batch.kind === 'WORKERS') {
    const o = await importWorkersCsv(batch.employerId, batch.bytes, { commit: false, locale });
    return {
      ...base,
      notes: o.notes,
      ok: o.ok,
      issues: o.issues,
      headcounts: [],
      workers: o.workers.map((w) => ({
        line: w.line,
        codiceFiscale: w.codiceFiscale,
        lastName: w.lastName,
        firstName: w.firstName,
        unitName: unitName.get(w.productionUnitId) ?? '',
        category: w.category,
        contractType: w.contractType,
        hireDate: w.hireDate,
        weeklyHours: w.weeklyHours,
        payBasis: w.payBasis,
        pay: w.monthlyGlobalPay ?? w.hourlyGlobalPay ?? null,
      })),
    };
  }
  const o = await importHeadcountsCsv(batch.employerId, batch.bytes, { commit: false, locale });
  const existing = await prisma.headcountMonth.findMany({ where: { employerId: batch.employerId }, select: { productionUnitId: true, month: true } });
  const have = new Set(existing.map((e) => `${e.productionUnitId}|${isoDate(e.month).slice(0, 7)}`));
  return {
    ...base,
    notes: o.notes,
    ok: o.ok,
    issues: o.issues,
    workers: [],
    headcounts: o.rows.map((r) => ({ ...r, unitName: unitName.get(r.productionUnitId) ?? '', replaces: have.has(`${r.productionUnitId}|${r.month}`) })),
  };
}

export type CommitOutcome = { ok: true; imported: number; employerId: string; kind: ImportKind } | { ok: false; issues: ImportIssue[] };

/** Step 2: imports exactly the previewed bytes, all or nothing, then closes the batch. */
export async function commitImport(batchId: string, locale: Locale): Promise<CommitOutcome> {
  const batch = await pendingBatch(batchId, 'write');
  const outcome =
    batch.kind === 'WORKERS'
      ? await importWorkersCsv(batch.employerId, batch.bytes, { commit: true, previewHash: batch.sha256, locale })
      : await importHeadcountsCsv(batch.employerId, batch.bytes, { commit: true, previewHash: batch.sha256, locale });
  if (!outcome.ok) return { ok: false, issues: outcome.issues };
  // The file is in the workers or headcounts tables now: the copy is dropped (personal data).
  await prisma.importBatch.updateMany({ where: { id: batch.id, status: 'PREVIEW' }, data: { status: 'COMMITTED', committedAt: new Date(), rows: Prisma.DbNull } });
  return { ok: true, imported: outcome.imported, employerId: batch.employerId, kind: batch.kind };
}

/** Drops a preview without importing anything. */
export async function discardImport(batchId: string): Promise<{ employerId: string }> {
  const batch = await pendingBatch(batchId, 'read');
  await prisma.$transaction(async (tx) => {
    await tx.importBatch.updateMany({ where: { id: batch.id, status: 'PREVIEW' }, data: { status: 'DISCARDED', rows: Prisma.DbNull } });
    await recordAudit(tx, { actorUserId: batch.createdById, onBehalfOfEmployerId: batch.employerId, action: 'import.discard', entityType: 'ImportBatch', entityId: batch.id });
  });
  return { employerId: batch.employerId };
}

/** The consultant's clients with an active delegation today, for the import form's list. */
export async function listImportClients(): Promise<Array<{ employerId: string; legalName: string; codiceFiscale: string }>> {
  const user = await requireRole('CONSULTANT');
  const rows = await prisma.delegation.findMany({
    where: { consultantId: user.id, ...activeDelegationWhere(todayInRome()) },
    orderBy: { employer: { legalName: 'asc' } },
    select: { employer: { select: { id: true, legalName: true, codiceFiscale: true } } },
    distinct: ['employerId'],
  });
  return rows.map((r) => ({ employerId: r.employer.id, legalName: r.employer.legalName, codiceFiscale: r.employer.codiceFiscale }));
}
