// Employers ready to file, with complete drafts, for the filing-throughput benchmark (issue 8 §3).
// Each employer looks like the journey's integration fixture (tests/integration/support/journey.ts)
// at volume: one production unit in Trento, 5 employees every month of the last two years (size
// class C1), 5 workers with their pay, a past ordinary period and a neutralised COVID-19 period in
// the ledger, and `draftsPerEmployer` complete drafts of 2 weeks starting next week (the stored
// shape of completeDraft(), so the filing re-evaluates them exactly as the wizard's drafts).
// "Hot" units are C1 units with 45 of their 52 biennium weeks used, each with many drafts: the
// race in which concurrent filings must not together exceed the limit.
// Batched multi-row INSERTs (scripts/bench/generate-requests.ts insertBatches); deterministic ids.
import type pg from 'pg';
import { addDays, parseDate } from '@/lib/rules/core/calendar-date';
import { completeDraft, mondayOnOrAfter, monthsUpTo, type ReadyEmployer } from '../../tests/integration/support/journey';
import { makeCodiceFiscale } from '../../tests/fixtures/tax-codes';
import { insertBatches } from './generate-requests';

export type FilingSeedOptions = {
  today: string;
  /** Employers whose drafts the throughput runs file (one draft per employer per run). */
  employers: number;
  /** Drafts per employer: one per measured run plus one for the warm-up. */
  draftsPerEmployer: number;
  workersPerEmployer?: number;
  /** Units near their limit, each with `draftsPerUnit` drafts, for the race. */
  hot?: { units: number; draftsPerUnit: number };
  batchSize?: number;
};

export type SeededDraft = { requestId: string; employerId: string; unitId: string; workerIds: string[]; periodStart: string; periodEnd: string };

export type FilingSeed = {
  userId: string;
  /** drafts[run][i]: the i-th draft of run `run` (employer i). */
  drafts: SeededDraft[][];
  hot: SeededDraft[];
  hotUnitIds: string[];
  rows: Record<string, number>;
  seconds: number;
};

const HISTORY_WEEKS = 10;
const HOT_HISTORY_WEEKS = 45;

export async function seedFilers(clients: pg.Client[], opts: FilingSeedOptions): Promise<FilingSeed> {
  const started = performance.now();
  const client = clients[0]!;
  const batch = opts.batchSize ?? 5_000;
  const workersPer = opts.workersPerEmployer ?? 5;
  const hotUnits = opts.hot?.units ?? 0;
  const hotDrafts = opts.hot?.draftsPerUnit ?? 0;
  const total = opts.employers + hotUnits;
  const isHot = (e: number) => e >= opts.employers;
  const pad = (n: number, w = 7) => String(n).padStart(w, '0');
  const employerId = (e: number) => `bf-emp-${pad(e)}`;
  const unitId = (e: number) => `bf-unit-${pad(e)}`;
  const workerId = (e: number, k: number) => `bf-wrk-${pad(e)}-${k}`;
  const now = new Date();

  const userId = 'bf-user-filer';
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt") VALUES ($1, 'filer@bench.fstn.localhost', 'Bench filer', 'x', 'EMPLOYER', now()) ON CONFLICT DO NOTHING`,
    [userId],
  );
  await insertBatches(
    clients,
    'Employer',
    [
      ['id', 'text'],
      ['legalName', 'text'],
      ['codiceFiscale', 'text'],
      ['atecoCode', 'text'],
      ['activityStartDate', 'date'],
      ['updatedAt', 'timestamp'],
    ],
    total,
    batch,
    (e) => [employerId(e), `Albergo di prova ${e} S.r.l.`, String(81_000_000_000 + e), '55.10.00', '2010-03-01', now],
  );
  await insertBatches(
    clients,
    'EmployerMember',
    [
      ['userId', 'text'],
      ['employerId', 'text'],
    ],
    total,
    batch,
    (e) => [userId, employerId(e)],
  );
  await insertBatches(
    clients,
    'ProductionUnit',
    [
      ['id', 'text'],
      ['employerId', 'text'],
      ['name', 'text'],
      ['comuneCode', 'text'],
      ['comuneName', 'text'],
      ['provinceCode', 'text'],
      ['updatedAt', 'timestamp'],
    ],
    total,
    batch,
    (e) => [unitId(e), employerId(e), 'Albergo di Trento', 'L378', 'Trento', 'TN', now],
  );
  // 25 months (the semester of any request in the next weeks and the 75 % reference month).
  const months = monthsUpTo(opts.today, 24);
  await insertBatches(
    clients,
    'HeadcountMonth',
    [
      ['id', 'text'],
      ['employerId', 'text'],
      ['productionUnitId', 'text'],
      ['month', 'date'],
      ['heads', 'int4'],
      ['sizeUnits', 'numeric'],
      ['updatedAt', 'timestamp'],
    ],
    total * months.length,
    batch,
    (i) => {
      const e = Math.floor(i / months.length);
      return [`bf-hc-${pad(e)}-${i % months.length}`, employerId(e), unitId(e), `${months[i % months.length]}-01`, 5, '5', now];
    },
  );
  await insertBatches(
    clients,
    'Worker',
    [
      ['id', 'text'],
      ['employerId', 'text'],
      ['productionUnitId', 'text'],
      ['codiceFiscale', 'text'],
      ['firstName', 'text'],
      ['lastName', 'text'],
      ['category', '"WorkerCategory"'],
      ['hireDate', 'date'],
      ['effectiveDaysAtUnit', 'int4'],
      ['weeklyHours', 'numeric'],
      ['monthlyGlobalPay', 'numeric'],
      ['updatedAt', 'timestamp'],
    ],
    total * workersPer,
    batch,
    (i) => {
      const e = Math.floor(i / workersPer);
      const k = i % workersPer;
      return [workerId(e, k), employerId(e), unitId(e), makeCodiceFiscale(5_000_000 + i), `Nome${k}`, `Cognome${e}`, 'OPERAIO', '2019-04-01', 400, '40', (1600 + ((e * 7 + k * 131) % 1000)).toFixed(2), now];
    },
  );
  // Ledger: an ordinary period inside the biennium of the requests (10 weeks; 45 for hot units)
  // and a neutralised COVID-19 period (shown, never counted).
  const historyStart = mondayOnOrAfter(addDays(parseDate(opts.today), -600));
  await insertBatches(
    clients,
    'WindowEntry',
    [
      ['id', 'text'],
      ['employerId', 'text'],
      ['productionUnitId', 'text'],
      ['kind', '"WindowEntryKind"'],
      ['cause', '"Cause"'],
      ['periodStart', 'date'],
      ['periodEnd', 'date'],
      ['weeks', 'numeric'],
      ['neutralised', 'bool'],
    ],
    total * 2,
    batch,
    (i) => {
      const e = Math.floor(i / 2);
      if (i % 2 === 1) return [`bf-led-${pad(e)}-covid`, employerId(e), unitId(e), 'HISTORY', 'COVID19', '2020-11-02', '2021-01-29', '13', true];
      const weeks = isHot(e) ? HOT_HISTORY_WEEKS : HISTORY_WEEKS;
      return [`bf-led-${pad(e)}-hist`, employerId(e), unitId(e), 'HISTORY', 'ORDINARY_MARKET', historyStart, addDays(parseDate(historyStart), weeks * 7 - 3), String(weeks), false];
    },
  );

  // Drafts: run-major order, so run r's drafts are rows r*employers … (r+1)*employers-1.
  const draftCount = opts.employers * opts.draftsPerEmployer + hotUnits * hotDrafts;
  const drafts: SeededDraft[][] = Array.from({ length: opts.draftsPerEmployer }, () => []);
  const hot: SeededDraft[] = [];
  const draftOf = (i: number): { e: number; run: number | null } => {
    const regular = opts.employers * opts.draftsPerEmployer;
    if (i < regular) return { e: i % opts.employers, run: Math.floor(i / opts.employers) };
    // Hot drafts interleaved across the hot units, so that concurrent filers hit every unit.
    return { e: opts.employers + ((i - regular) % Math.max(1, hotUnits)), run: null };
  };
  await insertBatches(
    clients,
    'Request',
    [
      ['id', 'text'],
      ['employerId', 'text'],
      ['productionUnitId', 'text'],
      ['status', '"RequestStatus"'],
      ['cause', '"Cause"'],
      ['reductionType', '"ReductionType"'],
      ['periodStart', 'date'],
      ['periodEnd', 'date'],
      ['draft', 'jsonb'],
      ['createdById', 'text'],
      ['updatedAt', 'timestamp'],
    ],
    draftCount,
    batch,
    (i) => {
      const { e, run } = draftOf(i);
      const workerIds = Array.from({ length: workersPer }, (_, k) => workerId(e, k));
      // completeDraft() only reads the unit's id and the workers' ids.
      const ready = { unit: { id: unitId(e) }, workers: workerIds.map((id) => ({ id })) } as unknown as ReadyEmployer;
      const draft = completeDraft(ready, opts.today, { weeks: 2 });
      const seeded: SeededDraft = { requestId: `bf-req-${pad(i, 8)}`, employerId: employerId(e), unitId: unitId(e), workerIds, periodStart: draft.causePeriod.periodStart, periodEnd: draft.causePeriod.periodEnd };
      if (run === null) hot.push(seeded);
      else drafts[run]!.push(seeded);
      return [seeded.requestId, seeded.employerId, seeded.unitId, 'DRAFT', 'ORDINARY_MARKET', 'SUSPENSION', seeded.periodStart, seeded.periodEnd, JSON.stringify(draft), userId, now];
    },
  );
  await client.query('ANALYZE');
  return {
    userId,
    drafts,
    hot,
    hotUnitIds: Array.from({ length: hotUnits }, (_, h) => unitId(opts.employers + h)),
    rows: { employers: total, workers: total * workersPer, headcountMonths: total * months.length, ledgerEntries: total * 2, drafts: draftCount },
    seconds: (performance.now() - started) / 1000,
  };
}
