// The reports' SQL, shared by the DAL (lib/server/data/reports.ts) and the queue benchmark
// (scripts/bench/queue.ts), like review-queue-query.ts. Without `import 'server-only'`: it only
// builds SQL. One scan of the filing-date index computes the four breakdowns (GROUPING SETS).
import { Prisma } from '@/lib/generated/prisma/client';

export type ReportSqlRow = {
  month: string | null;
  cause: string | null;
  size_class: string | null;
  division: string | null;
  g_month: number;
  g_cause: number;
  g_size: number;
  g_division: number;
  requests: bigint;
  decided: bigint;
  approved: bigint;
  rejected: bigint;
  weeks_requested: Prisma.Decimal | null;
  weeks_granted: Prisma.Decimal | null;
  gross_requested: Prisma.Decimal | null;
  gross_granted: Prisma.Decimal | null;
};

/** Requests filed from the first day of `from` to the last day of `to` (months YYYY-MM, days in Trento). */
export function reportSql(from: string, to: string): Prisma.Sql {
  return Prisma.sql`
    WITH filed AS (
      SELECT r."status", r."cause", r."sizeClass", r."weeksRequested", r."weeksGranted", r."totalGross", r."totalGrossGranted",
             to_char((r."filedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Rome', 'YYYY-MM') AS "month",
             substring(e."atecoCode" FROM '^(\\d{2})') AS "division"
      FROM "Request" r
      JOIN "Employer" e ON e."id" = r."employerId"
      WHERE r."filedAt" >= ((${`${from}-01`}::date)::timestamp AT TIME ZONE 'Europe/Rome' AT TIME ZONE 'UTC')
        AND r."filedAt" < (((${`${to}-01`}::date + INTERVAL '1 month')::date)::timestamp AT TIME ZONE 'Europe/Rome' AT TIME ZONE 'UTC')
    )
    SELECT "month", "cause"::text AS "cause", "sizeClass" AS "size_class", "division",
           GROUPING("month")::int AS g_month, GROUPING("cause")::int AS g_cause, GROUPING("sizeClass")::int AS g_size, GROUPING("division")::int AS g_division,
           COUNT(*)::bigint AS "requests",
           COUNT(*) FILTER (WHERE "status" IN ('APPROVED', 'PARTIALLY_APPROVED', 'REJECTED'))::bigint AS "decided",
           COUNT(*) FILTER (WHERE "status" IN ('APPROVED', 'PARTIALLY_APPROVED'))::bigint AS "approved",
           COUNT(*) FILTER (WHERE "status" = 'REJECTED')::bigint AS "rejected",
           SUM("weeksRequested") AS "weeks_requested",
           SUM("weeksGranted") FILTER (WHERE "status" IN ('APPROVED', 'PARTIALLY_APPROVED')) AS "weeks_granted",
           SUM("totalGross") AS "gross_requested",
           SUM("totalGrossGranted") FILTER (WHERE "status" IN ('APPROVED', 'PARTIALLY_APPROVED')) AS "gross_granted"
    FROM filed
    GROUP BY GROUPING SETS (("month"), ("cause"), ("sizeClass"), ("division"))`;
}
