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
 * An SQL expression that takes the advisory locks `keys` (SQL bigint expressions, in the order
 * given) and then yields the transaction's isolation level. The order is guaranteed because CASE
 * evaluates its WHEN condition before its THEN branch, and the THEN branch only when the condition
 * holds (PostgreSQL documentation, "Expression Evaluation Rules": CASE is how evaluation order is
 * forced): the first lock is held before the second is asked for, and so on; a volatile function
 * is never evaluated ahead of time. The result is the isolation level only when every lock was
 * taken (otherwise NULL), so the answer itself proves that the whole chain ran.
 */
export function lockChain(keys: readonly string[]): string {
  let sql = `current_setting('transaction_isolation')`;
  for (const key of [...keys].reverse()) sql = `CASE WHEN pg_advisory_xact_lock(${key})::text = '' THEN ${sql} END`;
  return sql;
}

/** The statement that takes the locks of `count` keys passed as $1…$n, in that order (sorted by the caller). */
export function lockStatement(count: number): string {
  return `SELECT ${lockChain(Array.from({ length: count }, (_, i) => `$${i + 1}::bigint`))} AS "isolation"`;
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
 * A statement that takes a transaction's advisory locks (with lockChain, keys in ascending order)
 * and returns at most one row with the isolation level in its column `isolation`, plus whatever
 * else it reads in the same round trip (see withLockingStatement).
 */
export type LockingStatement = { sql: string; values: readonly unknown[] };

/**
 * Runs `fn` in a READ COMMITTED transaction whose first statement is `statement`, which takes the
 * advisory locks; `fn` gets its row (undefined when it found none: then no lock was asked for).
 * For a caller whose lock keys depend on a row (the filing: the request's production unit), the
 * statement reads the row and takes the locks in one round trip; what it read is as of *before*
 * the locks (its snapshot was taken when it started): `fn` must read again what it relies on.
 */
export async function withLockingStatement<R extends { isolation: string | null }, T>(
  prisma: PrismaClient,
  statement: LockingStatement,
  fn: (tx: Tx, row: R | undefined) => Promise<T>,
  options: LockedTransactionOptions = {},
): Promise<T> {
  const run = (explicit: boolean) =>
    runWithRetry(
      prisma,
      explicit ? Prisma.TransactionIsolationLevel.ReadCommitted : undefined,
      async (tx) => {
        const [row] = await tx.$queryRawUnsafe<R[]>(statement.sql, ...statement.values);
        if (row && row.isolation !== 'read committed') {
          if (row.isolation == null) throw new Error('withLockingStatement: the advisory locks were not all taken');
          throw new NotReadCommitted(row.isolation);
        }
        return fn(tx, row);
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
 * (At READ COMMITTED each statement takes its own snapshot when it starts: the locks are taken by a
 * statement of their own, before anything the transaction relies on is read.)
 */
export function withLockedTransaction<T>(
  prisma: PrismaClient,
  locks: ReadonlyArray<readonly [namespace: string, id: string]>,
  fn: (tx: Tx) => Promise<T>,
  options: LockedTransactionOptions = {},
): Promise<T> {
  const keys = [...new Set(locks.map(([namespace, id]) => advisoryKey(namespace, id)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return withLockingStatement(prisma, { sql: lockStatement(keys.length), values: keys }, (tx) => fn(tx), options);
}

/** A stable signed 64-bit key for (namespace, id): the first 8 bytes of SHA-256. */
export function advisoryKey(namespace: string, id: string): bigint {
  return createHash('sha256').update(`${namespace}\u0000${id}`).digest().readBigInt64BE(0);
}

/**
 * advisoryKey computed by PostgreSQL, for an id in a column (`id` an SQL text expression; NULL
 * gives NULL): the same bytes hashed (UTF-8, a zero byte between), the first 8 read as a signed
 * big-endian bigint.
 */
export function advisoryKeySql(namespace: string, id: string): string {
  if (!/^[a-z-]+$/.test(namespace)) throw new Error(`advisoryKeySql: unexpected namespace ${namespace}`);
  return `('x' || left(encode(sha256(convert_to('${namespace}', 'UTF8') || '\\x00'::bytea || convert_to(${id}, 'UTF8')), 'hex'), 16))::bit(64)::bigint`;
}

/**
 * Takes a transaction-scoped advisory lock on (namespace, id), e.g. ('production-unit', unitId):
 * concurrent transactions asking for the same key wait here until the holder commits or rolls back.
 */
export async function lockKey(tx: Tx, namespace: string, id: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${advisoryKey(namespace, id)})`;
}
