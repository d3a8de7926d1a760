import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { reportSql, type ReportSqlRow as Raw } from './reports-query';
import { atecoSection } from '@/lib/review/ateco';
import { requireRole } from '@/lib/server/auth/guards';
import { prisma } from '@/lib/server/db';

// Reports for the Committee: requests filed in a range of months, with weeks and amounts, by month
// of filing, cause, size class and sector (ATECO section). One scan of the filing-date index with
// GROUPING SETS computes the four breakdowns at once.

export type ReportMetrics = {
  requests: number;
  decided: number;
  approved: number;
  rejected: number;
  weeksRequested: string;
  weeksGranted: string;
  grossRequested: string;
  grossGranted: string;
};
export type ReportRow = ReportMetrics & { key: string };
export type Report = { from: string; to: string; byMonth: ReportRow[]; byCause: ReportRow[]; bySizeClass: ReportRow[]; bySector: ReportRow[]; total: ReportMetrics };


const ZERO: ReportMetrics = { requests: 0, decided: 0, approved: 0, rejected: 0, weeksRequested: '0', weeksGranted: '0', grossRequested: '0.00', grossGranted: '0.00' };

function metrics(r: Raw): ReportMetrics {
  return {
    requests: Number(r.requests),
    decided: Number(r.decided),
    approved: Number(r.approved),
    rejected: Number(r.rejected),
    weeksRequested: (r.weeks_requested ?? new Prisma.Decimal(0)).toString(),
    weeksGranted: (r.weeks_granted ?? new Prisma.Decimal(0)).toString(),
    grossRequested: (r.gross_requested ?? new Prisma.Decimal(0)).toFixed(2),
    grossGranted: (r.gross_granted ?? new Prisma.Decimal(0)).toFixed(2),
  };
}

function add(a: ReportMetrics, b: ReportMetrics): ReportMetrics {
  const dec = (x: string, y: string) => new Prisma.Decimal(x).plus(y);
  return {
    requests: a.requests + b.requests,
    decided: a.decided + b.decided,
    approved: a.approved + b.approved,
    rejected: a.rejected + b.rejected,
    weeksRequested: dec(a.weeksRequested, b.weeksRequested).toString(),
    weeksGranted: dec(a.weeksGranted, b.weeksGranted).toString(),
    grossRequested: dec(a.grossRequested, b.grossRequested).toFixed(2),
    grossGranted: dec(a.grossGranted, b.grossGranted).toFixed(2),
  };
}

/** Every month from `from` to `to` (YYYY-MM), so months without requests show as zero. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Requests filed from the first day of `from` to the last day of `to` (months YYYY-MM, days in Trento). */
export async function buildReport(from: string, to: string): Promise<Report> {
  await requireRole('STAFF', 'ADMIN');
  const rows = await prisma.$queryRaw<Raw[]>(reportSql(from, to));

  const byMonthMap = new Map<string, ReportMetrics>();
  const byCause: ReportRow[] = [];
  const bySizeClass: ReportRow[] = [];
  const bySectorMap = new Map<string, ReportMetrics>();
  for (const r of rows) {
    if (r.g_month === 0) byMonthMap.set(r.month ?? '', metrics(r));
    else if (r.g_cause === 0) byCause.push({ key: r.cause ?? '', ...metrics(r) });
    else if (r.g_size === 0) bySizeClass.push({ key: r.size_class ?? '', ...metrics(r) });
    else if (r.g_division === 0) {
      const section = atecoSection(r.division)?.code ?? '';
      bySectorMap.set(section, add(bySectorMap.get(section) ?? ZERO, metrics(r)));
    }
  }
  const byMonth = monthsBetween(from, to).map((month) => ({ key: month, ...(byMonthMap.get(month) ?? ZERO) }));
  const total = byMonth.reduce<ReportMetrics>((sum, row) => add(sum, row), ZERO);
  const byKey = (a: ReportRow, b: ReportRow) => (a.key === '' ? 1 : b.key === '' ? -1 : a.key.localeCompare(b.key));
  return {
    from,
    to,
    byMonth,
    byCause: byCause.sort(byKey),
    bySizeClass: bySizeClass.sort(byKey),
    bySector: [...bySectorMap.entries()].map(([key, m]) => ({ key, ...m })).sort(byKey),
    total,
  };
}
