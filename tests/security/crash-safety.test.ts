// Issue 7 §5: crash safety of filing. A separate Node process runs the real filing code
// (lib/server/data/filing-core.ts, tests/security/support/crash-filer.ts) against a PostgreSQL
// database of this test's own; it starts 24 filings at once and is SIGKILLed as soon as the first
// one reports success, with the others in flight. Three rounds, then a recovery run files what
// was left. After each kill every request must be either fully filed — protocol, snapshot, filing
// time, worker lines, one ledger reservation of its granted weeks, one DRAFT→FILED history row, one
// audit event carrying the protocol — or an untouched draft; every success the process reported
// before dying must be in the database; protocol numbers have no gaps or duplicates and match the
// counter; the ledger's reservations are exactly the filed requests' granted weeks.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, parseDate } from '@/lib/rules/core/calendar-date';
import { createPrismaClient, type PrismaClient } from '@/lib/server/db-client';
import { todayInRome } from '@/lib/server/clock';
import { draftKey } from '@/lib/server/data/requests';
import { day } from '../fixtures/factories';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from '../setup/test-database';
import { completeDraft, createReadyEmployer, mondayOnOrAfter } from '../integration/support/journey';
import { ROOT } from './support/discover';

const FILINGS = 24;

type Job = { userId: string; employerId: string; requestId: string; idempotencyKey: string };
type RunLog = { filed: Map<string, string>; refused: Map<string, string>; done: boolean; exitSignal: NodeJS.Signals | null };

let database: TestDatabase;
let db: PrismaClient;
let work: string;
const today = todayInRome();
const summary: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase('crash');
  db = createPrismaClient(database.url, { poolSize: 4, applicationName: 'fstn-crash-test' });
  work = mkdtempSync(path.join(os.tmpdir(), 'fstn-crash-'));
}, 120_000);

afterAll(async () => {
  console.info(`\ncrash safety:\n${summary.join('\n')}`);
  await db?.$disconnect();
  if (database) await dropTestDatabase(database);
  rmSync(work, { recursive: true, force: true });
});

/** `count` complete drafts, two per employer on the same unit (one-week periods one week apart, inside the filing window). */
async function drafts(count: number): Promise<Job[]> {
  const jobs: Job[] = [];
  for (let e = 0; e < count / 2; e++) {
    const ready = await createReadyEmployer(db, { today, workers: 1 });
    for (let i = 0; i < 2; i++) {
      const draft = completeDraft(ready, today, { weeks: 1 });
      const start = mondayOnOrAfter(addDays(parseDate(today), 7 + 7 * i));
      draft.causePeriod.periodStart = start;
      draft.causePeriod.periodEnd = addDays(parseDate(start), 4);
      const row = await db.request.create({
        data: {
          employerId: ready.employer.id,
          createdById: ready.owner.id,
          status: 'DRAFT',
          productionUnitId: ready.unit.id,
          cause: draft.causePeriod.cause,
          reductionType: draft.causePeriod.reductionType,
          periodStart: day(draft.causePeriod.periodStart),
          periodEnd: day(draft.causePeriod.periodEnd),
          draft,
        },
        select: { id: true, draft: true },
      });
      jobs.push({ userId: ready.owner.id, employerId: ready.employer.id, requestId: row.id, idempotencyKey: draftKey(row.id, row.draft) });
    }
  }
  return jobs;
}

type InFlight = { atCounter: number; atLedgerLock: number; other: number };

/** The filer's connections (application_name fstn-web) now: waiting for the protocol counter, for a unit's ledger lock, or otherwise busy. */
async function inFlight(): Promise<InFlight> {
  const rows = await db.$queryRaw<Array<{ wait: string | null; state: string | null }>>`
    SELECT wait_event AS "wait", state FROM pg_stat_activity
     WHERE datname = current_database() AND application_name = 'fstn-web' AND state IN ('active', 'idle in transaction')`;
  const atLedgerLock = rows.filter((r) => r.wait === 'advisory').length;
  const atCounter = rows.filter((r) => r.wait === 'transactionid' || r.wait === 'tuple').length;
  return { atCounter, atLedgerLock, other: rows.length - atCounter - atLedgerLock };
}

/**
 * Runs the filer on `jobs`. With `kill`, this test holds the year's protocol-counter row while the
 * filings start, so they pile up inside their transactions (request, worker lines and reservation
 * written, waiting for the number; or waiting for the unit's ledger lock); once at least
 * `kill.inFlight` are waiting it lets them go and SIGKILLs the process `kill.afterMs` later.
 */
async function runFiler(jobs: Job[], kill?: { inFlight: number; afterMs: number }): Promise<RunLog & { atKill?: InFlight }> {
  const file = path.join(work, `jobs-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify({ today, jobs }));
  const year = Number(today.slice(0, 4));
  let release!: () => void;
  let held!: Promise<void>;
  const lockTaken = kill
    ? new Promise<void>((locked) => {
        held = db.$transaction(
          async (tx) => {
            await tx.$executeRaw`INSERT INTO "ProtocolCounter" ("year", "last") VALUES (${year}, 0) ON CONFLICT ("year") DO NOTHING`;
            await tx.$queryRaw`SELECT "last" FROM "ProtocolCounter" WHERE "year" = ${year} FOR UPDATE`;
            locked();
            await new Promise<void>((r) => (release = r));
          },
          { timeout: 120_000, maxWait: 10_000 },
        );
      })
    : Promise.resolve();
  await lockTaken;
  // Node itself with tsx as a loader, not tsx's CLI: the CLI runs the script in a child process of
  // its own, which a SIGKILL of the CLI leaves running (an earlier version of this test "killed"
  // the CLI and watched the orphan finish every filing).
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', path.join(ROOT, 'tests/security/support/crash-filer.ts'), file], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: database.url, DATABASE_POOL_SIZE: String(FILINGS + 2), NEXTAUTH_SECRET: 'crash-test-secret-crash-test-secret-0000', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: RunLog & { atKill?: InFlight } = { filed: new Map(), refused: new Map(), done: false, exitSignal: null };
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const [word, id, detail] = line.split(' ');
      if (word === 'filed') log.filed.set(id!, detail!);
      if (word === 'refused') log.refused.set(id!, detail!);
      if (word === 'done') log.done = true;
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  if (kill) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const now = await inFlight();
      if (now.atCounter + now.atLedgerLock >= kill.inFlight) {
        log.atKill = now;
        break;
      }
      if (Date.now() > deadline) throw new Error(`only ${JSON.stringify(now)} filings in flight after 60 s: ${stderr.slice(0, 1000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    if (kill.afterMs < 0) {
      // Killed while every filing is still waiting (then the counter is let go).
      child.kill('SIGKILL');
      release();
      await held;
    } else if (Number.isFinite(kill.afterMs)) {
      release();
      await new Promise((r) => setTimeout(r, kill.afterMs));
      child.kill('SIGKILL');
      await held;
    } else {
      // Killed as soon as the first filing reports success.
      child.stdout.on('data', () => log.filed.size > 0 && child.kill('SIGKILL'));
      release();
      await held;
    }
  }
  const exit = await exited;
  log.exitSignal = exit.signal;
  if (!kill && exit.code !== 0) throw new Error(`the filer failed (${exit.code}): ${stderr.slice(0, 2000)}`);
  if (kill && exit.signal !== 'SIGKILL') throw new Error(`the filer ended before it was killed (${exit.code}): ${stderr.slice(0, 2000)}`);
  return log;
}

/** Waits until PostgreSQL has noticed the dead connections and rolled their transactions back. */
async function waitForAbandonedTransactions(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const rows = await db.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'fstn-web'`;
    if (Number(rows[0]!.n) === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the killed filer’s connections are still open after 10 s');
}

type Row = {
  id: string;
  status: string;
  protocolNumber: string | null;
  hasSnapshot: boolean;
  filedAt: Date | null;
  weeksGranted: string | null;
  grantedStart: string | null;
  grantedEnd: string | null;
  reservations: number;
  reservedWeeks: string;
  reservedStart: string | null;
  reservedEnd: string | null;
  filedChanges: number;
  changeNote: string | null;
  audits: number;
  auditProtocol: string | null;
  lines: number;
};

async function requestStates(ids: string[]): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT r."id", r."status"::text AS "status", r."protocolNumber", r."snapshot" IS NOT NULL AS "hasSnapshot", r."filedAt",
           r."weeksGranted"::text AS "weeksGranted",
           r."snapshot"->'result'->'grantedPeriod'->>'start' AS "grantedStart", r."snapshot"->'result'->'grantedPeriod'->>'end' AS "grantedEnd",
           (SELECT count(*)::int FROM "WindowEntry" w WHERE w."requestId" = r."id") AS "reservations",
           (SELECT coalesce(sum(w."weeks"), 0)::text FROM "WindowEntry" w WHERE w."requestId" = r."id" AND w."kind" = 'RESERVED' AND w."releasedAt" IS NULL) AS "reservedWeeks",
           (SELECT min(w."periodStart")::text FROM "WindowEntry" w WHERE w."requestId" = r."id") AS "reservedStart",
           (SELECT max(w."periodEnd")::text FROM "WindowEntry" w WHERE w."requestId" = r."id") AS "reservedEnd",
           (SELECT count(*)::int FROM "RequestStatusChange" s WHERE s."requestId" = r."id") AS "filedChanges",
           (SELECT min(s."note") FROM "RequestStatusChange" s WHERE s."requestId" = r."id" AND s."toStatus" = 'FILED') AS "changeNote",
           (SELECT count(*)::int FROM "AuditEvent" a WHERE a."entityId" = r."id") AS "audits",
           (SELECT min(a."after"->>'protocolNumber') FROM "AuditEvent" a WHERE a."entityId" = r."id" AND a."action" = 'request.file') AS "auditProtocol",
           (SELECT count(*)::int FROM "RequestWorker" l WHERE l."requestId" = r."id") AS "lines"
      FROM "Request" r WHERE r."id" = ANY(${ids}::text[]) ORDER BY r."id"`;
}

/** Fully filed or untouched, nothing in between; returns how many are filed. */
function expectWholeOrNothing(rows: Row[]): number {
  let filed = 0;
  for (const r of rows) {
    if (r.status === 'FILED') {
      filed++;
      expect(
        {
          protocol: /^FSTN-\d{4}-\d{6,}$/.test(r.protocolNumber ?? ''),
          snapshot: r.hasSnapshot,
          filedAt: r.filedAt !== null,
          reservations: r.reservations,
          reservedWeeks: Number(r.reservedWeeks),
          reservedPeriod: [r.reservedStart, r.reservedEnd],
          history: [r.filedChanges, r.changeNote],
          audit: [r.audits, r.auditProtocol],
          lines: r.lines,
        },
        `request ${r.id} is FILED but incomplete`,
      ).toEqual({
        protocol: true,
        snapshot: true,
        filedAt: true,
        reservations: 1,
        reservedWeeks: Number(r.weeksGranted),
        reservedPeriod: [r.grantedStart, r.grantedEnd],
        history: [1, r.protocolNumber],
        audit: [1, r.protocolNumber],
        lines: 1,
      });
      expect(Number(r.weeksGranted), `request ${r.id}: granted weeks`).toBeGreaterThan(0);
    } else {
      expect(
        { status: r.status, protocol: r.protocolNumber, snapshot: r.hasSnapshot, filedAt: r.filedAt, reservations: r.reservations, history: r.filedChanges, audits: r.audits, lines: r.lines },
        `request ${r.id} is half-written`,
      ).toEqual({ status: 'DRAFT', protocol: null, snapshot: false, filedAt: null, reservations: 0, history: 0, audits: 0, lines: 0 });
    }
  }
  return filed;
}

/** Protocol numbers 1…N of the year without gaps or duplicates, N = the counter; reservations = filed requests. */
async function expectCountersAndLedger(): Promise<void> {
  const year = Number(today.slice(0, 4));
  const numbers = await db.$queryRaw<Array<{ n: number }>>`
    SELECT substring("protocolNumber" from '(\\d+)$')::int AS n FROM "Request" WHERE "protocolNumber" LIKE ${`FSTN-${year}-%`} ORDER BY 1`;
  const counter = await db.protocolCounter.findUnique({ where: { year } });
  expect(numbers.map((r) => r.n)).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
  expect(counter?.last ?? 0).toBe(numbers.length);
  const ledger = await db.$queryRaw<Array<{ unit: string; reserved: string; granted: string; orphans: number }>>`
    SELECT u."id" AS "unit",
           (SELECT coalesce(sum(w."weeks"), 0)::text FROM "WindowEntry" w WHERE w."productionUnitId" = u."id" AND w."kind" = 'RESERVED' AND w."releasedAt" IS NULL) AS "reserved",
           (SELECT coalesce(sum(r."weeksGranted"), 0)::text FROM "Request" r WHERE r."productionUnitId" = u."id" AND r."status" = 'FILED') AS "granted",
           (SELECT count(*)::int FROM "WindowEntry" w LEFT JOIN "Request" r ON r."id" = w."requestId"
             WHERE w."productionUnitId" = u."id" AND w."kind" = 'RESERVED' AND (r."id" IS NULL OR r."status" <> 'FILED')) AS "orphans"
      FROM "ProductionUnit" u`;
  for (const unit of ledger) {
    expect({ reserved: Number(unit.reserved), orphans: unit.orphans }, `unit ${unit.unit}: ledger`).toEqual({ reserved: Number(unit.granted), orphans: 0 });
  }
}

describe('filing survives SIGKILL of the process mid-flight', () => {
  const all: Job[] = [];

  // When the process is killed: while all are held (-1), 2 ms after letting them go, and as soon as
  // the first filing reports success (Infinity).
  const KILL_AFTER_MS = [-1, 2, Infinity];
  const totals = { filed: 0, drafts: 0 };

  it.each(KILL_AFTER_MS.map((ms, i) => [i + 1, ms]))(
    `round %i: ${FILINGS} filings in flight, SIGKILL at %d ms (-1: while held, Infinity: at the first success): each request whole or untouched`,
    async (round, afterMs) => {
      const jobs = await drafts(FILINGS);
      all.push(...jobs);
      const log = await runFiler(jobs, { inFlight: 20, afterMs });
      await waitForAbandonedTransactions();
      const rows = await requestStates(jobs.map((j) => j.requestId));
      const filed = expectWholeOrNothing(rows);
      // Every success the process reported before it died is durable, with the number it reported.
      for (const [id, protocol] of log.filed) expect(rows.find((r) => r.id === id)?.protocolNumber, `reported filed: ${id}`).toBe(protocol);
      if (afterMs < 0) expect(filed, 'killed while all were held: none filed').toBe(0);
      totals.filed += filed;
      totals.drafts += FILINGS - filed;
      expect(log.refused.size, `refusals: ${[...log.refused.values()].join(', ')}`).toBe(0);
      await expectCountersAndLedger();
      const k = log.atKill!;
      summary.push(
        `round ${round}: ${k.atCounter + k.atLedgerLock} of ${FILINGS} in flight at the kill (${k.atCounter} written and waiting for their number, ${k.atLedgerLock} waiting for the unit's ledger lock), SIGKILL ${afterMs < 0 ? 'while held' : Number.isFinite(afterMs) ? `${afterMs} ms after release` : 'at the first reported success'}; ${log.filed.size} reported filed; in the database ${filed} filed, ${FILINGS - filed} drafts, none half-written`,
      );
    },
    180_000,
  );

  it('the kills caught filings on both sides: some committed, some not', () => {
    expect(totals.drafts).toBeGreaterThan(0);
    expect(totals.filed, 'no kill round left a filed request: the whole-filing branch was not exercised').toBeGreaterThan(0);
  });

  it('a new process then files every request left as a draft, and everything still adds up', async () => {
    const left = (await requestStates(all.map((j) => j.requestId))).filter((r) => r.status === 'DRAFT').map((r) => r.id);
    const log = await runFiler(all.filter((j) => left.includes(j.requestId)));
    expect(log.refused.size, `refusals: ${[...log.refused.entries()].map(([id, why]) => `${id}: ${why}`).join(', ')}`).toBe(0);
    expect(log.filed.size).toBe(left.length);
    const rows = await requestStates(all.map((j) => j.requestId));
    expect(expectWholeOrNothing(rows)).toBe(all.length);
    await expectCountersAndLedger();
    summary.push(`recovery: ${left.length} drafts filed by a new process; ${all.length} requests, protocols 1…${all.length} without gaps`);
  }, 180_000);
});
