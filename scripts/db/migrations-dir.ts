// The migrations folder in Prisma's own layout, read the way Prisma reads it: only sub-folders
// count (top-level files such as migration_lock.toml and the schema snapshot are ignored), sorted
// by name, each with its migration.sql. Shared by migrate.ts, new-migration.ts and the tests.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCHEMA_PATH = path.join(ROOT, 'prisma/schema.prisma');
export const MIGRATIONS_DIR = path.join(ROOT, 'prisma/migrations');
/**
 * The schema as of the newest migration: the "from" side of the next diff. A top-level file of the
 * migrations folder (Prisma lists only sub-folders there) without the .prisma extension (Prisma
 * never loads it as part of a multi-file schema).
 */
export const SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, 'schema.snapshot');

export type MigrationFolder = { name: string; sql: string; checksum: string };

/** Prisma's checksum: SHA-256 of migration.sql, lowercase hex. */
export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

export function listMigrations(dir = MIGRATIONS_DIR): MigrationFolder[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      if (!existsSync(file)) throw new Error(`Migration folder ${name} has no migration.sql.`);
      const sql = readFileSync(file, 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    });
}

/** Marks SQL that Prisma cannot express and therefore never regenerates. */
export const HAND_WRITTEN_START = /^-- HAND-WRITTEN: (.+)$/;
export const HAND_WRITTEN_END = '-- END HAND-WRITTEN';

export type HandWrittenBlock = { migration: string; title: string; tables: string[] };

/** The hand-written blocks of every migration, with the tables each one touches. */
export function handWrittenBlocks(migrations: MigrationFolder[]): HandWrittenBlock[] {
  const blocks: HandWrittenBlock[] = [];
  for (const migration of migrations) {
    let current: { title: string; lines: string[] } | undefined;
    for (const line of migration.sql.split('\n')) {
      const start = HAND_WRITTEN_START.exec(line);
      if (start) current = { title: start[1]!, lines: [] };
      else if (current && line.startsWith(HAND_WRITTEN_END)) {
        const body = current.lines.join('\n');
        const tables = [...body.matchAll(/\b(?:ON|TABLE)\s+"([^"]+)"/gi)].map((m) => m[1]!);
        blocks.push({ migration: migration.name, title: current.title, tables: [...new Set(tables)] });
        current = undefined;
      } else current?.lines.push(line);
    }
  }
  return blocks;
}
