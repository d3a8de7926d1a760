import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { RuleContext } from '@/lib/rules';
import { isCalendarDate, type CalendarDate } from '@/lib/rules/core/calendar-date';
import { conguaglioDeadline } from '@/lib/rules/procedure/conguaglio';
import { filingWindow } from '@/lib/rules/procedure/filing-window';
import { unionProcedure } from '@/lib/rules/procedure/union-procedure';
import { CAUSES, type Cause } from '@/lib/rules/types';
import { prisma } from '@/lib/server/db';

// Upcoming procedural deadlines of many employers at once (radar, reminders), computed by the
// rules library from a handful of set-based queries, never one query per employer:
// - FILING_WINDOW_CLOSING (G-2): a draft with a period must be filed by 15 days after its start;
// - UNION_PROCEDURE_END (G-1): a draft whose union communication is dated: the procedure ends 10
//   days later (25 above 50 employees);
// - CONGUAGLIO_DEADLINE (G-6): an authorised request paid by conguaglio must be offset within 6
//   months of the end of the pay period (or of the authorisation, if later).
// Not server-action code: callers (radar, the reminder scan) decide who may see which employers.

export type DeadlineKind = 'FILING_WINDOW_CLOSING' | 'UNION_PROCEDURE_END' | 'CONGUAGLIO_DEADLINE';
export const DEADLINE_KINDS: readonly DeadlineKind[] = ['FILING_WINDOW_CLOSING', 'UNION_PROCEDURE_END', 'CONGUAGLIO_DEADLINE'];

export type Deadline = {
  kind: DeadlineKind;
  employerId: string;
  requestId: string;
  date: CalendarDate;
  /** Protocol number for filed requests; null for drafts. */
  protocolNumber: string | null;
  /** The rule's own explanation, with dates (from the trace). */
  detail: string;
  citation: string;
};

type DraftRow = {
  id: string;
  employerId: string;
  cause: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  unionCommunicationDate: string | null;
  jointExamRequestDate: string | null;
  unavoidableEvent: string | null;
  weeklyReductionHours: string | null;
};

type AuthorisedRow = { id: string; employerId: string; protocolNumber: string | null; authorisedEnd: string | null; authorisationDate: string };

const dateOrNull = (value: string | null | undefined): CalendarDate | null => (value && isCalendarDate(value) ? value : null);
const causeOrDefault = (value: string | null): Cause => ((CAUSES as readonly string[]).includes(value ?? '') ? (value as Cause) : 'ORDINARY_MARKET');

/**
 * Every deadline on or after `today` for these employers: two queries in parallel, then one for
 * the headcounts the drafts need, whatever their number. The company headcount (latest month)
 * chooses between the 10- and 25-day union procedure; unknown → 25 days, as the rule says.
 */
export async function upcomingDeadlines(employerIds: readonly string[], today: CalendarDate): Promise<Deadline[]> {
  if (employerIds.length === 0) return [];
  const ids = [...employerIds];
  // Drafts: the period from the columns, or from the wizard's saved answers (Request.draft, shaped
  // by lib/schemas/request-draft.ts: causePeriod and procedure steps) while it is a draft.
  const [drafts, authorised] = await Promise.all([
    prisma.$queryRaw<DraftRow[]>(Prisma.sql`
      SELECT r."id", r."employerId",
        COALESCE(r."cause"::text, r."draft" #>> '{causePeriod,cause}') AS "cause",
        COALESCE(to_char(r."periodStart", 'YYYY-MM-DD'), r."draft" #>> '{causePeriod,periodStart}') AS "periodStart",
        COALESCE(to_char(r."periodEnd", 'YYYY-MM-DD'), r."draft" #>> '{causePeriod,periodEnd}') AS "periodEnd",
        r."draft" #>> '{procedure,unionCommunicationDate}' AS "unionCommunicationDate",
        r."draft" #>> '{procedure,jointExamRequestDate}' AS "jointExamRequestDate",
        r."draft" #>> '{procedure,unavoidableEvent}' AS "unavoidableEvent",
        r."draft" #>> '{procedure,weeklyReductionHours}' AS "weeklyReductionHours"
      FROM "Request" r
      WHERE r."employerId" = ANY(${ids}) AND r."status" = 'DRAFT'`),
    // The latest granting decision of each authorised request paid by conguaglio.
    prisma.$queryRaw<AuthorisedRow[]>(Prisma.sql`
      SELECT DISTINCT ON (r."id") r."id", r."employerId", r."protocolNumber",
        to_char(COALESCE(d."grantedEnd", r."periodEnd"), 'YYYY-MM-DD') AS "authorisedEnd",
        to_char(d."decidedAt" AT TIME ZONE 'Europe/Rome', 'YYYY-MM-DD') AS "authorisationDate"
      FROM "Request" r
      JOIN "Decision" d ON d."requestId" = r."id" AND d."kind" IN ('APPROVE', 'APPROVE_PARTIAL')
      WHERE r."employerId" = ANY(${ids}) AND r."status" IN ('APPROVED', 'PARTIALLY_APPROVED') AND r."paymentMode" = 'CONGUAGLIO'
      ORDER BY r."id", d."decidedAt" DESC`),
  ]);
  // The headcount only matters to drafts with a union communication date: read it for their
  // employers alone, not for every client (the query's cost grows with the employers asked).
  const withCommunication = new Set<string>();
  for (const d of drafts) if (dateOrNull(d.unionCommunicationDate)) withCommunication.add(d.employerId);
  const companyHeadcounts = await latestCompanyHeadcounts([...withCommunication], today);

  const out: Deadline[] = [];
  for (const d of drafts) {
    const start = dateOrNull(d.periodStart);
    const end = dateOrNull(d.periodEnd) ?? start;
    if (start && end && end >= start) {
      const ctx = new RuleContext();
      const window = filingWindow({ periodStart: start, periodEnd: end, applicationDate: today }, ctx);
      if (window.latest >= today) {
        const step = ctx.trace.at(-1);
        out.push({ kind: 'FILING_WINDOW_CLOSING', employerId: d.employerId, requestId: d.id, date: window.latest, protocolNumber: null, detail: `Domanda da presentare tra il ${window.earliest} e il ${window.latest}`, citation: step?.citation.label ?? '' });
      }
    }
    const comm = dateOrNull(d.unionCommunicationDate);
    if (comm) {
      const ctx = new RuleContext();
      const procedure = unionProcedure(
        {
          cause: causeOrDefault(d.cause),
          companyHeadcount: companyHeadcounts.get(d.employerId) ?? null,
          unavoidableEvent: d.unavoidableEvent === 'true',
          weeklyReductionHours: d.weeklyReductionHours,
          unionCommunicationDate: comm,
          jointExamRequestDate: dateOrNull(d.jointExamRequestDate),
          // The procedure's end does not depend on the filing day; the communication precedes it.
          applicationDate: today > comm ? today : comm,
        },
        ctx,
      );
      if (procedure.endsBy && procedure.endsBy >= today) {
        out.push({ kind: 'UNION_PROCEDURE_END', employerId: d.employerId, requestId: d.id, date: procedure.endsBy, protocolNumber: null, detail: procedure.detail, citation: ctx.trace.at(-1)?.citation.label ?? '' });
      }
    }
  }
  for (const a of authorised) {
    const end = dateOrNull(a.authorisedEnd);
    if (!end) continue;
    const ctx = new RuleContext();
    const c = conguaglioDeadline({ authorisedEnd: end, authorisationDate: dateOrNull(a.authorisationDate) }, ctx);
    if (c.deadline >= today) {
      out.push({ kind: 'CONGUAGLIO_DEADLINE', employerId: a.employerId, requestId: a.id, date: c.deadline, protocolNumber: a.protocolNumber, detail: ctx.trace.at(-1)?.detail ?? '', citation: ctx.trace.at(-1)?.citation.label ?? '' });
    }
  }
  return out;
}

/**
 * Company headcount for the union procedure's 50-employee threshold, per employer, in one query:
 * the heads of all active units in the latest recorded month up to `today`'s month — the same
 * reading as the journey's companyHeadcount() (lib/server/data/scenario.ts), set-based.
 */
export async function latestCompanyHeadcounts(employerIds: readonly string[], today: string): Promise<Map<string, number>> {
  if (employerIds.length === 0) return new Map();
  const monthEnd = `${today.slice(0, 7)}-01`;
  const rows = await prisma.$queryRaw<Array<{ employerId: string; heads: number }>>(Prisma.sql`
    WITH counted AS (
      SELECT h."employerId", h."month", h."heads"
      FROM "HeadcountMonth" h
      -- The units filtered by employer too (a unit's headcounts are its employer's): without it the
      -- planner hashes every unit of the province (60,000 rows, ~50 ms at 500 clients) instead of
      -- reading the clients' ~600 units through the employerId index (~8 ms). docs/performance.md.
      JOIN "ProductionUnit" u ON u."id" = h."productionUnitId" AND u."isActive" AND u."employerId" = ANY(${[...employerIds]})
      WHERE h."employerId" = ANY(${[...employerIds]}) AND h."month" <= ${monthEnd}::date
    )
    SELECT c."employerId", SUM(c."heads")::int AS "heads"
    FROM counted c
    JOIN (SELECT "employerId", MAX("month") AS "month" FROM counted GROUP BY "employerId") latest
      ON latest."employerId" = c."employerId" AND latest."month" = c."month"
    GROUP BY c."employerId"`);
  return new Map(rows.map((r) => [r.employerId, r.heads]));
}
