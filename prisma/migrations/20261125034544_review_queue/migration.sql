-- DropIndex
DROP INDEX "Request_status_filedAt_idx";

-- DropIndex
DROP INDEX "Request_filedAt_idx";

-- DropIndex
DROP INDEX "Decision_requestId_idx";

-- DropIndex
DROP INDEX "AuditEvent_onBehalfOfEmployerId_at_idx";

-- DropIndex
DROP INDEX "AuditEvent_entityType_entityId_idx";

-- DropIndex
DROP INDEX "AuditEvent_at_idx";

-- AlterTable
ALTER TABLE "Request" ADD COLUMN     "comuneCode" TEXT,
ADD COLUMN     "conguaglioBy" DATE,
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "totalGrossGranted" DECIMAL(14,2);

-- AlterTable
ALTER TABLE "RequestWorker" ADD COLUMN     "grossGranted" DECIMAL(12,2),
ADD COLUMN     "netGranted" DECIMAL(12,2);

-- CreateTable
CREATE TABLE "RequestStatusTally" (
    "id" BIGSERIAL NOT NULL,
    "status" "RequestStatus" NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "RequestStatusTally_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RequestStatusTally_status_idx" ON "RequestStatusTally"("status");

-- CreateIndex
CREATE INDEX "Request_status_filedAt_id_idx" ON "Request"("status", "filedAt", "id");

-- CreateIndex
CREATE INDEX "Request_filedAt_id_idx" ON "Request"("filedAt", "id");

-- CreateIndex
CREATE INDEX "Request_comuneCode_filedAt_id_idx" ON "Request"("comuneCode", "filedAt", "id");

-- CreateIndex
CREATE INDEX "Request_periodEnd_id_idx" ON "Request"("periodEnd", "id");

-- CreateIndex
CREATE INDEX "Decision_requestId_decidedAt_idx" ON "Decision"("requestId", "decidedAt");

-- CreateIndex
CREATE INDEX "Decision_resolutionId_idx" ON "Decision"("resolutionId");

-- CreateIndex
CREATE INDEX "AuditEvent_onBehalfOfEmployerId_at_id_idx" ON "AuditEvent"("onBehalfOfEmployerId", "at", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_id_idx" ON "AuditEvent"("entityType", "entityId", "at", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_at_id_idx" ON "AuditEvent"("actorUserId", "at", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_id_idx" ON "AuditEvent"("action", "at", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_at_id_idx" ON "AuditEvent"("at", "id");

-- HAND-WRITTEN: review queue at the scale of a million requests (docs/performance.md)
-- (1) The comune of the request's production unit is copied onto the request, so that the
-- queue can filter by municipality and page in submission order on one index instead of
-- joining every production unit of a comune. A trigger keeps the copy exact whoever writes the
-- request (the filing transaction, seeds, the benchmark generator).
CREATE FUNCTION "request_copy_comune"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- A new request without a comune, or a request moved to another unit, takes the unit's comune.
  IF TG_OP = 'INSERT' AND NEW."comuneCode" IS NOT NULL THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW."productionUnitId" IS NOT DISTINCT FROM OLD."productionUnitId" THEN
    RETURN NEW;
  END IF;
  IF NEW."productionUnitId" IS NULL THEN
    NEW."comuneCode" := NULL;
  ELSE
    SELECT "comuneCode" INTO NEW."comuneCode" FROM "ProductionUnit" WHERE "id" = NEW."productionUnitId";
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Request_copy_comune"
  BEFORE INSERT OR UPDATE OF "productionUnitId" ON "Request"
  FOR EACH ROW EXECUTE FUNCTION "request_copy_comune"();

CREATE FUNCTION "production_unit_comune_to_requests"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Request" SET "comuneCode" = NEW."comuneCode" WHERE "productionUnitId" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ProductionUnit_comune_to_requests"
  AFTER UPDATE OF "comuneCode" ON "ProductionUnit"
  FOR EACH ROW WHEN (OLD."comuneCode" IS DISTINCT FROM NEW."comuneCode")
  EXECUTE FUNCTION "production_unit_comune_to_requests"();

UPDATE "Request" r SET "comuneCode" = u."comuneCode" FROM "ProductionUnit" u WHERE u."id" = r."productionUnitId";

-- (2) Counts per status without a scan: every insert, status change and delete of a request
-- appends a +1/-1 delta. Appending never updates a shared row, so concurrent (SERIALIZABLE)
-- filings do not conflict on a counter. Readers sum the deltas; request_status_tally_compact()
-- folds them into one row per status (exact under concurrency: a DELETE only removes rows its
-- snapshot sees, and re-inserts their sum in the same statement).
CREATE FUNCTION "request_status_tally"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "RequestStatusTally" ("status", "delta") VALUES (OLD."status", -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "RequestStatusTally" ("status", "delta") VALUES (NEW."status", 1);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Request_status_tally_insert_delete"
  AFTER INSERT OR DELETE ON "Request"
  FOR EACH ROW EXECUTE FUNCTION "request_status_tally"();

CREATE TRIGGER "Request_status_tally_update"
  AFTER UPDATE OF "status" ON "Request"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status")
  EXECUTE FUNCTION "request_status_tally"();

CREATE FUNCTION "request_status_tally_truncate"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "RequestStatusTally";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Request_status_tally_truncate"
  AFTER TRUNCATE ON "Request"
  FOR EACH STATEMENT EXECUTE FUNCTION "request_status_tally_truncate"();

CREATE FUNCTION "request_status_tally_compact"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- One compaction at a time; a caller that finds it running simply skips.
  IF NOT pg_try_advisory_xact_lock(hashtext('RequestStatusTally.compact')) THEN
    RETURN;
  END IF;
  WITH moved AS (DELETE FROM "RequestStatusTally" RETURNING "status", "delta")
  INSERT INTO "RequestStatusTally" ("status", "delta")
  SELECT "status", SUM("delta")::integer FROM moved GROUP BY "status";
END;
$$;

INSERT INTO "RequestStatusTally" ("status", "delta") SELECT "status", COUNT(*)::integer FROM "Request" GROUP BY "status";

-- (3) The pending queue (filed, under review, waiting for the employer) is what staff page
-- through all day: partial indexes hold only those rows, in submission order, in order of the
-- period's end ("deadline at risk") and by comune. Queries must repeat the predicate literally.
CREATE INDEX "Request_pending_filedAt_id_idx" ON "Request" ("filedAt", "id")
  WHERE "status" IN ('FILED', 'UNDER_REVIEW', 'INFO_REQUESTED');
CREATE INDEX "Request_pending_periodEnd_id_idx" ON "Request" ("periodEnd", "id")
  WHERE "status" IN ('FILED', 'UNDER_REVIEW', 'INFO_REQUESTED');
CREATE INDEX "Request_pending_comuneCode_filedAt_id_idx" ON "Request" ("comuneCode", "filedAt", "id")
  WHERE "status" IN ('FILED', 'UNDER_REVIEW', 'INFO_REQUESTED');

-- (4) Granted amounts are never negative, and a worker is never granted more hours than requested.
ALTER TABLE "Request"
  ADD CONSTRAINT "Request_totalGrossGranted_non_negative" CHECK ("totalGrossGranted" >= 0);
ALTER TABLE "RequestWorker"
  ADD CONSTRAINT "RequestWorker_grossGranted_non_negative" CHECK ("grossGranted" >= 0),
  ADD CONSTRAINT "RequestWorker_netGranted_non_negative" CHECK ("netGranted" >= 0),
  ADD CONSTRAINT "RequestWorker_hoursGranted_not_above_hoursLost" CHECK ("hoursGranted" <= "hoursLost");
-- END HAND-WRITTEN
