// Deadline reminders against PostgreSQL and pg-boss: the scan creates one reminder per (deadline,
// recipient) idempotently, the send job delivers it as an e-mail (.eml in MAIL_DIR), muted ones are
// not sent, and the real worker process (scripts/worker.ts) does all of it on its own.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';

const mailDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/fstn-mail-reminders-${process.pid}-${Date.now()}`;
  process.env.MAIL_DIR = dir;
  return dir;
});

import type PgBoss from 'pg-boss';
import { prisma } from '@/lib/server/db';
import { muteAllRemindersAction, muteReminderAction } from '@/lib/server/actions/reminders';
import { listMyReminders } from '@/lib/server/data/reminders';
import { deliverReminder } from '@/lib/server/reminders/deliver';
import { QUEUES, createBoss, enqueueSends, sendJobId } from '@/lib/server/reminders/queue';
import { scanReminders } from '@/lib/server/reminders/scan';
import { registerWorkers } from '../../scripts/worker';
import { actAs } from '../setup/actor';
import { createDelegation, createEmployer, createHeadcounts, createUser, day } from '../fixtures/factories';
import { mailsWithReference } from '../fixtures/mail';

// A day far from the other test files' data, so their drafts have no upcoming deadline here.
const TODAY = '2031-03-10';
const root = path.resolve(import.meta.dirname, '../..');

afterEach(() => actAs(null));

const mailsFor = (reminderId: string) => mailsWithReference(mailDir, `reminder:${reminderId}`);

async function waitFor<T>(check: () => Promise<T | undefined | false> | T | undefined | false, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A company with its owner, a delegated consultant and a draft whose filing window closes soon. */
async function clientWithDraft(periodStart: string, extra: { unionCommunicationDate?: string; heads?: number } = {}) {
  const owner = await createUser(prisma, { role: 'EMPLOYER' });
  const consultant = await createUser(prisma, { role: 'CONSULTANT' });
  const employer = await createEmployer(prisma, { ownerId: owner.id, legalName: `Panificio Primiero ${Date.now()}` });
  await createDelegation(prisma, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id, startsOn: '2030-01-01' });
  if (extra.heads !== undefined) await createHeadcounts(prisma, employer.id, employer.units[0]!.id, { '2031-02': extra.heads });
  const draft = await prisma.request.create({
    data: {
      employerId: employer.id,
      createdById: owner.id,
      status: 'DRAFT',
      cause: 'ORDINARY_MARKET',
      periodStart: day(periodStart),
      periodEnd: day('2031-05-31'),
      draft: extra.unionCommunicationDate ? { procedure: { unionCommunicationDate: extra.unionCommunicationDate } } : {},
    },
  });
  return { owner, consultant, employer, draft };
}

beforeAll(() => {
  process.env.FSTN_TODAY = TODAY;
});
afterAll(() => {
  delete process.env.FSTN_TODAY;
});

describe('the scan creates one reminder per deadline and recipient, idempotently', () => {
  it('a draft starting 1 Mar 2031 must be filed by 16 Mar (G-2): owner and consultant each get one reminder, due 11 Mar (5 days before); a second scan adds nothing', async () => {
    const { owner, consultant, employer, draft } = await clientWithDraft('2031-03-01');
    const first = await scanReminders(TODAY as never);
    const rows = await prisma.reminder.findMany({ where: { employerId: employer.id }, orderBy: { userId: 'asc' } });
    expect(rows.map((r) => [r.userId, r.kind, r.requestId, r.deadline.toISOString().slice(0, 10), r.sendOn.toISOString().slice(0, 10), r.status]).sort()).toEqual(
      [
        [owner.id, 'FILING_WINDOW_CLOSING', draft.id, '2031-03-16', '2031-03-11', 'SCHEDULED'],
        [consultant.id, 'FILING_WINDOW_CLOSING', draft.id, '2031-03-16', '2031-03-11', 'SCHEDULED'],
      ].sort(),
    );
    expect(first.created).toBeGreaterThanOrEqual(2);
    const again = await scanReminders(TODAY as never);
    expect(await prisma.reminder.count({ where: { employerId: employer.id } })).toBe(2);
    expect(again.due).not.toContain(rows[0]!.id);
  });

  it('a deadline inside the lead time is due at once; a moved period cancels the old reminder and schedules the new one', async () => {
    // Start 27 Feb → filing closes 14 Mar: within 5 days, so due today.
    const { owner, employer, draft } = await clientWithDraft('2031-02-27');
    const scan = await scanReminders(TODAY as never);
    const due = await prisma.reminder.findFirstOrThrow({ where: { employerId: employer.id, userId: owner.id } });
    expect([due.status, due.sendOn.toISOString().slice(0, 10), due.deadline.toISOString().slice(0, 10)]).toEqual(['QUEUED', TODAY, '2031-03-14']);
    expect(scan.due).toContain(due.id);

    await prisma.reminder.update({ where: { id: due.id }, data: { status: 'SCHEDULED', queuedAt: null, sendOn: day('2031-03-12') } });
    await prisma.request.update({ where: { id: draft.id }, data: { periodStart: day('2031-03-20') } });
    await scanReminders(TODAY as never);
    const after = await prisma.reminder.findMany({ where: { employerId: employer.id, userId: owner.id }, orderBy: { deadline: 'asc' } });
    expect(after.map((r) => [r.deadline.toISOString().slice(0, 10), r.status])).toEqual([
      ['2031-03-14', 'CANCELLED'],
      ['2031-04-04', 'SCHEDULED'],
    ]);
  });

  it('a union communication of 5 Mar with ≤ 50 employees ends the procedure on 15 Mar (G-1): reminder 2 days before; unknown headcount → 25 days', async () => {
    const { employer, owner } = await clientWithDraft('2031-04-15', { unionCommunicationDate: '2031-03-05', heads: 4 });
    await scanReminders(TODAY as never);
    const union = await prisma.reminder.findFirstOrThrow({ where: { employerId: employer.id, userId: owner.id, kind: 'UNION_PROCEDURE_END' } });
    expect([union.deadline.toISOString().slice(0, 10), union.sendOn.toISOString().slice(0, 10)]).toEqual(['2031-03-15', '2031-03-13']);
    const unknown = await clientWithDraft('2031-04-15', { unionCommunicationDate: '2031-03-05' });
    await scanReminders(TODAY as never);
    const longer = await prisma.reminder.findFirstOrThrow({ where: { employerId: unknown.employer.id, userId: unknown.owner.id, kind: 'UNION_PROCEDURE_END' } });
    expect(longer.deadline.toISOString().slice(0, 10)).toBe('2031-03-30');
  });

  it('a consultant whose delegation has ended gets no new reminders and its scheduled ones are cancelled', async () => {
    const { consultant, employer } = await clientWithDraft('2031-03-05');
    await scanReminders(TODAY as never);
    expect(await prisma.reminder.count({ where: { employerId: employer.id, userId: consultant.id, status: { not: 'CANCELLED' } } })).toBe(1);
    await prisma.delegation.updateMany({ where: { employerId: employer.id, consultantId: consultant.id }, data: { endsOn: day('2031-03-09') } });
    await prisma.reminder.updateMany({ where: { employerId: employer.id, userId: consultant.id }, data: { status: 'SCHEDULED', queuedAt: null } });
    await scanReminders(TODAY as never);
    expect((await prisma.reminder.findFirstOrThrow({ where: { employerId: employer.id, userId: consultant.id } })).status).toBe('CANCELLED');
  });
});

describe('delivery through pg-boss', () => {
  let boss: PgBoss;
  beforeAll(async () => {
    boss = createBoss(inject('databaseUrl'), { max: 3, schedule: false, supervise: false });
    boss.on('error', () => undefined);
    await boss.start();
    await registerWorkers(boss, { pollingIntervalSeconds: 0.5 });
  });
  afterAll(async () => {
    await boss?.stop({ graceful: false, wait: true, timeout: 5_000 });
  });

  it('the scan job enqueues the due reminders and the send job writes one e-mail per recipient, then marks them sent', async () => {
    const { owner, consultant, employer, draft } = await clientWithDraft('2031-02-26'); // closes 13 Mar: due today
    await boss.send(QUEUES.scan, {});
    const sent = await waitFor(async () => {
      const rows = await prisma.reminder.findMany({ where: { employerId: employer.id } });
      return rows.length === 2 && rows.every((r) => r.status === 'SENT') && rows;
    });
    for (const user of [owner, consultant]) {
      const reminder = sent.find((r) => r.userId === user.id)!;
      const [mail, ...more] = mailsFor(reminder.id);
      expect(more).toHaveLength(0);
      expect(mail!.headers.to).toBe(user.email);
      expect(mail!.headers.subject).toBe(`Promemoria: si chiude il termine per presentare la domanda il 13/03/2031 — ${employer.legalName}`);
      expect(mail!.body).toContain('si chiude il termine per presentare la domanda il 13/03/2031 (tra 3 giorni)');
      expect(mail!.text).toContain(`/aziende/${employer.id}/domande/${draft.id}`);
      expect(mail!.text).toContain('D.Lgs. 148/2015 art. 30 c. 2');
    }
    // Enqueuing again (another scan, a retry) adds no job and no e-mail.
    await enqueueSends(boss, sent.map((r) => r.id));
    const job = await boss.getJobById(QUEUES.send, sendJobId(sent[0]!.id));
    expect(job?.data).toEqual({ reminderId: sent[0]!.id });
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsFor(sent[0]!.id)).toHaveLength(1);
  });

  it('a reminder muted by its recipient is not sent; the other recipient still gets theirs', async () => {
    const { owner, consultant, employer } = await clientWithDraft('2031-03-01'); // closes 16 Mar, sent on 11 Mar
    await scanReminders(TODAY as never);
    const mine = await prisma.reminder.findFirstOrThrow({ where: { employerId: employer.id, userId: consultant.id } });
    actAs(consultant);
    expect((await listMyReminders()).reminders.find((r) => r.id === mine.id)).toMatchObject({ status: 'SCHEDULED', deadline: '2031-03-16', sendOn: '2031-03-11' });
    expect(await muteReminderAction({ reminderId: mine.id, muted: 'true' })).toMatchObject({ status: 'success', data: { status: 'MUTED' } });
    actAs(owner);
    expect(await muteReminderAction({ reminderId: mine.id, muted: true })).toMatchObject({ status: 'error', formErrors: ['Promemoria non trovato'] });

    process.env.FSTN_TODAY = '2031-03-11';
    try {
      await boss.send(QUEUES.scan, {});
      const ownerReminder = await waitFor(async () => {
        const r = await prisma.reminder.findFirst({ where: { employerId: employer.id, userId: owner.id, status: 'SENT' } });
        return r ?? undefined;
      });
      expect(mailsFor(ownerReminder.id)).toHaveLength(1);
      expect((await prisma.reminder.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe('MUTED');
      expect(mailsFor(mine.id)).toHaveLength(0);
      // Even if a send job reached it, a muted reminder is skipped.
      expect(await deliverReminder(mine.id, '2031-03-11' as never)).toBe('skipped');
    } finally {
      process.env.FSTN_TODAY = TODAY;
    }
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: mine.id, action: 'reminder.mute' } });
    expect([audit.actorUserId, audit.onBehalfOfEmployerId]).toEqual([consultant.id, employer.id]);
  });

  it('muting all reminders stops every e-mail to that user, including ones already queued', async () => {
    const { consultant, employer } = await clientWithDraft('2031-02-26');
    actAs(consultant);
    expect(await muteAllRemindersAction({ mutedAll: 'true' })).toMatchObject({ status: 'success', data: { mutedAll: true } });
    await scanReminders(TODAY as never);
    const queued = await prisma.reminder.findFirstOrThrow({ where: { employerId: employer.id, userId: consultant.id } });
    expect(queued.status).toBe('QUEUED');
    expect(await deliverReminder(queued.id, TODAY as never)).toBe('muted');
    expect(mailsFor(queued.id)).toHaveLength(0);
    expect((await listMyReminders()).mutedAll).toBe(true);
  });

  it('a reminder whose draft was filed meanwhile is cancelled, not sent', async () => {
    const { owner, employer, draft } = await clientWithDraft('2031-02-26');
    await scanReminders(TODAY as never);
    const queued = await prisma.reminder.findFirstOrThrow({ where: { employerId: employer.id, userId: owner.id } });
    await prisma.request.update({ where: { id: draft.id }, data: { status: 'FILED' } });
    expect(await deliverReminder(queued.id, TODAY as never)).toBe('cancelled');
    expect(mailsFor(queued.id)).toHaveLength(0);
  });
});

describe('the worker process (npm run worker)', () => {
  it('starts, scans at start, mails a due reminder and stops on SIGTERM', async () => {
    const { owner, employer } = await clientWithDraft('2031-02-28'); // closes 15 Mar: due on 10 Mar
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', path.join(root, 'scripts/worker.ts')], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: inject('databaseUrl'), MAIL_DIR: mailDir, FSTN_TODAY: TODAY, DATABASE_POOL_SIZE: '2', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const reminder = await waitFor(async () => (await prisma.reminder.findFirst({ where: { employerId: employer.id, userId: owner.id, status: 'SENT' } })) ?? undefined, 60_000);
      expect(mailsFor(reminder.id)[0]!.text).toContain('il 15/03/2031');
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code, stderr).toBe(0);
  }, 90_000);
});
