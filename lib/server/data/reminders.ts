import 'server-only';
import type { ReminderStatus } from '@/lib/generated/prisma/client';
import { activeDelegationWhere } from '@/lib/server/auth/delegation-where';
import { requireUser } from '@/lib/server/auth/guards';
import { dateColumn, isoDate, todayInRome } from '@/lib/server/clock';
import { prisma } from '@/lib/server/db';
import { recordAudit } from '@/lib/server/data/audit';
import type { DeadlineKind } from '@/lib/server/data/deadlines';
import { DomainError } from '@/lib/server/errors';

// The signed-in user's reminders (page /promemoria): upcoming and recent, for the companies the
// user can still reach — a consultant whose delegation ended no longer sees that client's dates.

export type ReminderDto = {
  id: string;
  kind: DeadlineKind;
  deadline: string;
  sendOn: string;
  status: ReminderStatus;
  sentAt: string | null;
  employerId: string;
  employerName: string;
  requestId: string | null;
  protocolNumber: string | null;
};

/** Reminders whose deadline is at most this many days past are still listed. */
const HISTORY_DAYS = 30;

export async function listMyReminders(): Promise<{ mutedAll: boolean; reminders: ReminderDto[] }> {
  const user = await requireUser();
  const today = todayInRome();
  const since = new Date(dateColumn(today).getTime() - HISTORY_DAYS * 86_400_000);
  const [preference, rows] = await Promise.all([
    prisma.reminderPreference.findUnique({ where: { userId: user.id }, select: { mutedAll: true } }),
    prisma.reminder.findMany({
      where: {
        userId: user.id,
        deadline: { gte: since },
        status: { not: 'CANCELLED' },
        employer: { OR: [{ members: { some: { userId: user.id } } }, { delegations: { some: { consultantId: user.id, ...activeDelegationWhere(today) } } }] },
      },
      orderBy: [{ deadline: 'asc' }, { kind: 'asc' }],
      take: 500,
      select: {
        id: true,
        kind: true,
        deadline: true,
        sendOn: true,
        status: true,
        sentAt: true,
        employerId: true,
        requestId: true,
        employer: { select: { legalName: true } },
        request: { select: { protocolNumber: true } },
      },
    }),
  ]);
  return {
    mutedAll: preference?.mutedAll ?? false,
    reminders: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      deadline: isoDate(r.deadline),
      sendOn: isoDate(r.sendOn),
      status: r.status,
      sentAt: r.sentAt?.toISOString() ?? null,
      employerId: r.employerId,
      employerName: r.employer.legalName,
      requestId: r.requestId,
      protocolNumber: r.request?.protocolNumber ?? null,
    })),
  };
}

/** Mutes (or restores) one of the user's own reminders that has not gone out yet. */
export async function muteReminder(reminderId: string, muted: boolean): Promise<{ id: string; status: ReminderStatus }> {
  const user = await requireUser();
  const reminder = await prisma.reminder.findUnique({ where: { id: reminderId }, select: { id: true, userId: true, employerId: true, status: true } });
  // Someone else's reminder: the same answer as a missing one.
  if (!reminder || reminder.userId !== user.id) throw new DomainError('reminders.notFound');
  const from: ReminderStatus[] = muted ? ['SCHEDULED', 'QUEUED'] : ['MUTED'];
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.reminder.updateMany({
      where: { id: reminder.id, userId: user.id, status: { in: from } },
      // Restored reminders go back to the scan, which queues them again when due.
      data: muted ? { status: 'MUTED', mutedAt: new Date() } : { status: 'SCHEDULED', mutedAt: null, queuedAt: null },
    });
    if (count !== 1) throw new DomainError('reminders.alreadySent');
    await recordAudit(tx, {
      actorUserId: user.id,
      onBehalfOfEmployerId: reminder.employerId,
      action: muted ? 'reminder.mute' : 'reminder.unmute',
      entityType: 'Reminder',
      entityId: reminder.id,
      before: { status: reminder.status },
      after: { status: muted ? 'MUTED' : 'SCHEDULED' },
    });
    return { id: reminder.id, status: muted ? ('MUTED' as const) : ('SCHEDULED' as const) };
  });
}

/** Stops (or restarts) every reminder e-mail to the user. */
export async function setRemindersMutedAll(mutedAll: boolean): Promise<{ mutedAll: boolean }> {
  const user = await requireUser();
  await prisma.$transaction(async (tx) => {
    await tx.reminderPreference.upsert({ where: { userId: user.id }, create: { userId: user.id, mutedAll }, update: { mutedAll } });
    await recordAudit(tx, { actorUserId: user.id, action: mutedAll ? 'reminder.muteAll' : 'reminder.unmuteAll', entityType: 'ReminderPreference', entityId: user.id, after: { mutedAll } });
  });
  return { mutedAll };
}
