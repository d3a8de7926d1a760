import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/server/db';

// Housekeeping run by the worker (scripts/worker.ts).

/**
 * Bulk-import previews nobody confirmed hold a copy of a CSV (names, codici fiscali, pay): once
 * expired they are closed and the copy is erased. Returns how many were purged.
 */
export async function purgeExpiredImports(now: Date = new Date()): Promise<number> {
  const { count } = await prisma.importBatch.updateMany({
    where: { status: 'PREVIEW', expiresAt: { lte: now } },
    data: { status: 'DISCARDED', rows: Prisma.DbNull },
  });
  return count;
}
