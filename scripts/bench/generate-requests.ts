// Bulk generator of employers, production units and filed requests at the scale of the province
// (50,000 employers, 1,000,000 requests by default) for benchmarks on a THROW-AWAY database.
// Batched multi-row INSERTs through pg (`INSERT … SELECT * FROM unnest($1::text[], …)`: one
// round trip and one parse per batch of 10,000 rows). Deterministic: the same seed gives the
// same rows. Triggers and foreign-key checks are switched off for the load
// (session_replication_role = replica, superuser only) because the generator writes consistent
// rows itself; afterwards it rebuilds what the review_queue triggers maintain (the status tally).
//
// The distribution is what the review queue is tuned for: ~10 % of requests pending, filed in the
// last four months; the rest decided over 2017–2026; causes, size classes and comuni skewed as in
// Trentino (Trento and Rovereto hold a large share of the units).
import belfioreModule from '@marketto/belfiore-connector-embedded';
import type pg from 'pg';

export type GenerateOptions = {
  employers?: number;
  requests?: number;
  /** Calendar day the data is "as of" (YYYY-MM-DD). */
  today: string;
  seed?: number;
  batchSize?: number;
  onProgress?: (table: string, done: number, total: number) => void;
};

export type GenerateReport = {
  employers: number;
  units: number;
  requests: number;
  seconds: { employers: number; units: number; requests: number; total: number };
  requestRowsPerSecond: number;
};

/** mulberry32: small, fast, good enough for test data, and reproducible. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const weighted = <T>(items: ReadonlyArray<readonly [T, number]>): (() => T) => {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let running = 0;
    const cumulative = items.map(([value, weight]) => [value, (running += weight) / total] as const);
    return () => {
      const r = next();
      for (const [v, c] of cumulative) if (r < c) return v;
      return cumulative.at(-1)![0];
    };
  };
  return { next, int, weighted };
}
export const STATUS_MIX = [
  ['DRAFT', 2],
  ['DISCARDED', 1],
  ['FILED', 5],
  ['UNDER_REVIEW', 3],
  ['INFO_REQUESTED', 2],
  ['APPROVED', 62],
  ['PARTIALLY_APPROVED', 10],
  ['REJECTED', 10],
  ['WITHDRAWN', 5],
] as const;

export const CAUSE_MIX = [
  ['ORDINARY_MARKET', 40],
  ['ORDINARY_TRANSITORY_EVENT', 25],
  ['ORDINARY_BAD_WEATHER', 10],
  ['CRISIS', 8],
  ['REORGANISATION', 5],
  ['SOLIDARITY_CONTRACT', 4],
  ['COVID19', 8],
] as const;

const SECTORS = [
  ['55.10.00', 'Alberghi e strutture simili'],
  ['56.10.11', 'Ristorazione con somministrazione'],
  ['47.11.40', 'Commercio al dettaglio'],
  ['47.64.10', 'Commercio al dettaglio di articoli sportivi'],
  ['49.39.01', 'Impianti a fune'],
  ['62.01.00', 'Produzione di software'],
  ['86.90.29', 'Altre attività sanitarie'],
  ['52.10.10', 'Magazzinaggio e custodia'],
  ['93.29.90', 'Altre attività di intrattenimento'],
  ['96.02.01', 'Servizi dei saloni di barbiere e parrucchiere'],
] as const;

/** Comuni of the Province of Trento in force today, largest first, with a Zipf-like weight. */
async function trentinoComuni(today: string): Promise<Array<readonly [{ code: string; name: string; province: string }, number]>> {
  // The package is CommonJS with an ESM build; under Node's CJS interop the instance is `.default`.
  const belfiore = ((belfioreModule as unknown as { default?: typeof belfioreModule }).default ?? belfioreModule) as typeof belfioreModule;
  const all = await belfiore.byProvince('TN')!.toArray();
  const now = new Date(`${today}T00:00:00Z`).getTime();
  const active = all.filter((c) => !c.expirationDate || c.expirationDate.getTime() > now);
  const first = ['L378', 'H612', 'G452', 'A372', 'H330', 'C794', 'L174', 'B006', 'M314', 'L322'];
  active.sort((a, b) => {
    const ia = first.indexOf(a.belfioreCode);
    const ib = first.indexOf(b.belfioreCode);
    return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib) || a.name.localeCompare(b.name);
  });
  const weighted: Array<readonly [{ code: string; name: string; province: string }, number]> = active.map((c, i) => [{ code: c.belfioreCode, name: c.name, province: 'TN' }, 1 / (i + 1)] as const);
  // A few units outside the province (the 75 % test lets an employer keep up to a quarter elsewhere).
  weighted.push([{ code: 'L781', name: 'Verona', province: 'VR' }, 0.05], [{ code: 'A952', name: 'Bolzano', province: 'BZ' }, 0.05]);
  return weighted;
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.floor(new Date(`${iso}T00:00:00Z`).getTime() / DAY);
const isoOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/**
 * `INSERT INTO table (columns) SELECT * FROM unnest($1::type[], …)` in batches of `batchSize` rows
 * built by `row(i)`; one batch in flight per connection. Returns the seconds it took.
 */
export async function insertBatches(
  clients: pg.Client[],
  table: string,
  columns: Array<readonly [name: string, sqlType: string]>,
  total: number,
  batchSize: number,
  row: (i: number) => unknown[],
  onProgress?: GenerateOptions['onProgress'],
): Promise<number> {
  const started = performance.now();
  const list = columns.map(([c]) => `"${c}"`).join(', ');
  const params = columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ');
  const sql = `INSERT INTO "${table}" (${list}) SELECT * FROM unnest(${params})`;
  // One batch in flight per connection: the next batch is built while the server stores the last.
  const inFlight = new Map<pg.Client, Promise<unknown>>();
  let batch = 0;
  for (let start = 0; start < total; start += batchSize) {
    const end = Math.min(total, start + batchSize);
    const arrays: unknown[][] = columns.map(() => new Array(end - start));
    for (let i = start; i < end; i++) {
      const values = row(i);
      for (let c = 0; c < columns.length; c++) arrays[c]![i - start] = values[c];
    }
    const client = clients[batch++ % clients.length]!;
    await inFlight.get(client);
    inFlight.set(
      client,
      client.query(sql, arrays).then(() => onProgress?.(table, end, total)),
    );
  }
  await Promise.all(inFlight.values());
  return (performance.now() - started) / 1000;
}

/**
 * Fills an empty, migrated database. The caller owns the connections (superuser connections to a
 * database it created for the benchmark); with two or more, batches are stored in parallel.
 */
export async function generateQueueData(connections: pg.Client | pg.Client[], options: GenerateOptions): Promise<GenerateReport> {
  const clients = Array.isArray(connections) ? connections : [connections];
  const client = clients[0]!;
  const employers = options.employers ?? 50_000;
  const requests = options.requests ?? 1_000_000;
  const batchSize = options.batchSize ?? 10_000;
  const rnd = prng(options.seed ?? 20_261_125);
  const started = performance.now();
  const today = dayNumber(options.today);
  const pickComune = rnd.weighted(await trentinoComuni(options.today));
  const pickStatus = rnd.weighted(STATUS_MIX);
  const pickCause = rnd.weighted(CAUSE_MIX);
  const pickClass = rnd.weighted([
    ['C1', 60],
    ['C2', 30],
    ['C3', 10],
  ] as const);

  for (const c of clients) await c.query(`SET session_replication_role = replica`);
  const userId = 'bench-user-0000000000000';
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt") VALUES ($1, 'bench@bench.fstn.localhost', 'Bench', 'x', 'EMPLOYER', now()) ON CONFLICT DO NOTHING`,
    [userId],
  );

  const employerId = (i: number) => `bench-emp-${String(i).padStart(8, '0')}`;
  const sizeClass: string[] = new Array(employers);
  const sector: number[] = new Array(employers);
  for (let i = 0; i < employers; i++) {
    sizeClass[i] = pickClass();
    sector[i] = rnd.int(0, SECTORS.length - 1);
  }
  const employerSeconds = await insertBatches(
    clients,
    'Employer',
    [
      ['id', 'text'],
      ['legalName', 'text'],
      ['codiceFiscale', 'text'],
      ['atecoCode', 'text'],
      ['sectorDescription', 'text'],
      ['updatedAt', 'timestamp'],
    ],
    employers,
    batchSize,
    (i) => [employerId(i), `Impresa di prova ${i} S.r.l.`, String(90_000_000_000 + i), SECTORS[sector[i]!]![0], SECTORS[sector[i]!]![1], new Date()],
    options.onProgress,
  );

  // Units: one per employer, a second for one employer in five.
  const units: Array<{ id: string; employer: number; comune: { code: string; name: string; province: string } }> = [];
  const unitsOf: number[][] = Array.from({ length: employers }, () => []);
  for (let e = 0; e < employers; e++) {
    const count = rnd.next() < 0.2 ? 2 : 1;
    for (let k = 0; k < count; k++) {
      unitsOf[e]!.push(units.length);
      units.push({ id: `bench-unit-${String(units.length).padStart(8, '0')}`, employer: e, comune: pickComune() });
    }
  }
  const unitSeconds = await insertBatches(
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
    units.length,
    batchSize,
    (i) => {
      const u = units[i]!;
      return [u.id, employerId(u.employer), `Sede di ${u.comune.name}`, u.comune.code, u.comune.name, u.comune.province, new Date()];
    },
    options.onProgress,
  );

  const firstDay = dayNumber('2017-01-24'); // AIS filing opened (MSG327)
  const covidFrom = dayNumber('2020-03-01');
  const covidTo = dayNumber('2020-08-31');
  const maxWeeks = { C1: 13, C2: 26, C3: 26 } as const;
  const requestSeconds = await insertBatches(
    clients,
    'Request',
    [
      ['id', 'text'],
      ['employerId', 'text'],
      ['productionUnitId', 'text'],
      ['comuneCode', 'text'],
      ['status', '"RequestStatus"'],
      ['cause', '"Cause"'],
      ['reductionType', '"ReductionType"'],
      ['periodStart', 'date'],
      ['periodEnd', 'date'],
      ['protocolNumber', 'text'],
      ['filedAt', 'timestamp'],
      ['sizeClass', 'text'],
      ['weeksRequested', 'numeric'],
      ['weeksGranted', 'numeric'],
      ['totalGross', 'numeric'],
      ['totalGrossGranted', 'numeric'],
      ['decidedAt', 'timestamp'],
      ['rulesVersion', 'text'],
      ['createdById', 'text'],
      ['updatedAt', 'timestamp'],
    ],
    requests,
    batchSize,
    (i) => {
      const e = rnd.int(0, employers - 1);
      const unitIndex = unitsOf[e]![rnd.next() < 0.85 ? 0 : unitsOf[e]!.length - 1]!;
      const unit = units[unitIndex]!;
      const status = pickStatus();
      const pending = status === 'FILED' || status === 'UNDER_REVIEW' || status === 'INFO_REQUESTED';
      const draft = status === 'DRAFT' || status === 'DISCARDED';
      // COVID-19 causal requests date from 2020: none is pending or a draft today.
      let cause = pickCause();
      while (cause === 'COVID19' && (pending || draft)) cause = pickCause();
      const cls = sizeClass[e] as keyof typeof maxWeeks;
      let filedDay: number;
      if (cause === 'COVID19') filedDay = rnd.int(covidFrom, covidTo);
      else if (pending || draft) filedDay = today - rnd.int(0, 120);
      else filedDay = rnd.int(firstDay, today - 30);
      const filedAt = new Date(filedDay * DAY + rnd.int(7 * 3600, 18 * 3600) * 1000 + rnd.int(0, 999));
      const start = filedDay + rnd.int(-15, 30);
      const weeks = rnd.int(1, maxWeeks[cls]);
      const end = start + weeks * 7 - 1;
      const workers = cls === 'C1' ? rnd.int(1, 5) : cls === 'C2' ? rnd.int(3, 15) : rnd.int(10, 60);
      const gross = (workers * weeks * rnd.int(18_000, 32_000)) / 100;
      const grantedWeeks = status === 'APPROVED' ? weeks : status === 'PARTIALLY_APPROVED' ? Math.max(1, Math.round(weeks * 0.6)) : null;
      const decided = status === 'APPROVED' || status === 'PARTIALLY_APPROVED' || status === 'REJECTED';
      const year = new Date(filedAt).getUTCFullYear();
      return [
        `bench-req-${String(i).padStart(9, '0')}`,
        employerId(e),
        unit.id,
        unit.comune.code,
        status,
        cause,
        rnd.next() < 0.7 ? 'SUSPENSION' : 'REDUCTION',
        isoOf(start),
        isoOf(end),
        draft ? null : `FSTN-${year}-${String(i).padStart(7, '0')}`,
        draft ? null : filedAt,
        cls,
        String(weeks),
        grantedWeeks === null ? null : String(grantedWeeks),
        gross.toFixed(2),
        grantedWeeks === null ? null : ((gross * grantedWeeks) / weeks).toFixed(2),
        decided ? new Date(filedAt.getTime() + rnd.int(5, 60) * DAY) : null,
        '1.0.0',
        userId,
        filedAt,
      ];
    },
    options.onProgress,
  );

  for (const c of clients) await c.query(`SET session_replication_role = origin`);
  // What the disabled triggers maintain: the status tally (the comune was written directly).
  await client.query(`DELETE FROM "RequestStatusTally"`);
  await client.query(`INSERT INTO "RequestStatusTally" ("status", "delta") SELECT "status", COUNT(*)::integer FROM "Request" GROUP BY "status"`);

  const total = (performance.now() - started) / 1000;
  return {
    employers,
    units: units.length,
    requests,
    seconds: { employers: employerSeconds, units: unitSeconds, requests: requestSeconds, total },
    requestRowsPerSecond: Math.round(requests / requestSeconds),
  };
}
