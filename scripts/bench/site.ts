// The province on a production server, for the page and front-end benchmarks (issue 8 §4–5):
// a throw-away database migrated like production and filled by generate-province.ts (50,000
// employers, 1,000,000 requests, their workers…), a consultant with 500 delegated clients
// (radar-seed.ts), a staff member, requests filed through the real filing transaction (so the
// review page shows real snapshots, traces and worker lines), an employer's draft for the wizard;
// then `next start` on that database and real sign-ins for each role.
import pg from 'pg';
import { hashPassword } from '@/lib/server/auth/password';
import { createPrismaClient } from '@/lib/server/db-client';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from '../../tests/setup/test-database';
import { completeDraft, type ReadyEmployer } from '../../tests/integration/support/journey';
import { createUser, DEMO_PASSWORD } from '../../tests/fixtures/factories';
import { openAppPool } from './filing';
import { seedFilers } from './filing-seed';
import { generateProvince, type ProvinceReport } from './generate-province';
import { log, round, scaled } from './lib';
import { seedRadarClients } from './radar-seed';
import { signIn, startServer, type RunningServer } from './server';

export type SiteOptions = { scale: number; today: string; port: number; keep?: boolean; reviewSamples?: number };

export type Site = {
  base: string;
  server: RunningServer;
  database: TestDatabase;
  today: string;
  generation: ProvinceReport & { radar: { clients: number; seconds: number }; filedForReview: { requests: number; seconds: number } };
  cookies: { staff: string; consultant: string; employer: string };
  ids: { reviewRequestIds: string[]; homeEmployerId: string; homeEmployerRequests: number; wizardRequestId: string; radarClients: number };
  stop: () => Promise<void>;
};

export async function prepareSite(opts: SiteOptions): Promise<Site> {
  const { today } = opts;
  process.env.FSTN_TODAY = today;
  const radarClients = scaled(500, opts.scale, 20);
  const employers = scaled(50_000, opts.scale, 200) - radarClients;
  const requests = scaled(1_000_000, opts.scale, 2_000);
  const database = await createTestDatabase('bench_pages');
  if (database.kind !== 'postgres') throw new Error('The page benchmark needs a real PostgreSQL server (127.0.0.1:5432 or TEST_DATABASE_URL)');
  const a = new pg.Client({ connectionString: database.url, application_name: 'fstn-bench-pages' });
  const b = new pg.Client({ connectionString: database.url, application_name: 'fstn-bench-pages' });
  await a.connect();
  await b.connect();
  const seeder = createPrismaClient(database.url, { poolSize: 4, applicationName: 'fstn-bench-pages' });
  let server: RunningServer | undefined;
  try {
    log(`pages: generating ${employers} employers + ${radarClients} radar clients, ${requests} requests`);
    let last = 0;
    const generation = await generateProvince([a, b], {
      employers,
      requests,
      today,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      onProgress: (table, done, total) => {
        if (Date.now() - last > 10_000 || done === total) {
          last = Date.now();
          log(`  ${table}: ${done}/${total}`);
        }
      },
    });

    // The consultant's portfolio (radar) and the Committee's member.
    const started = performance.now();
    const consultant = await createUser(seeder, { role: 'CONSULTANT', email: 'consulente@bench.fstn.localhost', name: 'Consulente di prova' });
    const staff = await createUser(seeder, { role: 'STAFF', email: 'comitato@bench.fstn.localhost', name: 'Istruttore di prova' });
    const radarOwner = await createUser(seeder, { role: 'EMPLOYER', email: 'clienti@bench.fstn.localhost' });
    await seedRadarClients(seeder, { consultantId: consultant.id, ownerId: radarOwner.id, staffId: staff.id, clients: radarClients, today, serialBase: 3_000_000 });
    const radarSeconds = (performance.now() - started) / 1000;

    // Requests filed through the real filing transaction (20 workers each): what staff review.
    const filedStarted = performance.now();
    const samples = opts.reviewSamples ?? 20;
    const filers = await seedFilers([a, b], { today, employers: samples, draftsPerEmployer: 1, workersPerEmployer: 20 });
    await openAppPool(database.url, 4);
    const { fileRequestAs } = await import('@/lib/server/data/filing-core');
    const { draftKey } = await import('@/lib/server/data/evaluation');
    const reviewRequestIds: string[] = [];
    for (const d of filers.drafts[0]!) {
      const { rows } = await a.query<{ draft: unknown }>(`SELECT draft FROM "Request" WHERE id = $1`, [d.requestId]);
      await fileRequestAs({ userId: filers.userId, delegationId: null }, d.employerId, d.requestId, { idempotencyKey: draftKey(d.requestId, rows[0]!.draft), acceptTrim: true }, today);
      reviewRequestIds.push(d.requestId);
    }
    const filedSeconds = (performance.now() - filedStarted) / 1000;

    // The employer home: the generated employer with the most requests, signed in as its owner.
    const { rows: top } = await a.query<{ employerId: string; requests: string }>(
      `SELECT "employerId", COUNT(*)::text AS requests FROM "Request" WHERE "employerId" LIKE 'bench-emp-%' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    );
    const homeEmployerId = top[0]!.employerId;
    const { rows: unitWorkers } = await a.query<{ unitId: string; workerIds: string[] }>(
      `SELECT w."productionUnitId" AS "unitId", array_agg(w.id ORDER BY w.id) AS "workerIds" FROM "Worker" w WHERE w."employerId" = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      [homeEmployerId],
    );
    const owner = `bench-usr-${homeEmployerId.slice('bench-emp-'.length)}`;
    const { rows: ownerRow } = await a.query<{ email: string }>(`SELECT email FROM "User" WHERE id = $1`, [owner]);
    // A complete draft for the wizard's pages (Lighthouse).
    const ready = { unit: { id: unitWorkers[0]!.unitId }, workers: unitWorkers[0]!.workerIds.slice(0, 8).map((id) => ({ id })) } as unknown as ReadyEmployer;
    const draft = completeDraft(ready, today, { weeks: 4 });
    const wizard = await seeder.request.create({
      data: { employerId: homeEmployerId, createdById: owner, status: 'DRAFT', productionUnitId: ready.unit.id, cause: 'ORDINARY_MARKET', reductionType: 'SUSPENSION', draft },
      select: { id: true },
    });
    await a.query('ANALYZE');

    log('pages: starting next start');
    server = await startServer(database.url, opts.port, { FSTN_TODAY: today });
    const cookies = {
      staff: await signIn(server.base, staff.email),
      consultant: await signIn(server.base, consultant.email),
      employer: await signIn(server.base, ownerRow[0]!.email),
    };
    const running = server;
    return {
      base: server.base,
      server,
      database,
      today,
      generation: { ...generation, radar: { clients: radarClients, seconds: round(radarSeconds, 1) }, filedForReview: { requests: reviewRequestIds.length, seconds: round(filedSeconds, 1) } },
      cookies,
      ids: { reviewRequestIds, homeEmployerId, homeEmployerRequests: Number(top[0]!.requests), wizardRequestId: wizard.id, radarClients },
      stop: async () => {
        await running.stop();
        const holder = globalThis as typeof globalThis & { fstnPrisma?: { $disconnect(): Promise<void> } };
        await holder.fstnPrisma?.$disconnect().catch(() => undefined);
        if (opts.keep) log(`pages: kept ${database.url}`);
        else await dropTestDatabase(database);
      },
    };
  } catch (error) {
    await server?.stop();
    if (!opts.keep) await dropTestDatabase(database).catch(() => undefined);
    throw error;
  } finally {
    await a.end();
    await b.end();
    await seeder.$disconnect();
  }
}
