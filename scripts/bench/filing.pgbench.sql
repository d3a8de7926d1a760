-- The filing transaction of lib/server/data/filing-core.ts (fileRequestAs) as a pgbench script:
-- the same locks, reads and writes, in the same order, each done once, with nothing computed in
-- between (no rules evaluation, no ORM). The two reading statements are the app's own text
-- (FILING_LOCK_SQL's locks and keys, FILING_READ_SQL): scripts/bench/filing.ts refuses to run when
-- they differ. It runs the script with
--   pgbench -n -M extended -c N -j 2 -t F/N -f filing.pgbench.sql \
--     -D actor=<user id> -D year=<YYYY> -D rules_version=<x.y.z> -D resolution_keys=<{…} of the register's keys> \
--     -D snapshot=<JSON of a real filing>
-- on the database the app's filers just used, next to them in the same run. -M extended sends
-- every value as a bind parameter, like the app's driver (pg through @prisma/adapter-pg); the
-- snapshot is the JSON document a real filing of the same shape stored (about 23 kB).
-- Six statements, like the app: BEGIN, locks (with the pre-check), re-read with the facts, the
-- request's writes, the numbering, COMMIT.

BEGIN;
-- The transaction's first statement (lib/server/data/filing-core.ts FILING_LOCK_SQL): the request as
-- it is (the pre-check) and the advisory locks of the request and of its production unit, keys
-- computed by PostgreSQL (advisoryKeySql), taken in ascending order; here the request comes from the
-- pool of the run (bench_filing_pool numbers the drafts; each execution takes the next one) and the
-- pool's values are kept for the statements below (pgbench's gset; the request's columns renamed so that
-- they do not overwrite the -D variables).
SELECT CASE WHEN pg_advisory_xact_lock(LEAST(k."requestKey", k."unitKey"))::text = '' THEN CASE WHEN pg_advisory_xact_lock(GREATEST(k."requestKey", k."unitKey"))::text = '' THEN current_setting('transaction_isolation') END END AS "isolation",
       k."id" AS id0, k."status" AS status0, k."protocolNumber" AS pn0, k."idempotencyKey" AS ik0, k."weeksRequested" AS wr0, k."weeksGranted" AS wg0,
       k."snapshot" AS snap0, k."productionUnitId" AS pu0, k.req, k.emp, k.unit, k.worker_ids, k.idem, k.ps, k.pe
  FROM (SELECT r."id", r."status"::text AS "status", r."protocolNumber", r."idempotencyKey", trim_scale(r."weeksRequested")::text AS "weeksRequested",
       trim_scale(r."weeksGranted")::text AS "weeksGranted", r."snapshot", r."productionUnitId", ('x' || left(encode(sha256(convert_to('request', 'UTF8') || '\x00'::bytea || convert_to(r."id", 'UTF8')), 'hex'), 16))::bit(64)::bigint AS "requestKey", ('x' || left(encode(sha256(convert_to('production-unit', 'UTF8') || '\x00'::bytea || convert_to(r."productionUnitId", 'UTF8')), 'hex'), 16))::bit(64)::bigint AS "unitKey",
               p.request_id AS req, p.employer_id AS emp, p.unit_id AS unit, p.worker_ids, p.idem, p.period_start AS ps, p.period_end AS pe
          FROM bench_filing_pool p JOIN "Request" r ON r."id" = p.request_id AND r."employerId" = p.employer_id
         WHERE p.n = (SELECT nextval('bench_filing_seq'))) AS k
\gset
-- Under the locks, one statement: the request again with its draft, the employer's facts and the
-- draft's workers (FILING_READ_SQL with scenario.ts factsJson, copied with $1 = :emp,
-- $2 = :resolution_keys, $3 = :req; scripts/bench/filing.ts refuses to run if the two differ).
SELECT r."id", r."status"::text AS "status", r."protocolNumber", r."idempotencyKey", trim_scale(r."weeksRequested")::text AS "weeksRequested",
       trim_scale(r."weeksGranted")::text AS "weeksGranted", r."snapshot", r."productionUnitId", r."draft", json_build_object(
  'employer', (SELECT json_build_object('inCigoScope', e."inCigoScope", 'inCigsScope', e."inCigsScope", 'bilateralFund', e."bilateralFund",
                 'optInDate', to_char(e."optInDate", 'YYYY-MM-DD'), 'exitDate', to_char(e."exitDate", 'YYYY-MM-DD'),
                 'activityStartDate', to_char(e."activityStartDate", 'YYYY-MM-DD'))
                 FROM "Employer" e WHERE e."id" = :emp),
  'units', (SELECT COALESCE(json_agg(json_build_object('id', u."id", 'name', u."name", 'comuneName', u."comuneName", 'comuneCode', u."comuneCode",
                 'provinceCode', u."provinceCode") ORDER BY u."createdAt", u."id"), '[]')
              FROM "ProductionUnit" u WHERE u."employerId" = :emp AND u."isActive"),
  'headcounts', (SELECT COALESCE(json_agg(json_build_object('productionUnitId', h."productionUnitId", 'month', to_char(h."month", 'YYYY-MM'),
                 'heads', h."heads", 'sizeUnits', trim_scale(h."sizeUnits")::text) ORDER BY h."month", h."productionUnitId"), '[]')
              FROM "HeadcountMonth" h JOIN "ProductionUnit" u ON u."id" = h."productionUnitId" WHERE h."employerId" = :emp AND u."isActive"),
  'ledger', (SELECT COALESCE(json_agg(json_build_object('id', w."id", 'productionUnitId', w."productionUnitId", 'requestId', w."requestId",
                 'kind', w."kind", 'cause', w."cause", 'periodStart', to_char(w."periodStart", 'YYYY-MM-DD'),
                 'periodEnd', to_char(w."periodEnd", 'YYYY-MM-DD'), 'weeks', trim_scale(w."weeks")::text, 'neutralised', w."neutralised")
                 ORDER BY w."periodStart", w."id"), '[]')
              FROM "WindowEntry" w WHERE w."employerId" = :emp AND w."releasedAt" IS NULL),
  'resolutions', (SELECT COALESCE(json_agg(json_build_object('number', r."number", 'date', to_char(r."date", 'YYYY-MM-DD'), 'parameterKey', r."parameterKey",
                 'parameterValue', r."parameterValue", 'effectiveFrom', to_char(r."effectiveFrom", 'YYYY-MM-DD')) ORDER BY r."date", r."number"), '[]')
              FROM "CommitteeResolution" r WHERE r."parameterKey" = ANY (:resolution_keys::text[])),
  'workers', (SELECT COALESCE(json_agg(json_build_object('id', w."id", 'productionUnitId', w."productionUnitId", 'category', w."category",
                 'contractType', w."contractType", 'apprenticeType', w."apprenticeType", 'hireDate', to_char(w."hireDate", 'YYYY-MM-DD'),
                 'effectiveDaysAtUnit', w."effectiveDaysAtUnit", 'weeklyHours', trim_scale(w."weeklyHours")::text, 'payBasis', w."payBasis",
                 'monthlyGlobalPay', round(w."monthlyGlobalPay", 2)::text, 'hourlyGlobalPay', trim_scale(w."hourlyGlobalPay")::text,
                 'householdWithoutChildren', w."householdWithoutChildren")), '[]')
              FROM "Worker" w WHERE w."employerId" = :emp AND w."id" = ANY (ARRAY(SELECT l ->> 'workerId' FROM jsonb_array_elements(CASE jsonb_typeof(r."draft" -> 'workers' -> 'lines') WHEN 'array' THEN r."draft" -> 'workers' -> 'lines' ELSE '[]' END) AS l))),
  'workerIds', to_json(ARRAY(SELECT l ->> 'workerId' FROM jsonb_array_elements(CASE jsonb_typeof(r."draft" -> 'workers' -> 'lines') WHEN 'array' THEN r."draft" -> 'workers' -> 'lines' ELSE '[]' END) AS l))
) AS "facts"
  FROM "Request" r WHERE r."id" = :req AND r."employerId" = :emp;
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
