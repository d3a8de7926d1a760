// `npm run db:migrate [url]`: applies the pending folders of prisma/migrations in order and records
// each in `_prisma_migrations` exactly as Prisma does (same table, columns and checksums), so that
// `prisma migrate deploy|status` on a machine with the schema engine accepts the database.
// Prisma's CLI cannot run here (docs/decisions/002-migrations-without-schema-engine.md).
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { MIGRATIONS_DIR, checksumOf, listMigrations, type MigrationFolder } from './migrations-dir';

// The key `prisma migrate` itself locks on, so this runner and Prisma's never overlap.
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

// Prisma's own definition of its history table (PostgreSQL flavour of the schema engine).
const CREATE_HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// A migration that manages its own transaction (Prisma writes BEGIN/COMMIT around some enum
// rewrites) or cannot run inside one (CREATE INDEX CONCURRENTLY) is applied without our wrapper.
const NO_TRANSACTION_MARKER = /^-- fstn:no-transaction\b|^\s*BEGIN\s*;|^\s*COMMIT\s*;/im;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export type MigrateOptions = {
  /** Folder in Prisma's layout; defaults to prisma/migrations. */
  migrationsDir?: string;
  /** Progress lines; defaults to silence (the CLI prints). */
  log?: (line: string) => void;
};

type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/** Where a failing statement is, as "line N" of migration.sql (PostgreSQL reports a character offset). */
function describeFailure(migration: MigrationFolder, error: unknown): string {
  const e = error as { message?: string; position?: string; code?: string };
  const offset = Number(e.position);
  const where = Number.isFinite(offset) && offset > 0 ? ` (line ${migration.sql.slice(0, offset).split('\n').length})` : '';
  return `Migration ${migration.name} failed${where}: ${e.message ?? String(error)}${e.code ? ` [SQLSTATE ${e.code}]` : ''}`;
}

/** Checksum as Prisma compares it: the file as is, or with Windows line endings normalised. */
function sameScript(recorded: string, migration: MigrationFolder): boolean {
  return recorded === migration.checksum || recorded === checksumOf(migration.sql.replace(/\r\n/g, '\n'));
}

function checkHistory(rows: HistoryRow[], folders: MigrationFolder[], log: (line: string) => void): Set<string> {
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed.length > 0) {
    throw new MigrationError(
      `Migration ${failed.map((r) => r.migration_name).join(', ')} failed earlier and may be half-applied.\n` +
        'Repair the database by hand, then mark it resolved: UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = \'…\' AND finished_at IS NULL ' +
        '(or `prisma migrate resolve --rolled-back <name>` where Prisma\'s engine is available).',
    );
  }
  const applied = rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null);
  const byName = new Map(folders.map((f) => [f.name, f]));
  const edited = applied.filter((r) => {
    const folder = byName.get(r.migration_name);
    return folder !== undefined && !sameScript(r.checksum, folder);
  });
  if (edited.length > 0) {
    throw new MigrationError(
      `The migration file of ${edited.map((r) => r.migration_name).join(', ')} was changed after it was applied to this database ` +
        '(its SHA-256 no longer matches _prisma_migrations.checksum).\n' +
        'Applied migrations are history: restore the file from git and put the change in a new migration (npm run db:migration:new).',
    );
  }
  const missing = applied.filter((r) => !byName.has(r.migration_name)).map((r) => r.migration_name);
  if (missing.length > 0) log(`warning: applied to the database but missing from ${MIGRATIONS_DIR}: ${missing.join(', ')}`);
  return new Set(applied.map((r) => r.migration_name));
}

async function recordStart(client: pg.Client, migration: MigrationFolder): Promise<string> {
  const id = randomUUID();
  await client.query(
    'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, clock_timestamp(), 0)',
    [id, migration.checksum, migration.name],
  );
  return id;
}

async function recordFinish(client: pg.Client, id: string) {
  await client.query('UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1', [id]);
}

async function applyInTransaction(client: pg.Client, migration: MigrationFolder) {
  await client.query('BEGIN');
  try {
    const id = await recordStart(client, migration);
    await client.query(migration.sql);
    await recordFinish(client, id);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    // Nothing was applied or recorded: fix the file and run again.
    throw new MigrationError(describeFailure(migration, error));
  }
}

/** Prisma's own way: record, run, then mark finished; a failure stays recorded with its log. */
async function applyWithoutTransaction(client: pg.Client, migration: MigrationFolder) {
  const id = await recordStart(client, migration);
  try {
    await client.query(migration.sql);
  } catch (error) {
    const message = describeFailure(migration, error);
    await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, message]);
    throw new MigrationError(`${message}\nIt ran outside a transaction and may be half-applied: see _prisma_migrations.logs.`);
  }
  await recordFinish(client, id);
}

/**
 * Applies every pending migration, each in its own transaction, serialised against concurrent
 * runners (and Prisma's CLI) by a session advisory lock. Idempotent: a second run applies nothing.
 * Refuses to run when an applied migration's file changed or an earlier run failed midway.
 */
export async function migrate(databaseUrl: string, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => undefined);
  const folders = listMigrations(options.migrationsDir ?? MIGRATIONS_DIR);
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'fstn-migrate' });
  await client.connect();
  try {
    const { rows: [lock] } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [PRISMA_MIGRATE_LOCK_KEY]);
    if (!lock?.locked) {
      log('Another migration run holds the lock: waiting for it to finish …');
      await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK_KEY]);
    }
    try {
      await client.query(CREATE_HISTORY_TABLE);
      const { rows } = await client.query<HistoryRow>(
        'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
      );
      const done = checkHistory(rows, folders, log);
      const applied: string[] = [];
      for (const migration of folders.filter((f) => !done.has(f.name))) {
        log(`Applying ${migration.name} …`);
        if (NO_TRANSACTION_MARKER.test(migration.sql)) await applyWithoutTransaction(client, migration);
        else await applyInTransaction(client, migration);
        applied.push(migration.name);
      }
      return { applied };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

async function main() {
  // The only place this script reads the environment: the URL argument wins over DATABASE_URL.
  const url = process.argv[2] ?? process.env.DATABASE_URL;
  if (!url) throw new MigrationError('No database: set DATABASE_URL or pass the URL (npm run db:migrate -- postgres://…).');
  const { applied } = await migrate(url, { log: (line) => console.log(line) });
  console.log(applied.length > 0 ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date: no pending migrations.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof MigrationError ? error.message : error);
    process.exitCode = 1;
  });
}
