// The review queue's SQL, shared by the DAL (lib/server/data/review-queue.ts) and the benchmark
// (scripts/bench/queue.ts) so that what is measured is exactly what the page runs.
// Without `import 'server-only'`: tsx scripts import it (like db-transaction.ts). It only builds SQL.
//
// Keyset pagination: rows are ordered by (sort key, id) and a page starts strictly after (or
// before) the cursor's pair, so page 40,000 costs what page 1 costs. Every predicate is written so
// that one index serves it (migration review_queue and docs/performance.md): the pending statuses
// are repeated literally so the partial indexes apply; enum values come from fixed lists, never
// from the caller.
import { Prisma } from '@/lib/generated/prisma/client';
import { CAUSES } from '@/lib/rules/types';
import { FILED_STATUSES, PENDING_STATUSES, QUEUE_PAGE_SIZE, type QueueSort, type QueueStatusFilter } from '@/lib/review/queue';

export type QueueFilters = {
  status: QueueStatusFilter;
  cause?: string | null;
  sizeClass?: string | null;
  comuneCode?: string | null;
  /** Submitted on or after this day (YYYY-MM-DD, a day in Trento). */
  filedFrom?: string | null;
  /** Submitted on or before this day. */
  filedTo?: string | null;
  /** Only requests whose period ends on or before this day (deadline at risk). */
  periodEndBy?: string | null;
  sort: QueueSort;
};

/** A position in the ordering: the sort key of a row (ISO timestamp or date) and its id. */
export type QueueCursor = { key: string; id: string; direction: 'after' | 'before' };

export type QueueRow = {
  id: string;
  protocolNumber: string | null;
  status: string;
  cause: string | null;
  sizeClass: string | null;
  filedAt: Date | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  weeksRequested: Prisma.Decimal | null;
  totalGross: Prisma.Decimal | null;
  employerId: string;
  legalName: string;
  comuneName: string | null;
};

const literal = (values: readonly string[]) => Prisma.raw(values.map((v) => `'${v}'`).join(', '));
const KNOWN_CAUSES: ReadonlySet<string> = new Set(CAUSES);

/** Midnight in Trento of a calendar day, as the UTC timestamp Prisma stores in `filedAt`. */
const romeMidnight = (day: Prisma.Sql) => Prisma.sql`((${day})::timestamp AT TIME ZONE 'Europe/Rome' AT TIME ZONE 'UTC')`;

function statusPredicate(status: QueueStatusFilter): Prisma.Sql {
  if (status === 'pending') return Prisma.sql`r."status" IN (${literal(PENDING_STATUSES)})`;
  if (status === 'all') return Prisma.sql`r."filedAt" IS NOT NULL`;
  if (!(FILED_STATUSES as readonly string[]).includes(status)) throw new Error(`Unknown status filter ${status}`);
  return Prisma.sql`r."status" = ${literal([status])}`;
}

function sortColumn(sort: QueueSort): { column: Prisma.Sql; cast: Prisma.Sql; descending: boolean } {
  switch (sort) {
    case 'filed_asc':
      return { column: Prisma.raw('r."filedAt"'), cast: Prisma.raw('timestamp(3)'), descending: false };
    case 'filed_desc':
      return { column: Prisma.raw('r."filedAt"'), cast: Prisma.raw('timestamp(3)'), descending: true };
    case 'period_end_asc':
      return { column: Prisma.raw('r."periodEnd"'), cast: Prisma.raw('date'), descending: false };
  }
}

/** WHERE clause of the queue for these filters (shared by the page query and by counts). */
export function queueWhere(filters: QueueFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [statusPredicate(filters.status)];
  if (filters.cause) {
    if (!KNOWN_CAUSES.has(filters.cause)) throw new Error(`Unknown cause ${filters.cause}`);
    where.push(Prisma.sql`r."cause" = ${literal([filters.cause])}`);
  }
  if (filters.sizeClass) where.push(Prisma.sql`r."sizeClass" = ${filters.sizeClass}`);
  if (filters.comuneCode) where.push(Prisma.sql`r."comuneCode" = ${filters.comuneCode}`);
  if (filters.filedFrom) where.push(Prisma.sql`r."filedAt" >= ${romeMidnight(Prisma.sql`${filters.filedFrom}::date`)}`);
  if (filters.filedTo) where.push(Prisma.sql`r."filedAt" < ${romeMidnight(Prisma.sql`${filters.filedTo}::date + 1`)}`);
  if (filters.periodEndBy) where.push(Prisma.sql`r."periodEnd" <= ${filters.periodEndBy}::date`);
  return where;
}

/**
 * One page of the queue: `limit + 1` rows in display order (the extra row tells whether another
 * page follows). With a `before` cursor the rows are fetched in reverse and flipped back.
 */
export function queuePageSql(filters: QueueFilters, cursor: QueueCursor | null, limit = QUEUE_PAGE_SIZE): Prisma.Sql {
  const { column, cast, descending } = sortColumn(filters.sort);
  const where = queueWhere(filters);
  if (filters.sort === 'period_end_asc') where.push(Prisma.sql`r."periodEnd" IS NOT NULL`);
  // Reading backwards (previous page) flips the direction of both the comparison and the order.
  const backwards = cursor?.direction === 'before';
  const ascending = descending === backwards;
  if (cursor) {
    const cmp = Prisma.raw(ascending ? '>' : '<');
    where.push(Prisma.sql`(${column}, r."id") ${cmp} (${cursor.key}::${cast}, ${cursor.id})`);
  }
  const order = Prisma.raw(ascending ? 'ASC' : 'DESC');
  const inner = Prisma.sql`
    SELECT r."id", r."protocolNumber", r."status"::text AS "status", r."cause"::text AS "cause", r."sizeClass",
           r."filedAt", r."periodStart", r."periodEnd", r."weeksRequested", r."totalGross",
           r."employerId", e."legalName", u."comuneName"
    FROM "Request" r
    JOIN "Employer" e ON e."id" = r."employerId"
    LEFT JOIN "ProductionUnit" u ON u."id" = r."productionUnitId"
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY ${column} ${order}, r."id" ${order}
    LIMIT ${limit + 1}`;
  return inner;
}

/** The sort key of a row as the cursor stores it. */
export function cursorKeyOf(row: Pick<QueueRow, 'filedAt' | 'periodEnd'>, sort: QueueSort): string {
  if (sort === 'period_end_asc') return row.periodEnd!.toISOString().slice(0, 10);
  return row.filedAt!.toISOString();
}

export function encodeCursor(cursor: QueueCursor): string {
  return Buffer.from(JSON.stringify([cursor.direction === 'after' ? 'a' : 'b', cursor.key, cursor.id])).toString('base64url');
}

/** Null for anything that is not a cursor this module wrote (a tampered cursor shows page one). */
export function decodeCursor(value: string | null | undefined): QueueCursor | null {
  if (!value || value.length > 200) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [d, key, id] = parsed as unknown[];
    if ((d !== 'a' && d !== 'b') || typeof key !== 'string' || typeof id !== 'string') return null;
    if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z)?$/.test(key) || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
    return { direction: d === 'a' ? 'after' : 'before', key, id };
  } catch {
    return null;
  }
}

/** Requests per status from the tally (see model RequestStatusTally); folds the deltas when many. */
export const statusCountsSql = Prisma.sql`SELECT "status"::text AS "status", SUM("delta")::bigint AS "count", COUNT(*)::bigint AS "rows" FROM "RequestStatusTally" GROUP BY "status"`;
export const compactTallySql = Prisma.sql`SELECT "request_status_tally_compact"()`;
/** Fold the deltas when the tally holds more rows than this. */
export const TALLY_COMPACT_THRESHOLD = 1_000;

/** Pending requests whose period ends by `periodEndBy` (index-only count on the partial index). */
export const atRiskCountSql = (periodEndBy: string) => Prisma.sql`
  SELECT COUNT(*)::bigint AS "count" FROM "Request"
  WHERE "status" IN ('FILED', 'UNDER_REVIEW', 'INFO_REQUESTED') AND "periodEnd" <= ${periodEndBy}::date`;

/**
 * The comuni that have production units (the municipality filter's options): a skip scan on the
 * (comuneCode, comuneName) index — one index probe per comune (a few hundred) instead of reading
 * every production unit of the province (60,000 at scale: 37 ms with DISTINCT ON).
 */
export const queueComuniSql = Prisma.sql`
  WITH RECURSIVE c AS (
    (SELECT "comuneCode", "comuneName" FROM "ProductionUnit" ORDER BY "comuneCode", "comuneName" LIMIT 1)
    UNION ALL
    SELECT n."comuneCode", n."comuneName" FROM c, LATERAL (
      SELECT "comuneCode", "comuneName" FROM "ProductionUnit" WHERE "comuneCode" > c."comuneCode" ORDER BY "comuneCode", "comuneName" LIMIT 1
    ) n
  )
  SELECT "comuneCode" AS "code", "comuneName" AS "name" FROM c`;
