// Filing throughput (issue 8 §3): N concurrent filers (N = 10, 50) run the real filing transaction
// (lib/server/data/filing-core.ts fileRequestAs: re-evaluation with lib/rules, protocol number,
// snapshot, ledger reservation, audit) against a throw-away PostgreSQL database created and
// migrated here, next to pgbench running scripts/bench/filing.pgbench.sql (the same locks, reads
// and writes in SQL) with N clients on the same database, in the same run. Then a race: N filers
// on units with 7 of their 52 biennium weeks left. Finally every unit's ledger is checked with the
// rules' own computeWindows(): no window may hold more than its limit.
//
// Needs PostgreSQL at 127.0.0.1:5432 (or TEST_DATABASE_URL) and pgbench (PGBENCH, default
// /usr/lib/postgresql/15/bin/pgbench or `pgbench` on PATH). Run with the react-server condition:
//   npx tsx --conditions=react-server scripts/bench/filing.ts [--scale=0.1] [--filings=N] [--clients=10,50]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Decimal from 'decimal.js';
import pg from 'pg';
import { COMMITTEE_PARAMETER_KEYS, computeWindows, RULES_VERSION } from '@/lib/rules';
import { createPrismaClient, type PrismaClient } from '@/lib/server/db-client';
import { createTestDatabase, dropTestDatabase } from '../../tests/setup/test-database';
import { seedFilers, type SeededDraft } from './filing-seed';
import { arg, benchToday, isMain, log, machine, round, scaleArg, scaled, stats } from './lib';

export type FilingBenchOptions = {
  /** Filings per measured run (per N, for the app and for pgbench alike). */
  filings?: number;
  clients?: number[];
  /** Race: units near their limit and drafts per unit. */
  hotUnits?: number;
  hotDraftsPerUnit?: number;
  today?: string;
  keep?: boolean;
};

const SCRIPT = path.join(import.meta.dirname, 'filing.pgbench.sql');

export function pgbenchPath(): string {
  const candidates = [process.env.PGBENCH, '/usr/lib/postgresql/15/bin/pgbench', ...readdirSafe('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin/pgbench`)];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    return execFileSync('sh', ['-c', 'command -v pgbench'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('pgbench not found: install postgresql-contrib (Debian) or set PGBENCH');
  }
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir).sort().reverse();
  } catch {
    return [];
  }
}

// Every SQL statement the app sends goes through pg's Client#query: count them per filing.
let counting = false;
let statements = 0;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (counting) statements++;
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

type FileFn = typeof import('@/lib/server/data/filing-core').fileRequestAs;

/** The app's Prisma singleton (lib/server/db.ts reads globalThis.fstnPrisma) with a pool of `size`. */
export async function openAppPool(url: string, size: number): Promise<PrismaClient> {
  const holder = globalThis as typeof globalThis & { fstnPrisma?: PrismaClient };
  await holder.fstnPrisma?.$disconnect();
  const client = createPrismaClient(url, { poolSize: size, applicationName: 'fstn-web' });
  holder.fstnPrisma = client;
  // Open every connection before timing (pgbench also connects first).
  await Promise.all(Array.from({ length: size }, () => client.$transaction(async (tx) => tx.$queryRawUnsafe('SELECT 1'))));
  return client;
}

type RunResult = { filings: number; errors: number; seconds: number; perSecond: number; latencyMs: ReturnType<typeof stats>; statementsPerFiling?: number; cpuMsPerFiling?: number; outcomes?: Record<string, number> };

async function runApp(fileRequestAs: FileFn, drafts: SeededDraft[], keys: Map<string, string>, clients: number, userId: string, today: string): Promise<RunResult> {
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  let next = 0;
  let errors = 0;
  statements = 0;
  counting = true;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < drafts.length; i = next++) {
        const d = drafts[i]!;
        const t = performance.now();
        try {
          const out = await fileRequestAs({ userId, delegationId: null }, d.employerId, d.requestId, { idempotencyKey: keys.get(d.requestId)!, acceptTrim: true }, today);
          const key = `filed ${out.weeksGranted} weeks`;
          outcomes[key] = (outcomes[key] ?? 0) + 1;
        } catch (error) {
          const code = (error as { messageKey?: string }).messageKey ?? (error as Error).message;
          outcomes[code] = (outcomes[code] ?? 0) + 1;
          if (code !== 'request.filing.ineligible') {
            errors++;
            if (errors <= 3) log(`filing error: ${(error as Error).stack ?? String(error)}`);
          }
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  counting = false;
  return {
    filings: drafts.length,
    errors,
    seconds: round(seconds, 3),
    perSecond: round(drafts.length / seconds, 1),
    latencyMs: stats(latencies),
    statementsPerFiling: round(statements / drafts.length, 1),
    // CPU of the Node process per filing (ORM, rules, JSON, driver): what load elsewhere does not change much.
    cpuMsPerFiling: round((used.user + used.system) / 1000 / drafts.length, 2),
    outcomes,
  };
}

async function preparePgbenchPool(client: pg.Client, drafts: SeededDraft[], keys: Map<string, string>) {
  await client.query('TRUNCATE bench_filing_pool');
  const rows = drafts.map((d, i) => [i + 1, d.requestId, d.employerId, d.unitId, `{${d.workerIds.join(',')}}`, keys.get(d.requestId)!, d.periodStart, d.periodEnd]);
  const columns = ['n', 'request_id', 'employer_id', 'unit_id', 'worker_ids', 'idem', 'period_start', 'period_end'];
  const types = ['int4', 'text', 'text', 'text', 'text', 'text', 'date', 'date'];
  await client.query(
    `INSERT INTO bench_filing_pool (${columns.join(', ')}) SELECT n, request_id, employer_id, unit_id, worker_ids::text[], idem, period_start, period_end FROM unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')}) AS u(${columns.join(', ')})`,
    columns.map((_, c) => rows.map((r) => r[c])),
  );
  await client.query(`SELECT setval('bench_filing_seq', 1, false)`);
}

async function runPgbench(url: string, clients: number, transactions: number, vars: Record<string, string>): Promise<RunResult & { tps: number; command: string }> {
  const u = new URL(url);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fstn-pgbench-'));
  const perClient = Math.floor(transactions / clients);
  const args = [
    '-n',
    '-M',
    'extended',
    '-c',
    String(clients),
    '-j',
    String(Math.min(clients, os.cpus().length)),
    '-t',
    String(perClient),
    '-f',
    SCRIPT,
    '-l',
    `--log-prefix=${path.join(dir, 'log')}`,
    '-h',
    u.hostname,
    '-p',
    u.port || '5432',
    '-U',
    decodeURIComponent(u.username || 'postgres'),
    ...Object.entries(vars).flatMap(([k, v]) => ['-D', `${k}=${v}`]),
    u.pathname.slice(1),
  ];
  const started = performance.now();
  const { stdout, stderr, code } = await new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve) => {
    const child = spawn(pgbenchPath(), args, { env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) } });
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (err += b));
    child.on('close', (c) => resolve({ stdout: out, stderr: err, code: c }));
  });
  const seconds = (performance.now() - started) / 1000;
  const latencies: number[] = [];
  for (const f of readdirSync(dir)) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      const parts = line.trim().split(/\s+/);
      if (parts.length >= 6) latencies.push(Number(parts[2]) / 1000);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1] ?? NaN);
  const processed = Number(/number of transactions actually processed: (\d+)/.exec(stdout)?.[1] ?? 0);
  const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
  if (code !== 0 || processed !== perClient * clients) throw new Error(`pgbench failed (exit ${code}, ${processed}/${perClient * clients}):\n${stderr.slice(0, 2000)}\n${stdout}`);
  const shown = args.map((a) => (a.startsWith('snapshot=') ? 'snapshot=<filing snapshot JSON>' : a));
  return {
    filings: processed,
    errors: failed,
    seconds: round(seconds, 3),
    perSecond: round(tps, 1),
    tps: round(tps, 1),
    latencyMs: stats(latencies),
    command: `pgbench ${shown.join(' ')}`,
  };
}

/**
 * The pgbench script sends the app's own statements where the app builds them: the locks with their
 * keys (FILING_LOCK_SQL, its request taken from the run's pool) and the re-read with the facts
 * (FILING_READ_SQL), with pgbench variables for the bind parameters.
 * Refuses to run when they have drifted apart (the comparison would no longer be fair).
 */
async function assertScriptFollowsApp() {
  const { FILING_LOCK_SQL, FILING_READ_SQL } = await import('@/lib/server/data/filing-core');
  const squash = (sql: string) => sql.replace(/\s+/g, ' ').trim();
  const script = squash(readFileSync(SCRIPT, 'utf8'));
  // The lock statement reads its request from the run's pool: the same locks, keys computed the same way.
  const lockParts = /^SELECT (.*) AS "isolation",.*FROM \(SELECT .*, (\(.*\)::bigint) AS "requestKey", (\(.*\)::bigint) AS "unitKey"/.exec(squash(FILING_LOCK_SQL));
  if (!lockParts) throw new Error('FILING_LOCK_SQL no longer has the shape scripts/bench/filing.ts checks');
  const expected = {
    'lock chain': lockParts[1]!,
    'request key': `${lockParts[2]!} AS "requestKey"`,
    'unit key': `${lockParts[3]!} AS "unitKey"`,
    'request and facts': `${FILING_READ_SQL.replace(/\$1\b/g, ':emp').replace(/\$2\b/g, ':resolution_keys').replace(/\$3\b/g, ':req')};`,
  };
  for (const [what, sql] of Object.entries(expected)) {
    if (!script.includes(squash(sql))) throw new Error(`${SCRIPT} does not send the app's ${what} any more:\n${sql}`);
  }
}

/** SQL commands in the pgbench script (each ends with `;` or `\gset`). */
function scriptStatements(): number {
  const lines = readFileSync(SCRIPT, 'utf8').split('\n').filter((l) => !l.trim().startsWith('--'));
  return lines.filter((l) => /;\s*$/.test(l) || l.trim() === '\\gset').length;
}

/** Every window of every unit that holds a reservation, as the rules count it: nothing over its limit. */
async function checkWindows(db: PrismaClient, employerIds: string[], today: string) {
  const { loadEmployerFactsMany } = await import('@/lib/server/data/scenario');
  const { sizeClassOn } = await import('@/lib/server/data/timeline');
  let windowsChecked = 0;
  let overReserved = 0;
  let worst = { unitId: '', window: '', limit: '0', counted: '0' };
  let worstFree = new Decimal(Infinity);
  for (let i = 0; i < employerIds.length; i += 500) {
    const facts = await loadEmployerFactsMany(db, employerIds.slice(i, i + 500));
    for (const f of facts.values()) {
      const sizeClass = sizeClassOn(f, today);
      for (const entry of f.ledger) {
        if (entry.kind !== 'RESERVED') continue;
        const computed = computeWindows({ productionUnitId: entry.productionUnitId, sizeClass, cause: entry.cause, periodStart: entry.periodStart, periodEnd: entry.periodEnd, requestedWeeks: '0', ledger: f.ledger, asOf: today });
        for (const w of computed.windows) {
          windowsChecked++;
          const counted = new Decimal(w.used).plus(w.reserved);
          const free = new Decimal(w.limit).minus(counted);
          if (free.lt(0)) overReserved++;
          if (free.lt(worstFree)) {
            worstFree = free;
            worst = { unitId: entry.productionUnitId, window: w.key, limit: w.limit, counted: counted.toFixed() };
          }
        }
      }
    }
  }
  return { windowsChecked, overReserved, tightest: worst };
}

export async function benchFiling(opts: FilingBenchOptions = {}) {
  const today = opts.today ?? benchToday();
  process.env.FSTN_TODAY = today;
  const filings = opts.filings ?? 2000;
  const clientCounts = opts.clients ?? [10, 50];
  const hotUnits = opts.hotUnits ?? 5;
  const hotDrafts = opts.hotDraftsPerUnit ?? 20;
  const pgbench = pgbenchPath();
  await assertScriptFollowsApp();

  const database = await createTestDatabase('bench_filing');
  if (database.kind !== 'postgres') throw new Error('The filing benchmark needs a real PostgreSQL server (127.0.0.1:5432 or TEST_DATABASE_URL): the embedded fallback serialises every transaction.');
  process.env.DATABASE_URL = database.url;
  const admin = new pg.Client({ connectionString: database.url, application_name: 'fstn-bench-filing' });
  const second = new pg.Client({ connectionString: database.url, application_name: 'fstn-bench-filing' });
  await admin.connect();
  await second.connect();
  let app: PrismaClient | undefined;
  try {
    // Runs: app and pgbench for each N, plus a warm-up run (its first drafts only are filed).
    const runs = clientCounts.length * 2 + 1;
    log(`filing: seeding ${filings} employers × ${runs} drafts + ${hotUnits} hot units × ${hotDrafts} drafts`);
    const seed = await seedFilers([admin, second], { today, employers: filings, draftsPerEmployer: runs, hot: { units: hotUnits, draftsPerUnit: hotDrafts } });
    await second.end();
    const { rows: drafts } = await admin.query<{ id: string; draft: unknown }>(`SELECT id, draft FROM "Request" WHERE status = 'DRAFT'`);
    const { draftKey } = await import('@/lib/server/data/evaluation');
    const keys = new Map(drafts.map((d) => [d.id, draftKey(d.id, d.draft)]));
    await admin.query(`CREATE TABLE bench_filing_pool (n int PRIMARY KEY, request_id text, employer_id text, unit_id text, worker_ids text[], idem text, period_start date, period_end date)`);
    await admin.query(`CREATE SEQUENCE bench_filing_seq`);

    const { fileRequestAs } = await import('@/lib/server/data/filing-core');
    // Warm-up: JIT, the Prisma query cache, PostgreSQL's caches; and a real snapshot for pgbench.
    app = await openAppPool(database.url, 10);
    const half = Math.min(200, Math.floor(filings / 2));
    const warm = seed.drafts[0]!.slice(0, half);
    await runApp(fileRequestAs, warm, keys, 10, seed.userId, today);
    await app.$disconnect();
    const { rows: snap } = await admin.query<{ snapshot: string }>(`SELECT snapshot::text AS snapshot FROM "Request" WHERE id = $1`, [warm[0]!.requestId]);
    const vars = { actor: seed.userId, year: today.slice(0, 4), rules_version: RULES_VERSION, resolution_keys: `{${COMMITTEE_PARAMETER_KEYS.join(',')}}`, snapshot: snap[0]!.snapshot };
    await preparePgbenchPool(admin, seed.drafts[0]!.slice(half, 2 * half), keys);
    await runPgbench(database.url, 10, half, vars);

    const perN: Record<string, unknown> = {};
    let run = 1;
    for (const [index, n] of clientCounts.entries()) {
      const appDrafts = seed.drafts[run++]!;
      const benchDrafts = seed.drafts[run++]!;
      const count = Math.floor(Math.min(appDrafts.length, benchDrafts.length) / n) * n;
      await admin.query('CHECKPOINT');
      // Alternate the order (app first, then pgbench first) so a drift in machine load falls on both.
      const appFirst = index % 2 === 0;
      let appResult: RunResult | undefined;
      let benchResult: Awaited<ReturnType<typeof runPgbench>> | undefined;
      for (const which of appFirst ? ['app', 'pgbench'] : ['pgbench', 'app']) {
        log(`filing: N=${n} ${which} (${count} filings)`);
        if (which === 'app') {
          // The app's pool is open only while the app runs (the server allows 100 connections).
          app = await openAppPool(database.url, n);
          appResult = await runApp(fileRequestAs, appDrafts.slice(0, count), keys, n, seed.userId, today);
          await app.$disconnect();
        } else {
          await preparePgbenchPool(admin, benchDrafts.slice(0, count), keys);
          benchResult = await runPgbench(database.url, n, count, vars);
        }
      }
      perN[`N=${n}`] = {
        app: appResult,
        pgbench: benchResult,
        ratio: round(appResult!.perSecond / benchResult!.tps, 2),
        latencyRatioP50: round(appResult!.latencyMs.p50 / benchResult!.latencyMs.p50, 2),
      };
    }

    // The race: every hot unit has 7 of 52 weeks left; its drafts (2 weeks each) are filed by
    // the largest N at once, interleaved across units. Per unit: 2 + 2 + 2 + 1 (trimmed), the rest refused.
    const raceN = Math.max(...clientCounts);
    app = await openAppPool(database.url, raceN);
    log(`filing: race, ${seed.hot.length} filings on ${hotUnits} units by ${raceN} filers`);
    const race = await runApp(fileRequestAs, seed.hot, keys, raceN, seed.userId, today);
    const { rows: hotLedger } = await admin.query<{ unit: string; weeks: string; filed: string }>(
      `SELECT u.id AS unit, COALESCE(SUM(w.weeks) FILTER (WHERE NOT w.neutralised AND w."releasedAt" IS NULL), 0)::text AS weeks,
              COUNT(w.id) FILTER (WHERE w.kind = 'RESERVED')::text AS filed
         FROM "ProductionUnit" u LEFT JOIN "WindowEntry" w ON w."productionUnitId" = u.id WHERE u.id = ANY($1) GROUP BY u.id ORDER BY u.id`,
      [seed.hotUnitIds],
    );

    log('filing: checking every window of every unit');
    const { rows: employers } = await admin.query<{ id: string }>(`SELECT DISTINCT "employerId" AS id FROM "WindowEntry" WHERE kind = 'RESERVED'`);
    const windows = await checkWindows(app, employers.map((e) => e.id), today);
    const { rows: counts } = await admin.query<{ filed: string; protocols: string; reserved: string }>(
      `SELECT (SELECT COUNT(*) FROM "Request" WHERE status = 'FILED')::text AS filed,
              (SELECT COUNT(DISTINCT "protocolNumber") FROM "Request" WHERE status = 'FILED')::text AS protocols,
              (SELECT COUNT(*) FROM "WindowEntry" WHERE kind = 'RESERVED')::text AS reserved`,
    );
    const { rows: version } = await admin.query<{ server_version: string }>('SHOW server_version');

    return {
      benchmark: 'filing throughput',
      postgres: version[0]!.server_version,
      pgbench: execFileSync(pgbench, ['--version'], { encoding: 'utf8' }).trim(),
      today,
      seeded: { ...seed.rows, seconds: round(seed.seconds, 1) },
      filingsPerRun: Object.fromEntries(Object.entries(perN).map(([k, v]) => [k, (v as { app: RunResult }).app.filings])),
      appPool: 'Prisma pool of N connections (DATABASE_POOL_SIZE=N), one Node process',
      pgbenchStatementsPerFiling: scriptStatements(),
      runs: perN,
      race: {
        filers: raceN,
        units: hotUnits,
        attempts: race.filings,
        outcomes: race.outcomes,
        errors: race.errors,
        latencyMs: race.latencyMs,
        ledgerWeeksPerUnit: Object.fromEntries(hotLedger.map((r) => [r.unit, Number(r.weeks)])),
        reservationsPerUnit: Object.fromEntries(hotLedger.map((r) => [r.unit, Number(r.filed)])),
        limitWeeks: 52,
      },
      windows: { ...windows, filedRequests: Number(counts[0]!.filed), distinctProtocolNumbers: Number(counts[0]!.protocols), reservations: Number(counts[0]!.reserved) },
      target: { minRatio: 0.5 },
      met: Object.values(perN).every((v) => (v as { ratio: number }).ratio >= 0.5) && windows.overReserved === 0,
    };
  } finally {
    await app?.$disconnect().catch(() => undefined);
    await admin.end().catch(() => undefined);
    await second.end().catch(() => undefined);
    if (!opts.keep) await dropTestDatabase(database);
    else log(`filing: kept ${database.url}`);
  }
}

if (isMain(import.meta.url)) {
  const scale = scaleArg();
  benchFiling({
    filings: Number(arg('filings') ?? scaled(2000, scale, 100)),
    clients: arg('clients')?.split(',').map(Number),
    keep: process.argv.includes('--keep'),
  })
    .then((result) => {
      console.log(JSON.stringify({ machine: machine(), ...result }, null, 2));
      process.exit(0);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
