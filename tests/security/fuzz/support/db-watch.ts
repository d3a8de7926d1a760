// "No database change on rejection", measured two ways on the fuzz run's own database:
//   - a row-level trigger on every application table adds 1 to a counter for each row inserted,
//     updated or deleted, in the same transaction (a rolled-back write leaves it unchanged), so
//     one tiny read tells whether anything was committed since the last read;
//   - a digest (md5 of every row of every table, computed by PostgreSQL) before and after a run
//     of rejections, independent of the triggers.
// Rate-limit counters are left out of both: every public attempt counts against its limit by
// design (lib/server/api/public-simulation.ts), valid or not. The fuzz files run one at a time
// (vitest.config.ts), so the counter sees one file's calls only.
import type { PrismaClient } from '@/lib/generated/prisma/client';

const EXCLUDED = ['_prisma_migrations', 'RateLimitBucket', 'fuzz_write_count'];

export async function installWriteCounter(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS fuzz_write_count (n bigint NOT NULL)`);
  await prisma.$executeRawUnsafe(`INSERT INTO fuzz_write_count SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM fuzz_write_count)`);
  await prisma.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION fuzz_count_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE fuzz_write_count SET n = n + 1; RETURN NULL; END $$`);
  await prisma.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION fuzz_digest() RETURNS text LANGUAGE plpgsql AS $$
    DECLARE t record; part text; acc text := '';
    BEGIN
      FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL (ARRAY[${EXCLUDED.map((n) => `'${n}'`).join(',')}]) ORDER BY tablename LOOP
        EXECUTE format('SELECT md5(coalesce(string_agg(md5(x::text), '','' ORDER BY md5(x::text)), '''')) FROM %I x', t.tablename) INTO part;
        acc := acc || t.tablename || ':' || part || ';';
      END LOOP;
      RETURN md5(acc);
    END $$`);
  const tables = await prisma.$queryRawUnsafe<Array<{ tablename: string }>>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
  for (const { tablename } of tables) {
    if (EXCLUDED.includes(tablename)) continue;
    await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS fuzz_count ON "${tablename}"`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER fuzz_count AFTER INSERT OR UPDATE OR DELETE ON "${tablename}" FOR EACH ROW EXECUTE FUNCTION fuzz_count_write()`);
  }
}

/** Rows written (committed) so far in the watched tables. */
export async function writeCount(prisma: PrismaClient): Promise<bigint> {
  const rows = await prisma.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT n FROM fuzz_write_count`);
  return BigInt(rows[0]!.n);
}

export async function digest(prisma: PrismaClient): Promise<string> {
  const rows = await prisma.$queryRawUnsafe<Array<{ d: string }>>(`SELECT fuzz_digest() AS d`);
  return rows[0]!.d;
}
