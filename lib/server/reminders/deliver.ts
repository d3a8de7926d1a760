import 'server-only';
import { env } from '@/lib/env.js';
import type { CalendarDate } from '@/lib/rules/core/calendar-date';
import { dateColumn, isoDate } from '@/lib/server/clock';
import { prisma } from '@/lib/server/db';
import { upcomingDeadlines } from '@/lib/server/data/deadlines';
import { logError } from '@/lib/server/log';
import { sendMail } from '@/lib/server/mail';
import { reminderMail } from '@/lib/server/mail-texts/reminder';
import { deadlineKey, recipientsOf } from './scan';

// The send job: one reminder, re-checked at the moment of sending (the world may have changed
// since the scan): not muted, recipient not muted globally, still entitled to the employer, the
// deadline still the same and not past. Then one e-mail through lib/server/mail.ts.

export const MAX_ATTEMPTS = 3;

export type DeliveryOutcome = 'sent' | 'muted' | 'cancelled' | 'skipped' | 'failed';

export async function deliverReminder(reminderId: string, today: CalendarDate): Promise<DeliveryOutcome> {
  const reminder = await prisma.reminder.findUnique({
    where: { id: reminderId },
    select: {
      id: true,
      status: true,
      kind: true,
      employerId: true,
      requestId: true,
      deadlineKey: true,
      deadline: true,
      attempts: true,
      user: { select: { id: true, email: true, locale: true, disabledAt: true, reminderPreference: { select: { mutedAll: true } } } },
      employer: { select: { legalName: true } },
    },
  });
  if (!reminder || (reminder.status !== 'QUEUED' && reminder.status !== 'SCHEDULED')) return 'skipped';

  const close = async (status: 'MUTED' | 'CANCELLED') => {
    await prisma.reminder.updateMany({
      where: { id: reminder.id, status: { in: ['QUEUED', 'SCHEDULED'] } },
      data: status === 'MUTED' ? { status, mutedAt: new Date() } : { status, cancelledAt: new Date() },
    });
    return status === 'MUTED' ? ('muted' as const) : ('cancelled' as const);
  };
  if (reminder.user.reminderPreference?.mutedAll) return close('MUTED');
  if (reminder.user.disabledAt || isoDate(reminder.deadline) < today) return close('CANCELLED');

  const [deadlines, recipients] = await Promise.all([upcomingDeadlines([reminder.employerId], today), recipientsOf([reminder.employerId], today)]);
  const deadline = deadlines.find((d) => deadlineKey(d) === reminder.deadlineKey);
  if (!deadline || !recipients.get(reminder.employerId)?.has(reminder.user.id)) return close('CANCELLED');

  const base = (env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/$/, '');
  const inDays = Math.round((dateColumn(deadline.date).getTime() - dateColumn(today).getTime()) / 86_400_000);
  try {
    await sendMail(
      reminderMail({
        to: reminder.user.email,
        locale: reminder.user.locale === 'en' ? 'en' : 'it',
        reminderId: reminder.id,
        kind: deadline.kind,
        deadline: deadline.date,
        inDays,
        employerName: reminder.employer.legalName,
        protocolNumber: deadline.protocolNumber,
        detail: deadline.detail,
        citation: deadline.citation,
        requestUrl: `${base}/aziende/${reminder.employerId}/domande/${deadline.requestId}`,
        settingsUrl: `${base}/promemoria`,
      }),
    );
  } catch (error) {
    const attempts = reminder.attempts + 1;
    logError('reminder mail failed', error, { reminderId: reminder.id, attempts });
    await prisma.reminder.update({
      where: { id: reminder.id },
      data: { attempts, lastError: error instanceof Error ? error.message.slice(0, 500) : 'error', ...(attempts >= MAX_ATTEMPTS ? { status: 'FAILED' } : {}) },
    });
    if (attempts >= MAX_ATTEMPTS) return 'failed';
    throw error; // pg-boss retries with backoff
  }
  // Sent: recorded even if the mute arrived while the mail was leaving (it did leave).
  await prisma.reminder.update({ where: { id: reminder.id }, data: { status: 'SENT', sentAt: new Date(), attempts: { increment: 1 } } });
  return 'sent';
}
