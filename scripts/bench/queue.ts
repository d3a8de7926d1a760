// `npm run bench:queue`: the committee's review queue at 1,000,000 requests.
// 1. Creates a throw-away database (migrated like production) and fills it with
//    scripts/bench/generate-requests.ts (batched multi-row INSERTs through pg; reports rows/s).
// 2. BEFORE: only the Request indexes of the init migration; runs every queue query shape of
//    lib/server/data/review-queue-query.ts (the SQL the page runs) on the first page and on random
//    deep pages, p50/p95 over many runs, plus EXPLAIN (ANALYZE, BUFFERS) of each, and the counts
//    per status with GROUP BY.
// 3. AFTER: the indexes of migration review_queue (incl. the partial indexes of the pending queue);
//    the same queries, and the counts read from the status tally.
// Prints ONE JSON object; writes the plans to --plans (default .data/bench-queue-plans.md).
// Options: --requests=N --employers=N --runs=N --keep (keep the database and print its URL).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase, dropTestDatabase } from '../../tests/setup/test-database';
import { atRiskCountSql, compactTallySql, cursorKeyOf, queueComuniSql, queuePageSql, statusCountsSql, type QueueFilters, type QueueCursor } from '../../lib/server/data/review-queue-query';
import { reportSql } from '../../lib/server/data/reports-query';
import { AT_RISK_DAYS } from '../../lib/review/queue';
import { generateQueueData } from './generate-requests';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const REQUESTS = Number(arg('requests') ?? 1_000_000);
const EMPLOYERS = Number(arg('employers') ?? Math.max(100, Math.round(REQUESTS / 20)));
const RUNS = Number(arg('runs') ?? 25);
const KEEP = process.argv.includes('--keep');
const PLANS = path.resolve(arg('plans') ?? '.data/bench-queue-plans.md');
const TODAY = process.env.FSTN_TODAY ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Shape = { name: string; filters: QueueFilters };
const SHAPES: Shape[] = [
  { name: 'pending queue, oldest first (default view)', filters: { status: 'pending', sort: 'filed_asc' } },
  { name: 'status FILED, oldest first', filters: { status: 'FILED', sort: 'filed_asc' } },
  { name: 'pending + cause CRISIS', filters: { status: 'pending', cause: 'CRISIS', sort: 'filed_asc' } },
  { name: 'pending + size C3 + comune Rovereto', filters: { status: 'pending', sizeClass: 'C3', comuneCode: 'H612', sort: 'filed_asc' } },
  { name: 'pending + deadline at risk, by period end', filters: { status: 'pending', periodEndBy: addDays(TODAY, AT_RISK_DAYS), sort: 'period_end_asc' } },
  { name: 'all statuses, submitted in March 2022, newest first', filters: { status: 'all', filedFrom: '2022-03-01', filedTo: '2022-03-31', sort: 'filed_desc' } },
  { name: 'APPROVED in a small comune (Peio), newest first', filters: { status: 'APPROVED', comuneCode: 'G419', sort: 'filed_desc' } },
  { name: 'all statuses + CDS + size C1, newest first', filters: { status: 'all', cause: 'SOLIDARITY_CONTRACT', sizeClass: 'C1', sort: 'filed_desc' } },
  { name: 'all statuses, newest first', filters: { status: 'all', sort: 'filed_desc' } },
];

const BEFORE_INDEXES = [
  `CREATE INDEX "Request_employerId_status_idx" ON "Request"("employerId", "status")`,
  `CREATE INDEX "Request_status_filedAt_idx" ON "Request"("status", "filedAt")`,
  `CREATE INDEX "Request_filedAt_idx" ON "Request"("filedAt")`,
];
const AFTER_INDEXES = [
  `CREATE INDEX "Request_status_filedAt_id_idx" ON "Request"("status", "filedAt", "id")`,
  `CREATE INDEX "Request_filedAt_id_idx" ON "Request"("filedAt", "id")`,
  `CREATE INDEX "Request_comuneCode_filedAt_id_idx" ON "Request"("comuneCode", "filedAt", "id")`,
  `CREATE INDEX "Request_periodEnd_id_idx" ON "Request"("periodEnd", "id")`,
  `CREATE INDEX "Request_pending_filedAt_id_idx" ON "Request" ("filedAt", "id") WHERE "status" IN ('FILED', 'UNDER_REVIEW', 'INFO_REQUESTED')`,
  `CREATE INDEX "Request_pending_periodEnd_id_idx" ON "Request" ("periodEnd", "id") WHERE "status" IN ('FILED', 'UNDER_REVIEW', 'INFO_REQUESTED')`,
  `CREATE INDEX "Request_pending_comuneCode_filedAt_id_idx" ON "Request" ("comuneCode", "filedAt", "id") WHERE "status" IN ('FILED', 'UNDER_REVIEW', 'INFO_REQUESTED')`,
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (ms: number) => Math.round(ms * 100) / 100;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function stats(runs: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn(i); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await time(() => fn(i)));
  samples.sort((a, b) => a - b);
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}

async function indexNames(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ indexname: string }>(
    `SELECT indexname FROM pg_indexes WHERE tablename = 'Request' AND indexname NOT IN ('Request_pkey', 'Request_protocolNumber_key', 'Request_idempotencyKey_key')`,
  );
  return rows.map((r) => r.indexname);
}

async function dropSecondaryIndexes(client: pg.Client) {
  for (const name of await indexNames(client)) await client.query(`DROP INDEX "${name}"`);
}

/** Random positions in the ordering of a shape: real rows, as a user's "next page" link would hold. */
async function sampleCursors(client: pg.Client, shape: Shape, count: number): Promise<QueueCursor[]> {
  const all = queuePageSql(shape.filters, null, 1_000_000);
  const { rows } = await client.query<{ id: string; filedAt: Date; periodEnd: Date }>(
    `SELECT id, "filedAt", "periodEnd" FROM (${all.text}) q ORDER BY random() LIMIT ${count}`,
    all.values as unknown[],
  );
  return rows.map((r) => ({ key: cursorKeyOf(r, shape.filters.sort), id: r.id, direction: 'after' as const }));
}

async function measurePhase(client: pg.Client, phase: 'before' | 'after', cursors: Map<string, QueueCursor[]>, plans: string[]) {
  const result: Record<string, unknown> = {};
  for (const shape of SHAPES) {
    const first = queuePageSql(shape.filters, null);
    const samples = cursors.get(shape.name)!;
    const firstPage = await stats(RUNS, () => client.query(first.text, first.values as unknown[]));
    const deepPage = samples.length
      ? await stats(RUNS, (i) => {
          const q = queuePageSql(shape.filters, samples[i % samples.length]!);
          return client.query(q.text, q.values as unknown[]);
        })
      : null;
    const explain = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${first.text}`, first.values as unknown[]);
    plans.push(`### ${phase}: ${shape.name}\n\n\`\`\`\n${explain.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n`);
    result[shape.name] = { firstPage, randomPage: deepPage };
  }
  if (phase === 'before') {
    const sql = `SELECT "status", COUNT(*) FROM "Request" GROUP BY "status"`;
    result['counts per status (GROUP BY over Request)'] = await stats(Math.max(5, Math.round(RUNS / 3)), () => client.query(sql));
    const explain = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`);
    plans.push(`### before: counts per status\n\n\`\`\`\n${explain.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n`);
  } else {
    result['counts per status (tally, compacted)'] = await stats(RUNS, () => client.query(statusCountsSql.text));
    // The tally as it is between compactions: 5,000 extra delta rows (status changes since the last fold).
    await client.query(`INSERT INTO "RequestStatusTally" ("status", "delta") SELECT 'FILED', CASE WHEN g % 2 = 0 THEN 1 ELSE -1 END FROM generate_series(1, 5000) g`);
    result['counts per status (tally, 5,000 deltas pending)'] = await stats(RUNS, () => client.query(statusCountsSql.text));
    result['compaction of 5,000 deltas (ms)'] = round(await time(() => client.query(compactTallySql.text)));
    const pendingCount = `SELECT COUNT(*) FROM "Request" WHERE "status" IN ('FILED', 'UNDER_REVIEW', 'INFO_REQUESTED')`;
    result['exact pending count (index-only scan of the partial index)'] = await stats(Math.max(5, Math.round(RUNS / 3)), () => client.query(pendingCount));
    // OFFSET pagination for comparison: page 2,001 of the default view.
    const offsetSql = queuePageSql(SHAPES[0]!.filters, null);
    const offsetText = offsetSql.text.replace(/LIMIT \$(\d+)\s*$/, (m) => `${m} OFFSET 50000`);
    result['pending queue page 2,001 with OFFSET 50000 (for comparison)'] = await stats(Math.max(5, Math.round(RUNS / 3)), () => client.query(offsetText, offsetSql.values as unknown[]));
    // The other queries of the Committee's pages.
    const atRisk = atRiskCountSql(addDays(TODAY, AT_RISK_DAYS));
    result['deadline-at-risk count (home page)'] = await stats(RUNS, () => client.query(atRisk.text, atRisk.values as unknown[]));
    result['comuni of the municipality filter (skip scan)'] = await stats(Math.max(5, Math.round(RUNS / 3)), () => client.query(queueComuniSql.text));
    const month = TODAY.slice(0, 7);
    const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - 11;
    const from = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    const report = reportSql(from, month);
    result['report, last 12 months, 4 breakdowns (GROUPING SETS)'] = await stats(Math.max(5, Math.round(RUNS / 5)), () => client.query(report.text, report.values as unknown[]));
    const explain = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${report.text}`, report.values as unknown[]);
    plans.push(`### after: report, last 12 months\n\n\`\`\`\n${explain.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n`);
  }
  return result;
}

async function main() {
  const database = await createTestDatabase('bench_queue');
  if (database.kind !== 'postgres') throw new Error('The queue benchmark needs a real PostgreSQL server (TEST_DATABASE_URL).');
  const client = new pg.Client({ connectionString: database.url, application_name: 'fstn-bench-queue' });
  await client.connect();
  const plans: string[] = [`# Review queue plans (${REQUESTS.toLocaleString('en')} requests, ${new Date().toISOString()})\n`];
  try {
    await dropSecondaryIndexes(client);
    let lastLog = 0;
    const second = new pg.Client({ connectionString: database.url, application_name: 'fstn-bench-queue' });
    await second.connect();
    const generated = await generateQueueData([client, second], {
      employers: EMPLOYERS,
      requests: REQUESTS,
      today: TODAY,
      onProgress: (table, done, total) => {
        if (Date.now() - lastLog > 5_000 || done === total) {
          lastLog = Date.now();
          process.stderr.write(`  ${table}: ${done}/${total}\n`);
        }
      },
    }).finally(() => second.end());

    const beforeBuild = await time(async () => {
      for (const sql of BEFORE_INDEXES) await client.query(sql);
    });
    await client.query('VACUUM ANALYZE "Request"');
    await client.query('ANALYZE');
    const cursors = new Map<string, QueueCursor[]>();
    for (const shape of SHAPES) cursors.set(shape.name, await sampleCursors(client, shape, RUNS));
    process.stderr.write('  measuring before…\n');
    const before = await measurePhase(client, 'before', cursors, plans);

    await client.query(`DROP INDEX "Request_status_filedAt_idx"`);
    await client.query(`DROP INDEX "Request_filedAt_idx"`);
    const afterBuild = await time(async () => {
      for (const sql of AFTER_INDEXES) await client.query(sql);
    });
    await client.query('VACUUM ANALYZE "Request"');
    process.stderr.write('  measuring after…\n');
    const after = await measurePhase(client, 'after', cursors, plans);

    const { rows: sizes } = await client.query<{ name: string; size: string }>(
      `SELECT c.relname AS name, pg_size_pretty(pg_relation_size(c.oid)) AS size FROM pg_class c WHERE c.relname LIKE 'Request%' AND c.relkind IN ('r', 'i') ORDER BY pg_relation_size(c.oid) DESC`,
    );
    const { rows: statusRows } = await client.query<{ status: string; count: string }>(`SELECT "status"::text AS status, COUNT(*)::text AS count FROM "Request" GROUP BY 1 ORDER BY 1`);
    const { rows: version } = await client.query<{ server_version: string }>('SHOW server_version');

    mkdirSync(path.dirname(PLANS), { recursive: true });
    writeFileSync(PLANS, plans.join('\n'));
    console.log(
      JSON.stringify(
        {
          benchmark: 'review-queue',
          postgres: version[0]!.server_version,
          today: TODAY,
          runsPerQuery: RUNS,
          generation: {
            ...generated,
            seconds: Object.fromEntries(Object.entries(generated.seconds).map(([k, v]) => [k, round(v)])),
          },
          statuses: Object.fromEntries(statusRows.map((r) => [r.status, Number(r.count)])),
          indexBuildSeconds: { before: round(beforeBuild / 1000), after: round(afterBuild / 1000) },
          ms: { before, after },
          relationSizes: Object.fromEntries(sizes.map((s) => [s.name, s.size])),
          plans: path.relative(process.cwd(), PLANS),
          database: KEEP ? database.url : undefined,
        },
        null,
        2,
      ),
    );
  } finally {
    await client.end();
    if (!KEEP) await dropTestDatabase(database);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
