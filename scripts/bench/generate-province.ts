// The province at scale (issue 8 §4): 50,000 employers with their production units, 1,000,000
// requests (scripts/bench/generate-requests.ts: batched multi-row INSERTs from Node), then, on the
// server, what hangs off them: every employer's workers, an owner account per employer, seven
// months of headcounts per unit, the request lines (RequestWorker: the workers of each request)
// and the windows ledger (AUTHORISED for approved requests, RESERVED for pending ones, COVID-19
// neutralised). The second part is generated inside PostgreSQL (INSERT … SELECT over
// generate_series, with hashtext() as a deterministic pseudo-random source): nothing crosses the
// wire, which is faster than COPY. Triggers and foreign-key checks are off for the load
// (session_replication_role = replica, as in generate-requests.ts) since the rows are consistent
// by construction.
//
// The secondary indexes of the big tables are dropped before the load and built once afterwards
// (seconds.indexes), the usual bulk-load order: cheaper than maintaining a dozen indexes row by row.
//
// Worker ids are derived from the unit (`bench-wrk-<unit number>-<k>`, k = 1…workers of the unit),
// so the request lines need no join. Workers per unit: 70 % micro units (1–5), 25 % small (6–15),
// 5 % larger (16–40).
import type pg from 'pg';
import { generateQueueData, type GenerateReport } from './generate-requests';

export type ProvinceOptions = {
  employers?: number;
  requests?: number;
  today: string;
  /** argon2 hash given to every generated owner account (one hash: hashing 50,000 would take minutes). */
  passwordHash: string;
  onProgress?: (table: string, done: number, total: number) => void;
};

export type ProvinceReport = {
  rows: Record<string, number>;
  seconds: Record<string, number>;
  rowsPerSecond: number;
  /** Secondary indexes dropped for the load and built afterwards (seconds.indexes). */
  indexesRebuilt: number;
  queue: GenerateReport;
};

/** Workers of a unit, from its id: the same expression everywhere (workers, lines, headcounts). */
const WORKERS_OF = (unitId: string) => `(CASE WHEN abs(hashtext(${unitId})) % 100 < 70 THEN 1 + abs(hashtext(${unitId} || 'a')) % 5
  WHEN abs(hashtext(${unitId})) % 100 < 95 THEN 6 + abs(hashtext(${unitId} || 'a')) % 10
  ELSE 16 + abs(hashtext(${unitId} || 'a')) % 25 END)`;

const FIRST_NAMES = ['Mario', 'Anna', 'Luca', 'Giulia', 'Marco', 'Sara', 'Paolo', 'Elena', 'Andrea', 'Chiara', 'Stefano', 'Francesca', 'Matteo', 'Laura', 'Davide', 'Silvia'];
const LAST_NAMES = ['Rossi', 'Bianchi', 'Dallapiccola', 'Moser', 'Pedrotti', 'Zanon', 'Gottardi', 'Bertoldi', 'Tomasi', 'Zeni', 'Pisoni', 'Chiocchetti', 'Degasperi', 'Valentini', 'Fedrizzi', 'Andreatta'];
const sqlArray = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(',')}]`;

/** The big tables: their secondary indexes are dropped for the load and built afterwards. */
const BULK_TABLES = ['Request', 'RequestWorker', 'WindowEntry', 'Worker', 'HeadcountMonth', 'ProductionUnit', 'Employer', 'User', 'EmployerMember'];

/**
 * Drops every index of the bulk tables except primary keys and returns their definitions:
 * building an index once over sorted data is several times cheaper than maintaining it row by
 * row over millions of inserts (the unique ones are checked again when rebuilt).
 */
async function dropSecondaryIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND t.relname = ANY($1) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [BULK_TABLES],
  );
  for (const r of rows) await client.query(`DROP INDEX ${r.name}`);
  return rows.map((r) => r.def);
}

/** Builds the dropped indexes again, largest tables first, on every connection at once. */
async function rebuildIndexes(clients: pg.Client[], definitions: string[]): Promise<void> {
  const queue = [...definitions].sort((a, b) => Number(/ON public\."?Request"? /.test(b)) - Number(/ON public\."?Request"? /.test(a)));
  await Promise.all(
    clients.map(async (c) => {
      await c.query(`SET maintenance_work_mem = '256MB'`);
      for (let def = queue.shift(); def; def = queue.shift()) await c.query(def);
    }),
  );
}

export async function generateProvince(clients: pg.Client[], opts: ProvinceOptions): Promise<ProvinceReport> {
  const client = clients[0]!;
  const started = performance.now();
  const dropped = await dropSecondaryIndexes(client);
  const queue = await generateQueueData(clients, { employers: opts.employers, requests: opts.requests, today: opts.today, onProgress: opts.onProgress });
  const seconds: Record<string, number> = { employersUnitsRequests: queue.seconds.total };
  const rows: Record<string, number> = { employers: queue.employers, productionUnits: queue.units, requests: queue.requests };

  await client.query('SET session_replication_role = replica');
  const step = async (table: string, sql: string, params: unknown[] = []) => {
    const t = performance.now();
    const result = await client.query(sql, params);
    seconds[table] = (performance.now() - t) / 1000;
    rows[table] = (rows[table] ?? 0) + (result.rowCount ?? 0);
    opts.onProgress?.(table, result.rowCount ?? 0, result.rowCount ?? 0);
  };

  await step(
    'users',
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt")
     SELECT 'bench-usr-' || substr(e.id, 11), 'datore-' || substr(e.id, 11) || '@bench.fstn.localhost', 'Titolare ' || substr(e.id, 11), $1, 'EMPLOYER', now()
       FROM "Employer" e WHERE e.id LIKE 'bench-emp-%'`,
    [opts.passwordHash],
  );
  await step(
    'employerMembers',
    `INSERT INTO "EmployerMember" ("userId", "employerId") SELECT 'bench-usr-' || substr(e.id, 11), e.id FROM "Employer" e WHERE e.id LIKE 'bench-emp-%'`,
  );
  await step(
    'workers',
    `INSERT INTO "Worker" ("id", "employerId", "productionUnitId", "codiceFiscale", "firstName", "lastName", "category", "contractType",
                           "hireDate", "effectiveDaysAtUnit", "weeklyHours", "payBasis", "monthlyGlobalPay", "householdWithoutChildren", "updatedAt")
     SELECT 'bench-wrk-' || substr(u.id, 12) || '-' || k, u."employerId", u.id, upper(substr(md5(u.id || '-' || k), 1, 16)),
            (${sqlArray(FIRST_NAMES)})[1 + abs(hashtext(u.id || k || 'f')) % ${FIRST_NAMES.length}],
            (${sqlArray(LAST_NAMES)})[1 + abs(hashtext(u.id || k || 'l')) % ${LAST_NAMES.length}],
            (CASE WHEN abs(hashtext(u.id || k)) % 20 = 0 THEN 'APPRENTICE' WHEN abs(hashtext(u.id || k)) % 5 = 0 THEN 'IMPIEGATO' ELSE 'OPERAIO' END)::"WorkerCategory",
            (CASE WHEN abs(hashtext(u.id || k || 'c')) % 6 = 0 THEN 'FIXED_TERM' ELSE 'OPEN_ENDED' END)::"ContractType",
            DATE '2008-01-07' + (abs(hashtext(u.id || k || 'h')) % 6000),
            90 + abs(hashtext(u.id || k || 'd')) % 900,
            (CASE WHEN abs(hashtext(u.id || k || 'p')) % 4 = 0 THEN 20 ELSE 40 END),
            'MONTHLY', 1150 + abs(hashtext(u.id || k || 'm')) % 2400, abs(hashtext(u.id || k || 'n')) % 6 = 0, now()
       FROM "ProductionUnit" u CROSS JOIN LATERAL generate_series(1, ${WORKERS_OF('u.id')}) AS k
      WHERE u.id LIKE 'bench-unit-%'`,
  );
  // Seven months of headcounts (the size-class semester and the 75 % reference month).
  await step(
    'headcountMonths',
    `INSERT INTO "HeadcountMonth" ("id", "employerId", "productionUnitId", "month", "heads", "sizeUnits", "updatedAt")
     SELECT 'bench-hc-' || substr(u.id, 12) || '-' || m, u."employerId", u.id,
            (date_trunc('month', $1::date) - make_interval(months => m))::date, ${WORKERS_OF('u.id')}, ${WORKERS_OF('u.id')}, now()
       FROM "ProductionUnit" u CROSS JOIN generate_series(1, 7) AS m
      WHERE u.id LIKE 'bench-unit-%'`,
    [opts.today],
  );
  // The workers of each request: the first n workers of its unit, n from the request's id.
  await step(
    'requestWorkers',
    `INSERT INTO "RequestWorker" ("id", "requestId", "workerId", "hoursLost", "daysAffected", "eligible", "grossAmount", "netAmount", "hoursGranted")
     SELECT 'bench-rw-' || substr(r.id, 11) || '-' || k, r.id, 'bench-wrk-' || substr(r."productionUnitId", 12) || '-' || k,
            h, 0, abs(hashtext(r.id || k)) % 25 <> 0,
            CASE WHEN abs(hashtext(r.id || k)) % 25 <> 0 THEN round(h * 7.9, 2) ELSE 0 END,
            CASE WHEN abs(hashtext(r.id || k)) % 25 <> 0 THEN round(h * 7.44, 2) ELSE 0 END,
            CASE WHEN abs(hashtext(r.id || k)) % 25 <> 0 THEN h ELSE 0 END
       FROM "Request" r
       CROSS JOIN LATERAL generate_series(1, 1 + abs(hashtext(r.id)) % ${WORKERS_OF('r."productionUnitId"')}) AS k
       CROSS JOIN LATERAL (SELECT (8 + abs(hashtext(r.id || k || 'h')) % 33) * COALESCE(r."weeksRequested", 1) AS h) AS hours
      WHERE r.id LIKE 'bench-req-%' AND r.status NOT IN ('DRAFT', 'DISCARDED')`,
  );
  // The ledger: what the rolling windows count.
  await step(
    'windowEntries',
    `INSERT INTO "WindowEntry" ("id", "employerId", "productionUnitId", "requestId", "kind", "cause", "periodStart", "periodEnd", "weeks", "neutralised")
     SELECT 'bench-led-' || substr(r.id, 11), r."employerId", r."productionUnitId", r.id,
            (CASE WHEN r.status IN ('APPROVED', 'PARTIALLY_APPROVED') THEN 'AUTHORISED' ELSE 'RESERVED' END)::"WindowEntryKind",
            r.cause, r."periodStart",
            CASE WHEN r.status = 'PARTIALLY_APPROVED' THEN r."periodStart" + (r."weeksGranted" * 7)::int - 1 ELSE r."periodEnd" END,
            COALESCE(r."weeksGranted", r."weeksRequested"), r.cause = 'COVID19'
       FROM "Request" r
      WHERE r.id LIKE 'bench-req-%' AND r.status IN ('APPROVED', 'PARTIALLY_APPROVED', 'FILED', 'UNDER_REVIEW', 'INFO_REQUESTED')`,
  );
  await client.query('SET session_replication_role = origin');
  const ti = performance.now();
  await rebuildIndexes(clients, dropped);
  seconds.indexes = (performance.now() - ti) / 1000;
  const t = performance.now();
  await client.query('VACUUM ANALYZE');
  seconds.vacuumAnalyze = (performance.now() - t) / 1000;
  seconds.total = (performance.now() - started) / 1000;
  const total = Object.entries(rows).reduce((sum, [, n]) => sum + n, 0);
  return {
    rows,
    seconds: Object.fromEntries(Object.entries(seconds).map(([k, v]) => [k, Math.round(v * 10) / 10])),
    rowsPerSecond: Math.round(total / (seconds.total - seconds.vacuumAnalyze)),
    indexesRebuilt: dropped.length,
    queue,
  };
}
