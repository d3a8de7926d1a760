// Throw-away databases for integration tests and Playwright: a fresh PostgreSQL database per run,
// migrated with the production migrate(). When no PostgreSQL server answers, an embedded PGlite
// server in a temporary folder stands in (same wire protocol, but no real concurrency).
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../scripts/db/embedded';
import { migrate } from '../../scripts/db/migrate';

export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestDatabase =
  | { kind: 'postgres'; name: string; url: string; adminUrl: string }
  | { kind: 'embedded'; name: string; url: string; dataDir: string; stop: () => Promise<void> };

export type CreateTestDatabaseOptions = {
  /** Server to create the database on; default TEST_DATABASE_URL, else the local PostgreSQL. */
  adminUrl?: string;
  /** Apply prisma/migrations (default true). */
  migrate?: boolean;
};

async function isReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: 'fstn-test-setup' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** fstn_test_<UTC timestamp>_<random>[_<label>]: unique per run, easy to spot and clean up. */
function databaseName(label?: string): string {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const random = Math.random().toString(36).slice(2, 8);
  const suffix = label ? `_${label.toLowerCase().replace(/[^a-z0-9]+/g, '_')}` : '';
  return `fstn_test_${stamp}_${random}${suffix}`.slice(0, 63);
}

let warned = false;
function warnEmbedded(adminUrl: string) {
  if (warned) return;
  warned = true;
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n  PostgreSQL at ${adminUrl.replace(/\/\/[^@]*@/, '//…@')} is unreachable: using an EMBEDDED PGlite database.\n` +
      '  PGlite runs one transaction at a time: locks never contend and serialization failures never\n' +
      '  happen, so concurrency tests pass without proving anything. Run them on real PostgreSQL\n' +
      `  (start it, or set TEST_DATABASE_URL) before trusting them.\n${line}\n`,
  );
}

async function createEmbedded(label?: string): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fstn-test-pglite-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'db'), port: await freePort() });
  return { kind: 'embedded', name: label ?? path.basename(dataDir), url: server.url, dataDir, stop: server.stop };
}

/** Creates (and by default migrates) an empty database for one test run. */
export async function createTestDatabase(label?: string, options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = options.adminUrl ?? process.env.TEST_DATABASE_URL ?? DEFAULT_ADMIN_URL;
  let database: TestDatabase;
  if (await isReachable(adminUrl)) {
    const name = databaseName(label);
    await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    database = { kind: 'postgres', name, url: url.toString(), adminUrl };
  } else {
    warnEmbedded(adminUrl);
    database = await createEmbedded(label);
  }
  if (options.migrate !== false) {
    try {
      await migrate(database.url);
    } catch (error) {
      await dropTestDatabase(database).catch(() => undefined);
      throw error;
    }
  }
  return database;
}

/** Drops the database (closing any connections tests left open) or stops the embedded server. */
export async function dropTestDatabase(database: TestDatabase): Promise<void> {
  if (database.kind === 'postgres') {
    await withAdmin(database.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`));
  } else {
    await database.stop();
    rmSync(database.dataDir, { recursive: true, force: true });
  }
}
