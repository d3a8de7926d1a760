import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../scripts/db/migrate';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from '../setup/test-database';

const root = path.resolve(import.meta.dirname, '../..');
const migrationsDir = path.join(root, 'prisma/migrations');
const folders = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const created: TestDatabase[] = [];
async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase('migrate', { migrate: false });
  created.push(database);
  return database;
}
afterEach(async () => {
  await Promise.all(created.splice(0).map((d) => dropTestDatabase(d)));
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

type HistoryRow = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
};

describe('the migrations folder', () => {
  it('is in the layout Prisma reads: a lock file for postgresql and one timestamped folder per migration', () => {
    expect(readFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toMatch(/^provider = "postgresql"$/m);
    expect(folders.length).toBeGreaterThan(0);
    for (const name of folders) {
      expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
      expect(readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8').length).toBeGreaterThan(0);
    }
  });
});

describe('migrate()', () => {
  it('applies every migration folder in order, and a second run applies nothing', async () => {
    const { url } = await freshDatabase();
    expect(await migrate(url)).toEqual({ applied: folders });
    expect(await migrate(url)).toEqual({ applied: [] });
  });

  it('records each migration in _prisma_migrations as Prisma does, with the SHA-256 of migration.sql as checksum', async () => {
    const { url } = await freshDatabase();
    await migrate(url);
    const rows = await query<HistoryRow>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY started_at');
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    for (const row of rows) {
      const file = readFileSync(path.join(migrationsDir, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(file).digest('hex'));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    // Prisma's own table definition, so `prisma migrate status|deploy` read it unchanged.
    const columns = await query<{ column_name: string; data_type: string; character_maximum_length: number | null; is_nullable: string }>(
      url,
      `SELECT column_name, data_type, character_maximum_length, is_nullable FROM information_schema.columns
       WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: 'id', data_type: 'character varying', character_maximum_length: 36, is_nullable: 'NO' },
      { column_name: 'checksum', data_type: 'character varying', character_maximum_length: 64, is_nullable: 'NO' },
      { column_name: 'finished_at', data_type: 'timestamp with time zone', character_maximum_length: null, is_nullable: 'YES' },
      { column_name: 'migration_name', data_type: 'character varying', character_maximum_length: 255, is_nullable: 'NO' },
      { column_name: 'logs', data_type: 'text', character_maximum_length: null, is_nullable: 'YES' },
      { column_name: 'rolled_back_at', data_type: 'timestamp with time zone', character_maximum_length: null, is_nullable: 'YES' },
      { column_name: 'started_at', data_type: 'timestamp with time zone', character_maximum_length: null, is_nullable: 'NO' },
      { column_name: 'applied_steps_count', data_type: 'integer', character_maximum_length: null, is_nullable: 'NO' },
    ]);
  });

  it('refuses to run, and the CLI exits non-zero, when an applied migration no longer matches its checksum', async () => {
    const { url } = await freshDatabase();
    await migrate(url);
    const first = folders[0]!;
    // Same effect as editing the applied file: the recorded checksum no longer matches it.
    await query(url, `UPDATE "_prisma_migrations" SET checksum = '${'0'.repeat(64)}' WHERE migration_name = '${first}'`);

    await expect(migrate(url)).rejects.toThrow(`The migration file of ${first} was changed after it was applied`);
    const cli = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/db/migrate.ts', url], { cwd: root, encoding: 'utf8' });
    expect(cli.status).not.toBe(0);
    expect(cli.stderr).toContain('was changed after it was applied');
  });

  it('applies each migration exactly once when two runners start at the same time', async () => {
    const { url } = await freshDatabase();
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    expect([...a.applied, ...b.applied].sort()).toEqual(folders);
    const rows = await query<{ migration_name: string; n: string }>(url, 'SELECT migration_name, count(*) AS n FROM "_prisma_migrations" GROUP BY migration_name');
    expect(rows).toHaveLength(folders.length);
    expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
  });

  it('rolls a failing migration back completely and names the line that failed', async () => {
    const { url } = await freshDatabase();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fstn-migrations-'));
    try {
      cpSync(path.join(migrationsDir, folders[0]!), path.join(dir, folders[0]!), { recursive: true });
      mkdirSync(path.join(dir, '29990101000000_broken'));
      writeFileSync(path.join(dir, '29990101000000_broken', 'migration.sql'), 'CREATE TABLE "Broken" ("id" TEXT);\n\nSELECT no_such_function();\n');

      await expect(migrate(url, { migrationsDir: dir })).rejects.toThrow(/Migration 29990101000000_broken failed \(line 3\)/);
      const names = await query<{ migration_name: string }>(url, 'SELECT migration_name FROM "_prisma_migrations"');
      expect(names.map((r) => r.migration_name)).toEqual([folders[0]]);
      const broken = await query<{ t: string | null }>(url, `SELECT to_regclass('"Broken"')::text AS t`);
      expect(broken[0]!.t).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
