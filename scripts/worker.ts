// `npm run worker`: the background process started alongside the web app (scripts/demo.ts starts
// it too). It runs the Postgres-backed job queue (pg-boss, schema "pgboss" in the app's database):
// - reminders.scan, hourly (cron, Europe/Rome) and once at start: creates the reminders of the
//   upcoming deadlines and enqueues the due ones (lib/server/reminders/scan.ts);
// - reminders.send: one job per reminder, re-checked and mailed (lib/server/reminders/deliver.ts)
//   through lib/server/mail.ts (SMTP_URL, or .eml files in MAIL_DIR);
// - maintenance.purge-imports, hourly: erases the copies of CSV files whose preview expired.
// Several workers may run at once. SIGTERM/SIGINT stop it gracefully (jobs in flight finish).
// Runs with the react-server condition (server-only modules): `tsx --conditions=react-server`.
import type PgBoss from 'pg-boss';
import { env } from '@/lib/env.js';
import type { CalendarDate } from '@/lib/rules/core/calendar-date';
import { todayInRome } from '@/lib/server/clock';
import { prisma } from '@/lib/server/db';
import { log, logError } from '@/lib/server/log';
import { deliverReminder } from '@/lib/server/reminders/deliver';
import { purgeExpiredImports } from '@/lib/server/jobs/maintenance';
import { QUEUES, createBoss, enqueueSends, ensureQueues, type SendJobData } from '@/lib/server/reminders/queue';
import { scanReminders } from '@/lib/server/reminders/scan';

/** Registers the handlers on a started boss. Exported for the integration tests. */
export async function registerWorkers(boss: PgBoss, options: { pollingIntervalSeconds?: number } = {}): Promise<void> {
  await ensureQueues(boss);
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  await boss.work(QUEUES.scan, polling, async () => {
    const today = todayInRome() as CalendarDate;
    const result = await scanReminders(today);
    await enqueueSends(boss, result.due);
    log.info('reminders scanned', { today, employers: result.employers, deadlines: result.deadlines, created: result.created, cancelled: result.cancelled, due: result.due.length });
  });
  await boss.work(QUEUES.purgeImports, polling, async () => {
    const purged = await purgeExpiredImports();
    if (purged) log.info('expired import previews purged', { purged });
  });
  await boss.work<SendJobData>(QUEUES.send, { ...polling, batchSize: 5 }, async (jobs) => {
    for (const job of jobs) {
      const outcome = await deliverReminder(job.data.reminderId, todayInRome() as CalendarDate);
      log.info('reminder processed', { reminderId: job.data.reminderId, outcome });
    }
  });
}

async function main() {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL non impostata: il worker usa lo stesso database dell’applicazione.');
  const boss = createBoss(env.DATABASE_URL);
  boss.on('error', (error) => logError('job queue error', error));
  await boss.start();
  await registerWorkers(boss);
  await boss.schedule(QUEUES.scan, '0 * * * *', {}, { tz: 'Europe/Rome' });
  await boss.schedule(QUEUES.purgeImports, '30 * * * *', {}, { tz: 'Europe/Rome' });
  // A scan at start, at most one per minute however many workers start together.
  await boss.send(QUEUES.scan, {}, { singletonKey: 'startup', singletonSeconds: 60 });
  log.info('worker started', { queues: Object.values(QUEUES) });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log.info('worker stopping');
    await boss.stop({ graceful: true, wait: true, timeout: 20_000 }).catch((error) => logError('job queue stop failed', error));
    await prisma.$disconnect().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    logError('worker failed to start', error);
    process.exit(1);
  });
}
