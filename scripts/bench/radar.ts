// `npm run bench:radar`: the consultant radar at 500 delegated clients (BENCH_CLIENTS).
// Seeds a throw-away database (or BENCH_DATABASE_URL) with realistic portfolios
// (scripts/bench/radar-seed.ts), then measures the radar's data layer for the views a consultant
// uses — first page by name, sorted by biennium capacity, deadlines within 30 days, a search,
// the full CSV export — and counts the SQL statements each view sends (the query shape must not
// grow with the number of clients). With BENCH_TTFB=1 (needs `next build`) it also starts
// `next start` on the same database, signs in as the consultant and measures the page's time to
// first byte next to a static route. Prints ONE JSON object.
// Run with the react-server condition (server-only modules): see package.json "bench:radar".
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '@/lib/server/db-client';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from '../../tests/setup/test-database';
import { DEMO_PASSWORD, createUser } from '../../tests/fixtures/factories';
import { seedRadarClients } from './radar-seed';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const WARMUP = 5;
const TODAY = process.env.FSTN_TODAY ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
const root = path.resolve(import.meta.dirname, '../..');

// Every SQL statement goes through pg's Client#query (adapter-pg uses pg): count them per view.
let statements = 0;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}
const stats = (samples: number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), min: round(s[0]!), max: round(s.at(-1)!), runs: s.length };
};

/**
 * Runs every case round-robin (one run of each, RUNS times) so that load from other processes on
 * this shared machine spreads over all cases alike instead of skewing whichever ran at a bad time.
 */
async function measureAll<K extends string>(cases: Record<K, () => Promise<unknown>>) {
  const keys = Object.keys(cases) as K[];
  for (let i = 0; i < WARMUP; i++) for (const k of keys) await cases[k]();
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const queries = {} as Record<K, number>;
  for (let i = 0; i < RUNS; i++) {
    for (const k of keys) {
      const before = statements;
      const t = performance.now();
      await cases[k]();
      samples[k].push(performance.now() - t);
      queries[k] = statements - before;
    }
  }
  return Object.fromEntries(keys.map((k) => [k, { ...stats(samples[k]), queries: queries[k] }])) as Record<K, ReturnType<typeof stats> & { queries: number }>;
}

async function ttfb(url: string, cookie?: string) {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t = performance.now();
    const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
    const reader = res.body!.getReader();
    await reader.read(); // first chunk = first byte
    const elapsed = performance.now() - t;
    await reader.cancel();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    if (i >= WARMUP) samples.push(elapsed);
  }
  return stats(samples);
}

async function signIn(base: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair!.split('=');
      jar.set(k!, v!);
    }
  };
  const cookies = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies() },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: 'true' }),
    redirect: 'manual',
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error(`sign-in failed (${res.status})`);
  return cookies();
}

async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: randomBytes(32).toString('base64'), NEXTAUTH_URL: `http://localhost:${port}`, FSTN_TODAY: TODAY, NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/api/health`)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill('SIGTERM');
  throw new Error('next start did not answer in 60 s');
}

async function main() {
  process.env.FSTN_TODAY = TODAY;
  let database: TestDatabase | null = null;
  let url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    database = await createTestDatabase('bench_radar');
    url = database.url;
  }
  const seeder = createPrismaClient(url, { poolSize: 4 });
  let server: ChildProcess | undefined;
  try {
    const stamp = Date.now().toString(36);
    const consultant = await createUser(seeder, { role: 'CONSULTANT', email: `bench-consulente-${stamp}@bench.fstn.localhost` });
    const owner = await createUser(seeder, { role: 'EMPLOYER', email: `bench-datore-${stamp}@bench.fstn.localhost` });
    const staff = await createUser(seeder, { role: 'STAFF', email: `bench-staff-${stamp}@bench.fstn.localhost` });
    const seeded = await seedRadarClients(seeder, { consultantId: consultant.id, ownerId: owner.id, staffId: staff.id, clients: CLIENTS, today: TODAY, serialBase: 7_000_000 + (Date.now() % 1_000_000) });
    await seeder.$executeRawUnsafe('ANALYZE');

    process.env.DATABASE_URL = url;
    process.env.DATABASE_POOL_SIZE = '10';
    const { radarFor } = await import('@/lib/server/data/radar-query');
    const { radarQuerySchema } = await import('@/lib/schemas/radar');
    const q = (params: Record<string, string>) => radarQuerySchema.parse(params);
    const today = TODAY as Parameters<typeof radarFor>[2];

    const { prisma } = await import('@/lib/server/db');
    const first = await radarFor(consultant.id, q({}), today);
    // Baselines measured in the same run, against the same database and pool: one round trip,
    // and the plain list of the consultant's 500 delegations with their companies (what a radar
    // without windows, deadlines or counts would cost at the least).
    const measured = await measureAll({
      selectOne: () => prisma.$queryRawUnsafe('SELECT 1'),
      plainClientList: () =>
        prisma.delegation.findMany({ where: { consultantId: consultant.id, status: 'ACTIVE' }, select: { endsOn: true, employer: { select: { id: true, legalName: true, codiceFiscale: true } } } }),
      firstPageByName: () => radarFor(consultant.id, q({}), today),
      lastPageByName: () => radarFor(consultant.id, q({ pagina: String(first.pageCount) }), today),
      sortedByBiennium: () => radarFor(consultant.id, q({ ordina: 'biennio' }), today),
      deadlinesWithin30Days: () => radarFor(consultant.id, q({ filtro: 'scadenze-30', ordina: 'scadenza' }), today),
      search: () => radarFor(consultant.id, q({ q: 'hotel' }), today),
      exportAllRows: () => radarFor(consultant.id, q({}), today, { all: true }),
    });
    const { selectOne, plainClientList, ...views } = measured;
    const baselines = { selectOne, plainClientList };

    let pages: Record<string, unknown> | undefined;
    if (process.env.BENCH_TTFB === '1') {
      if (!existsSync(path.join(root, '.next/BUILD_ID'))) throw new Error('BENCH_TTFB=1 needs a production build (npx next build)');
      const port = Number(process.env.BENCH_PORT ?? 3204);
      server = await startServer(url, port);
      const base = `http://localhost:${port}`;
      const cookie = await signIn(base, consultant.email);
      const staticRoute = await ttfb(`${base}/api/health`);
      // A signed-in page with one small query (the consultant's reminders, none here): the cost of
      // the session, the layout and rendering, without the radar.
      const signedInPage = await ttfb(`${base}/promemoria`, cookie);
      const radarPage = await ttfb(`${base}/consulente`, cookie);
      const radarSorted = await ttfb(`${base}/consulente?ordina=biennio`, cookie);
      pages = {
        staticRoute,
        signedInPage,
        radarPage,
        radarSorted,
        ratioRadarToStatic: Math.round((radarPage.p50 / staticRoute.p50) * 100) / 100,
        ratioRadarToSignedInPage: Math.round((radarPage.p50 / signedInPage.p50) * 100) / 100,
      };
    }

    console.log(
      JSON.stringify(
        {
          benchmark: 'consultant radar',
          today: TODAY,
          clients: CLIENTS,
          seeded: { ...seeded, employerIds: undefined },
          totalClientsOnRadar: first.total,
          baselinesMs: baselines,
          dataLayerMs: views,
          ratioFirstPageToPlainList: Math.round((views.firstPageByName.p50 / baselines.plainClientList.p50) * 100) / 100,
          pageTtfbMs: pages ?? 'skipped (BENCH_TTFB=1 to measure)',
        },
        null,
        2,
      ),
    );
  } finally {
    server?.kill('SIGTERM');
    await seeder.$disconnect();
    const db = await import('@/lib/server/db').catch(() => null);
    await db?.prisma.$disconnect().catch(() => undefined);
    if (database && process.env.KEEP_TEST_DB !== '1') await dropTestDatabase(database);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
