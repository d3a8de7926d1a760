import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { addDays, type CalendarDate } from '@/lib/rules/core/calendar-date';
import { activeDelegationWhere } from '@/lib/server/auth/delegation-where';
import { dateColumn } from '@/lib/server/clock';
import { prisma } from '@/lib/server/db';
import { upcomingDeadlines, type Deadline, type DeadlineKind } from '@/lib/server/data/deadlines';

// Which reminders exist: one per (deadline, recipient), idempotently. Run by the worker's hourly
// scan job (scripts/worker.ts); safe to run concurrently and repeatedly:
// - a reminder row is inserted ON CONFLICT (userId, deadlineKey) DO NOTHING;
// - moving from SCHEDULED to QUEUED is a conditional UPDATE, and the send job's id is derived
//   from the reminder (queue.ts), so a reminder is enqueued once however many scans see it.
// Recipients: the company's members and the consultants holding an active delegation today.

/** How many days ahead of each deadline the e-mail goes out. */
export const LEAD_DAYS: Record<DeadlineKind, number> = {
  FILING_WINDOW_CLOSING: 5,
  UNION_PROCEDURE_END: 2,
  CONGUAGLIO_DEADLINE: 30,
};
/** Reminders are listed (and can be muted) this many days before they are sent. */
export const HORIZON_DAYS = 60;
const CHUNK = 500;

export const deadlineKey = (d: Pick<Deadline, 'kind' | 'requestId' | 'date'>) => `${d.kind}:${d.requestId}:${d.date}`;

export function sendOnFor(kind: DeadlineKind, deadline: string, today: string): string {
  const ideal = addDays(deadline as CalendarDate, -LEAD_DAYS[kind]);
  return ideal < today ? today : ideal;
}

/** Who is told about an employer's deadlines, for many employers at once (two queries). */
export async function recipientsOf(employerIds: readonly string[], today: string): Promise<Map<string, Set<string>>> {
  const ids = [...employerIds];
  const [members, delegations] = await Promise.all([
    prisma.employerMember.findMany({ where: { employerId: { in: ids }, user: { disabledAt: null } }, select: { employerId: true, userId: true } }),
    prisma.delegation.findMany({
      where: { employerId: { in: ids }, ...activeDelegationWhere(today), consultant: { disabledAt: null } },
      select: { employerId: true, consultantId: true },
    }),
  ]);
  const map = new Map<string, Set<string>>();
  const add = (employerId: string, userId: string | null) => {
    if (!userId) return;
    (map.get(employerId) ?? map.set(employerId, new Set()).get(employerId)!).add(userId);
  };
  for (const m of members) add(m.employerId, m.userId);
  for (const d of delegations) add(d.employerId, d.consultantId);
  return map;
}

export type ScanResult = { employers: number; deadlines: number; created: number; cancelled: number; due: string[] };

/** Creates the reminders of every upcoming deadline, cancels those that no longer apply, returns the due ones. */
export async function scanReminders(today: CalendarDate): Promise<ScanResult> {
  const horizon = addDays(today, HORIZON_DAYS);
  // Employers with something that can have a deadline, or with reminders still pending.
  const candidates = await prisma.$queryRaw<Array<{ employerId: string }>>(Prisma.sql`
    SELECT DISTINCT "employerId" FROM "Request"
      WHERE "status" = 'DRAFT' OR ("status" IN ('APPROVED', 'PARTIALLY_APPROVED') AND "paymentMode" = 'CONGUAGLIO')
    UNION
    SELECT DISTINCT "employerId" FROM "Reminder" WHERE "status" IN ('SCHEDULED', 'QUEUED')`);
  const employerIds = candidates.map((c) => c.employerId);

  let deadlineCount = 0;
  let created = 0;
  let cancelled = 0;
  for (let i = 0; i < employerIds.length; i += CHUNK) {
    const chunk = employerIds.slice(i, i + CHUNK);
    const [deadlines, recipients] = await Promise.all([upcomingDeadlines(chunk, today), recipientsOf(chunk, today)]);
    const relevant = deadlines.filter((d) => sendOnFor(d.kind, d.date, today) <= horizon);
    deadlineCount += relevant.length;
    const rows: Prisma.ReminderCreateManyInput[] = [];
    const valid = new Set<string>();
    for (const d of relevant) {
      for (const userId of recipients.get(d.employerId) ?? []) {
        const key = deadlineKey(d);
        valid.add(`${userId}|${key}`);
        rows.push({
          userId,
          employerId: d.employerId,
          requestId: d.requestId,
          kind: d.kind,
          deadlineKey: key,
          deadline: dateColumn(d.date),
          sendOn: dateColumn(sendOnFor(d.kind, d.date, today)),
        });
      }
    }
    if (rows.length) created += (await prisma.reminder.createMany({ data: rows, skipDuplicates: true })).count;

    // Scheduled reminders of these employers whose deadline moved or vanished (request filed,
    // discarded, period changed) or whose recipient lost access (delegation ended) are cancelled.
    const pending = await prisma.reminder.findMany({ where: { employerId: { in: chunk }, status: 'SCHEDULED' }, select: { id: true, userId: true, deadlineKey: true } });
    const stale = pending.filter((r) => !valid.has(`${r.userId}|${r.deadlineKey}`)).map((r) => r.id);
    if (stale.length) cancelled += (await prisma.reminder.updateMany({ where: { id: { in: stale }, status: 'SCHEDULED' }, data: { status: 'CANCELLED', cancelledAt: new Date() } })).count;
  }

  // Due today (or earlier and still scheduled): claim them for sending. QUEUED ones are returned
  // again so that a job lost between this update and the enqueue (crash) is enqueued next time;
  // their job id is fixed, so a job that exists is not duplicated.
  await prisma.reminder.updateMany({ where: { status: 'SCHEDULED', sendOn: { lte: dateColumn(today) } }, data: { status: 'QUEUED', queuedAt: new Date() } });
  const due = await prisma.reminder.findMany({ where: { status: 'QUEUED' }, select: { id: true }, orderBy: { sendOn: 'asc' } });
  return { employers: employerIds.length, deadlines: deadlineCount, created, cancelled, due: due.map((d) => d.id) };
}
