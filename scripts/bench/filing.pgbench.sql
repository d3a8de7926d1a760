-- The filing transaction of lib/server/data/filing-core.ts (fileRequestAs) as a pgbench script:
-- the same locks, reads and writes, in the same order, each done once, with nothing computed in
-- between (no rules evaluation, no ORM). scripts/bench/filing.ts runs it with
--   pgbench -n -M extended -c N -j 2 -t F/N -f filing.pgbench.sql \
--     -D actor=<user id> -D year=<YYYY> -D rules_version=<x.y.z> -D snapshot=<JSON of a real filing>
-- on the database the app's filers just used, next to them in the same run. -M extended sends
-- every value as a bind parameter, like the app's driver (pg through @prisma/adapter-pg); the
-- snapshot is the JSON document a real filing of the same shape stored (about 23 kB).
-- bench_filing_pool numbers the drafts of the run; each execution takes the next one.

-- Outside the transaction: read the draft (the app's pre-check), here with the pool lookup.
SELECT p.request_id AS req, p.employer_id AS emp, p.unit_id AS unit, p.k1, p.k2, p.worker_ids, p.idem,
       p.period_start AS ps, p.period_end AS pe,
       r.status::text AS status0, r."protocolNumber" AS pn0, r."idempotencyKey" AS ik0, r."weeksRequested" AS wr0,
       r."weeksGranted" AS wg0, r.snapshot AS snap0, r."productionUnitId" AS pu0, r.draft AS draft0
  FROM bench_filing_pool p JOIN "Request" r ON r.id = p.request_id AND r."employerId" = p.employer_id
 WHERE p.n = (SELECT nextval('bench_filing_seq'))
\gset
BEGIN;
-- The request's lock and the production unit's ledger lock, in key order.
SELECT pg_advisory_xact_lock(:k1);
SELECT pg_advisory_xact_lock(:k2);
-- Re-read the draft under the locks.
SELECT id, status::text, "protocolNumber", "idempotencyKey", "weeksRequested", "weeksGranted", snapshot, "productionUnitId", draft
  FROM "Request" WHERE id = :req AND "employerId" = :emp;
-- The employer's facts for the rules (lib/server/data/scenario.ts loadEmployerFactsMany, loadWorkerFacts).
SELECT id, number, date, "parameterKey", "parameterValue", "effectiveFrom" FROM "CommitteeResolution"
 WHERE "parameterKey" IN ('ORDINARY_RATE_C1_REDUCED', 'NASPI_TOP_UP_MONTHLY_AMOUNT', 'NASPI_TOP_UP_MONTHS', 'ESODO_MONTHLY_AMOUNT')
 ORDER BY date, number;
SELECT id, "inCigoScope", "inCigsScope", "bilateralFund"::text, "optInDate", "exitDate", "activityStartDate" FROM "Employer" WHERE id = :emp;
SELECT id, name, "comuneName", "comuneCode", "provinceCode", "employerId" FROM "ProductionUnit"
 WHERE "isActive" AND "employerId" = :emp ORDER BY "createdAt", id;
SELECT h.id, h."employerId", h."productionUnitId", h.month, h.heads, h."sizeUnits"
  FROM "HeadcountMonth" h JOIN "ProductionUnit" u ON u.id = h."productionUnitId"
 WHERE h."employerId" = :emp AND u."isActive" ORDER BY h.month, h."productionUnitId";
SELECT id, "employerId", "productionUnitId", "requestId", kind::text, cause::text, "periodStart", "periodEnd", weeks, neutralised
  FROM "WindowEntry" WHERE "employerId" = :emp AND "releasedAt" IS NULL ORDER BY "periodStart", id;
SELECT id, "productionUnitId", category::text, "contractType"::text, "apprenticeType"::text, "hireDate", "effectiveDaysAtUnit",
       "weeklyHours", "payBasis"::text, "monthlyGlobalPay", "hourlyGlobalPay", "householdWithoutChildren"
  FROM "Worker" WHERE "employerId" = :emp AND id = ANY (:worker_ids::text[]);
-- The request, its worker lines and its reservation: one statement.
WITH request AS (
  UPDATE "Request"
     SET status = 'FILED', "idempotencyKey" = :idem, "filedAt" = now(), snapshot = :snapshot::jsonb, "rulesVersion" = :rules_version,
         "sizeClass" = 'C1', "weeksRequested" = 2, "weeksGranted" = 2, "totalGross" = 3050.75, version = version + 1, "updatedAt" = now()
   WHERE id = :req
  RETURNING "weeksRequested"::text, "weeksGranted"::text
), lines AS (
  INSERT INTO "RequestWorker" (id, "requestId", "workerId", "hoursLost", "daysAffected", eligible, "grossAmount", "netAmount", "hoursGranted")
  SELECT gen_random_uuid()::text, :req, w, 80, 0, true, 610.15, 574.53, 72 FROM unnest(:worker_ids::text[]) AS w
), reservation AS (
  INSERT INTO "WindowEntry" (id, "employerId", "productionUnitId", "requestId", kind, cause, "periodStart", "periodEnd", weeks, neutralised, "createdAt")
  VALUES (gen_random_uuid()::text, :emp, :unit, :req, 'RESERVED', 'ORDINARY_MARKET', :ps::date, :pe::date, 2, false, now())
)
SELECT * FROM request;
-- Last: the protocol number (one counter row per year: every filing waits for it until COMMIT, so
-- whatever needs the number is written by this one statement), the status history, the audit.
WITH counter AS (
  INSERT INTO "ProtocolCounter" (year, last) VALUES (:year::int, 1)
  ON CONFLICT (year) DO UPDATE SET last = "ProtocolCounter".last + 1
  RETURNING last
), numbered AS (
  SELECT 'FSTN-' || :year::text || '-' || lpad(last::text, GREATEST(6, length(last::text)), '0') AS pn FROM counter
), request AS (
  UPDATE "Request" SET "protocolNumber" = numbered.pn FROM numbered WHERE "Request".id = :req RETURNING "Request".id
), history AS (
  INSERT INTO "RequestStatusChange" (id, "requestId", "fromStatus", "toStatus", "byUserId", note, at)
  SELECT gen_random_uuid()::text, :req, 'DRAFT'::"RequestStatus", 'FILED'::"RequestStatus", :actor, pn, now() FROM numbered
), audit AS (
  INSERT INTO "AuditEvent" (at, "actorUserId", "onBehalfOfEmployerId", action, "entityType", "entityId", before, after)
  SELECT now(), :actor, :emp, 'request.file', 'Request', :req, jsonb_build_object('status', 'DRAFT'),
         jsonb_build_object('status', 'FILED', 'protocolNumber', pn, 'rulesVersion', :rules_version::text, 'weeksRequested', '2',
                            'weeksGranted', '2', 'viaDelegation', NULL,
                            'reserved', jsonb_build_object('productionUnitId', :unit::text, 'start', :ps::text, 'end', :pe::text, 'weeks', '2'))
    FROM numbered
)
SELECT pn FROM numbered;
COMMIT;
