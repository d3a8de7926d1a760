// Serializable transactions with retry, and per-entity advisory locks, for multi-row writes such as
// filing a request (reserve weeks in the windows ledger, number the protocol, audit).
// Without `import 'server-only'`: the job worker and benchmarks (tsx) and integration tests use it too.
import { createHash } from 'node:crypto';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';

export type Tx = Prisma.TransactionClient;

export type SerializableOptions = {
  /** Extra attempts after the first one when PostgreSQL reports a serialization failure or deadlock. */
  retries?: number;
  /** How long to wait for a pooled connection (ms). */
  maxWait?: number;
  /** How long the transaction may run (ms). */
  timeout?: number;
  /** First back-off delay (ms); doubles per attempt, with jitter. */
  baseDelayMs?: number;
  /** Called before each retry (logging, metrics, tests). */
  onRetry?: (attempt: number, error: unknown) => void;
};

// 40001 serialization_failure, 40P01 deadlock_detected: the transaction did nothing and may be re-run.
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);

function sqlStateOf(error: unknown): string | undefined {
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } }; cause?: { originalCode?: unknown } };
  const code = e?.meta?.driverAdapterError?.cause?.originalCode ?? e?.cause?.originalCode;
  return typeof code === 'string' ? code : undefined;
}

/**
 * True for errors after which the whole transaction may simply be run again: Prisma's P2034
 * (write conflict or deadlock), and the forms a serialization failure takes through the pg driver
 * adapter (P2010 from raw queries, or the adapter's own error, with the SQLSTATE in originalCode).
 */
export function isRetryableTransactionError(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2034') return true;
  const state = sqlStateOf(error);
  return state !== undefined && RETRYABLE_SQLSTATES.has(state);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runWithRetry<T>(
  prisma: PrismaClient,
  isolationLevel: Prisma.TransactionIsolationLevel | undefined,
  fn: (tx: Tx) => Promise<T>,
  options: SerializableOptions,
): Promise<T> {
  const { retries = 5, maxWait = 5_000, timeout = 15_000, baseDelayMs = 20, onRetry } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(fn, { isolationLevel, maxWait, timeout });
    } catch (error) {
      if (attempt > retries || !isRetryableTransactionError(error)) throw error;
      onRetry?.(attempt, error);
      // Exponential back-off with jitter, so that the conflicting transactions stop colliding.
      await sleep(Math.min(1_000, baseDelayMs * 2 ** (attempt - 1)) * (0.5 + Math.random()));
    }
  }
}

/**
 * Runs `fn` in an interactive transaction at isolation level SERIALIZABLE and re-runs it when
 * PostgreSQL aborts it to keep the schedule serializable (or breaks a deadlock). `fn` must be safe
 * to repeat: no side effects outside the database (send e-mails after commit, not inside).
 */
export function withSerializableRetry<T>(prisma: PrismaClient, fn: (tx: Tx) => Promise<T>, options: SerializableOptions = {}): Promise<T> {
  return runWithRetry(prisma, Prisma.TransactionIsolationLevel.Serializable, fn, options);
}

export type LockedTransactionOptions = SerializableOptions;

/**
 * The one statement that takes the advisory locks of `count` keys ($1…$n, sorted) and reports the
 * transaction's isolation level. The locks are taken in the order given because CASE evaluates its
 * WHEN condition before its THEN branch, and the THEN branch only when the condition holds
 * (PostgreSQL documentation, "Expression Evaluation Rules": CASE is how evaluation order is forced):
 * lock $1 is held before lock $2 is asked for, and so on. A volatile function is never evaluated
 * ahead of time. The result is the isolation level only when every lock was taken (otherwise NULL,
 * which the caller treats as a failure), so the answer itself proves the whole chain ran.
 */
export function lockStatement(count: number): string {
  let sql = `current_setting('transaction_isolation')`;
  for (let i = count; i >= 1; i--) sql = `CASE WHEN pg_advisory_xact_lock($${i}::bigint)::text = '' THEN ${sql} END`;
  return `SELECT ${sql} AS "isolation"`;
}

class NotReadCommitted extends Error {}

/**
 * PostgreSQL starts transactions at READ COMMITTED unless `default_transaction_isolation` says
 * otherwise: the locked transaction then needs no `SET TRANSACTION ISOLATION LEVEL` round trip of
 * its own (Prisma sends it as a separate statement). The lock statement reports the level; if a
 * server (or role, or database) has another default, that transaction is rolled back before `fn`
 * runs and from then on this process sets the level explicitly.
 */
let setIsolationExplicitly = false;

/**
 * Runs `fn` in a READ COMMITTED transaction whose first statement takes the advisory locks
 * `locks` (sorted by key, so two callers never deadlock on them). Every statement after the locks
 * sees what the previous holder committed: the check-then-write on a production unit's ledger is
 * serialised among all the writers that take the same lock (filing, history, decisions).
 *
 * Why not SERIALIZABLE with a lock: there the snapshot is taken by the first statement, i.e. the
 * lock query itself, *before* it waits; a transaction that waited reads the ledger as it was and is
 * aborted at commit, so with many concurrent filings each one is retried once per filing ahead of it
 * (docs/decisions/005-filing-concurrency.md). Deadlocks with other row locks are still retried.
 * (At READ COMMITTED each statement takes its own snapshot when it starts: the locks must be taken
 * by a statement of their own, before anything is read.)
 */
export async function withLockedTransaction<T>(
  prisma: PrismaClient,
  locks: ReadonlyArray<readonly [namespace: string, id: string]>,
  fn: (tx: Tx) => Promise<T>,
  options: LockedTransactionOptions = {},
): Promise<T> {
  const keys = [...new Set(locks.map(([namespace, id]) => advisoryKey(namespace, id)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const sql = lockStatement(keys.length);
  const run = (explicit: boolean) =>
    runWithRetry(
      prisma,
      explicit ? Prisma.TransactionIsolationLevel.ReadCommitted : undefined,
      async (tx) => {
        const [row] = await tx.$queryRawUnsafe<Array<{ isolation: string | null }>>(sql, ...keys);
        if (row?.isolation !== 'read committed') {
          if (row?.isolation == null) throw new Error('withLockedTransaction: the advisory locks were not all taken');
          throw new NotReadCommitted(row.isolation);
        }
        return fn(tx);
      },
      options,
    );
  if (setIsolationExplicitly) return run(true);
  try {
    return await run(false);
  } catch (error) {
    if (!(error instanceof NotReadCommitted)) throw error;
    setIsolationExplicitly = true;
    return run(true);
  }
}

/** A stable signed 64-bit key for (namespace, id): the first 8 bytes of SHA-256. */
export function advisoryKey(namespace: string, id: string): bigint {
  return createHash('sha256').update(`${namespace}\u0000${id}`).digest().readBigInt64BE(0);
}

/**
 * Takes a transaction-scoped advisory lock on (namespace, id), e.g. ('production-unit', unitId):
 * concurrent transactions asking for the same key wait here until the holder commits or rolls back.
 */
export async function lockKey(tx: Tx, namespace: string, id: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${advisoryKey(namespace, id)})`;
}
