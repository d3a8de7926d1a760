import 'server-only';
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';

// The Postgres-backed job queue (pg-boss) of the worker process (scripts/worker.ts). Web instances
// never run jobs; several workers may run at once: pg-boss hands each job to exactly one of them.

export const QUEUES = {
  /** Hourly: find upcoming deadlines, create reminders, enqueue those due. */
  scan: 'reminders.scan',
  /** One job per reminder: re-check and send the e-mail. */
  send: 'reminders.send',
  /** Hourly: erase the files of bulk-import previews nobody confirmed (lib/server/jobs). */
  purgeImports: 'maintenance.purge-imports',
} as const;

export const PGBOSS_SCHEMA = 'pgboss';

export function createBoss(connectionString: string, options: { schema?: string; max?: number; schedule?: boolean; supervise?: boolean } = {}): PgBoss {
  return new PgBoss({
    connectionString,
    schema: options.schema ?? PGBOSS_SCHEMA,
    max: options.max ?? 4,
    application_name: 'fstn-worker',
    schedule: options.schedule ?? true,
    supervise: options.supervise ?? true,
  });
}

/** Creates the queues (idempotent) with their retry policy. */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  await boss.createQueue(QUEUES.scan, { name: QUEUES.scan, retryLimit: 2, retryDelay: 60 });
  await boss.createQueue(QUEUES.purgeImports, { name: QUEUES.purgeImports, retryLimit: 2, retryDelay: 60 });
  // A failing mail server is retried with backoff: 1, 2, 4 minutes.
  await boss.createQueue(QUEUES.send, { name: QUEUES.send, retryLimit: 3, retryDelay: 60, retryBackoff: true });
}

/**
 * The job id of a reminder's send job: derived from the reminder, so enqueuing the same reminder
 * twice (two scans, a retry after a crash) inserts one job — pg-boss inserts ON CONFLICT DO NOTHING.
 */
export function sendJobId(reminderId: string): string {
  const h = createHash('sha256').update(`reminder-send:${reminderId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export type SendJobData = { reminderId: string };

export async function enqueueSends(boss: PgBoss, reminderIds: readonly string[]): Promise<void> {
  for (let i = 0; i < reminderIds.length; i += 500) {
    const chunk = reminderIds.slice(i, i + 500);
    await boss.insert(chunk.map((reminderId) => ({ id: sendJobId(reminderId), name: QUEUES.send, data: { reminderId } satisfies SendJobData })));
  }
}
