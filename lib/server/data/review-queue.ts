import 'server-only';
import { AT_RISK_DAYS, FILED_STATUSES, QUEUE_PAGE_SIZE, type QueueSort, type QueueStatusFilter } from '@/lib/review/queue';
import { addDays, parseDate } from '@/lib/rules/core/calendar-date';
import { requireRole } from '@/lib/server/auth/guards';
import { isoDate, todayInRome } from '@/lib/server/clock';
import { prisma } from '@/lib/server/db';
import {
  TALLY_COMPACT_THRESHOLD,
  atRiskCountSql,
  compactTallySql,
  cursorKeyOf,
  decodeCursor,
  encodeCursor,
  queuePageSql,
  queueComuniSql,
  statusCountsSql,
  type QueueFilters,
  type QueueRow,
} from './review-queue-query';

// The Committee's review queue. Keyset pagination over (sort key, id) and status counts from the
// tally: no page view reads more than a page of rows, whatever the size of the table
// (docs/performance.md has the measurements at 1,000,000 requests).

export type QueueQuery = {
  status: QueueStatusFilter;
  cause?: string | null;
  sizeClass?: string | null;
  comuneCode?: string | null;
  filedFrom?: string | null;
  filedTo?: string | null;
  atRisk?: boolean;
  sort: QueueSort;
  after?: string | null;
  before?: string | null;
  pageSize?: number;
};

export type QueueItem = {
  id: string;
  protocolNumber: string | null;
  status: string;
  cause: string | null;
  sizeClass: string | null;
  filedAt: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  weeksRequested: string | null;
  totalGross: string | null;
  employerId: string;
  legalName: string;
  comuneName: string | null;
  atRisk: boolean;
};

export type QueuePage = { items: QueueItem[]; next: string | null; previous: string | null; riskDate: string };

/** The last period end that counts as "deadline at risk" today (see AT_RISK_DAYS). */
export function riskDate(today: string = todayInRome()): string {
  return addDays(parseDate(today), AT_RISK_DAYS);
}

function toItem(row: QueueRow, risk: string): QueueItem {
  const periodEnd = row.periodEnd ? isoDate(row.periodEnd) : null;
  const pending = row.status === 'FILED' || row.status === 'UNDER_REVIEW' || row.status === 'INFO_REQUESTED';
  return {
    id: row.id,
    protocolNumber: row.protocolNumber,
    status: row.status,
    cause: row.cause,
    sizeClass: row.sizeClass,
    filedAt: row.filedAt ? row.filedAt.toISOString() : null,
    periodStart: row.periodStart ? isoDate(row.periodStart) : null,
    periodEnd,
    weeksRequested: row.weeksRequested?.toString() ?? null,
    totalGross: row.totalGross?.toString() ?? null,
    employerId: row.employerId,
    legalName: row.legalName,
    comuneName: row.comuneName,
    atRisk: pending && periodEnd !== null && periodEnd <= risk,
  };
}

export async function listReviewQueue(query: QueueQuery): Promise<QueuePage> {
  await requireRole('STAFF', 'ADMIN');
  const risk = riskDate();
  // Deadline at risk only makes sense for requests still waiting for a decision.
  const status: QueueStatusFilter = query.atRisk && !['pending', 'FILED', 'UNDER_REVIEW', 'INFO_REQUESTED'].includes(query.status) ? 'pending' : query.status;
  const filters: QueueFilters = {
    status,
    cause: query.cause,
    sizeClass: query.sizeClass,
    comuneCode: query.comuneCode,
    filedFrom: query.filedFrom,
    filedTo: query.filedTo,
    periodEndBy: query.atRisk ? risk : null,
    sort: query.sort,
  };
  const pageSize = Math.min(100, Math.max(1, query.pageSize ?? QUEUE_PAGE_SIZE));
  const cursor = decodeCursor(query.before) ?? decodeCursor(query.after);
  const rows = await prisma.$queryRaw<QueueRow[]>(queuePageSql(filters, cursor, pageSize));
  const more = rows.length > pageSize;
  const page = more ? rows.slice(0, pageSize) : rows;
  const backwards = cursor?.direction === 'before';
  if (backwards) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  // Going forward, "previous" exists when we came from a cursor; going back, "next" always exists.
  const next = last && (backwards || more) ? encodeCursor({ key: cursorKeyOf(last, query.sort), id: last.id, direction: 'after' }) : null;
  const previous = first && (backwards ? more : cursor !== null) ? encodeCursor({ key: cursorKeyOf(first, query.sort), id: first.id, direction: 'before' }) : null;
  return { items: page.map((r) => toItem(r, risk)), next, previous, riskDate: risk };
}

export type StatusCounts = Record<(typeof FILED_STATUSES)[number], number> & { pending: number };

/** Requests per status, exact, from the status tally (see model RequestStatusTally). */
export async function reviewStatusCounts(): Promise<StatusCounts> {
  await requireRole('STAFF', 'ADMIN');
  let rows = await prisma.$queryRaw<Array<{ status: string; count: bigint; rows: bigint }>>(statusCountsSql);
  const deltaRows = rows.reduce((sum, r) => sum + Number(r.rows), 0);
  if (deltaRows > TALLY_COMPACT_THRESHOLD) {
    await prisma.$executeRaw(compactTallySql);
    rows = await prisma.$queryRaw(statusCountsSql);
  }
  const counts = Object.fromEntries(FILED_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const r of rows) if ((FILED_STATUSES as readonly string[]).includes(r.status)) counts[r.status as keyof StatusCounts] = Number(r.count);
  counts.pending = counts.FILED + counts.UNDER_REVIEW + counts.INFO_REQUESTED;
  return counts;
}

/** Pending requests whose deadline is at risk (an index-only count on a partial index). */
export async function countAtRisk(): Promise<number> {
  await requireRole('STAFF', 'ADMIN');
  const [row] = await prisma.$queryRaw<Array<{ count: bigint }>>(atRiskCountSql(riskDate()));
  return Number(row?.count ?? 0);
}

export type ComuneOption = { code: string; name: string };

/**
 * How long the process keeps the list of comuni: a unit in a new comune shows in the filter within
 * a minute. The list is the same for every member of staff and changes a few times a year; it was
 * the queue page's costliest statement (a recursive skip-scan, 0.85 ms at 60,000 units).
 */
export const QUEUE_COMUNI_TTL_MS = 60_000;
let comuniMemo: { until: number; rows: Promise<readonly ComuneOption[]> } | null = null;

/** The comuni that have production units, for the municipality filter (memoised, see QUEUE_COMUNI_TTL_MS). */
export async function listQueueComuni(now: number = Date.now()): Promise<readonly ComuneOption[]> {
  await requireRole('STAFF', 'ADMIN');
  if (!comuniMemo || now >= comuniMemo.until) {
    const rows = prisma.$queryRaw<ComuneOption[]>(queueComuniSql).then((list) => list.sort((a, b) => a.name.localeCompare(b.name, 'it')));
    const memo = { until: now + QUEUE_COMUNI_TTL_MS, rows };
    comuniMemo = memo;
    // A failed read is not kept: the next page view asks the database again.
    rows.catch(() => {
      if (comuniMemo === memo) comuniMemo = null;
    });
  }
  return comuniMemo.rows;
}
