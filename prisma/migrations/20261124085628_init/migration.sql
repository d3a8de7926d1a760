-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EMPLOYER', 'CONSULTANT', 'STAFF', 'ADMIN');

-- CreateEnum
CREATE TYPE "EmployerMemberRole" AS ENUM ('OWNER', 'MEMBER');

-- CreateEnum
CREATE TYPE "BilateralFundCover" AS ENUM ('NONE', 'BILATERAL_ART26', 'ALTERNATIVE_ART27');

-- CreateEnum
CREATE TYPE "WorkerCategory" AS ENUM ('OPERAIO', 'IMPIEGATO', 'QUADRO', 'DIRIGENTE', 'APPRENTICE', 'HOME_WORKER');

-- CreateEnum
CREATE TYPE "ContractType" AS ENUM ('OPEN_ENDED', 'FIXED_TERM', 'SEASONAL', 'INTERMITTENT');

-- CreateEnum
CREATE TYPE "ApprenticeType" AS ENUM ('TYPE1_QUALIFICATION', 'TYPE2_PROFESSIONALISING', 'TYPE3_HIGHER_EDUCATION');

-- CreateEnum
CREATE TYPE "PayBasis" AS ENUM ('MONTHLY', 'HOURLY');

-- CreateEnum
CREATE TYPE "DelegationStatus" AS ENUM ('PENDING', 'ACTIVE', 'REVOKED');

-- CreateEnum
CREATE TYPE "BenefitType" AS ENUM ('AIS', 'NASPI_TOP_UP', 'ESODO', 'STAFFETTA', 'TRAINING');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('DRAFT', 'DISCARDED', 'FILED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Cause" AS ENUM ('ORDINARY_TRANSITORY_EVENT', 'ORDINARY_MARKET', 'ORDINARY_BAD_WEATHER', 'CRISIS', 'REORGANISATION', 'SOLIDARITY_CONTRACT', 'COVID19');

-- CreateEnum
CREATE TYPE "ReductionType" AS ENUM ('SUSPENSION', 'REDUCTION');

-- CreateEnum
CREATE TYPE "PaymentMode" AS ENUM ('CONGUAGLIO', 'DIRECT');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('APPROVE', 'APPROVE_PARTIAL', 'REJECT', 'REQUEST_INFO', 'AUTHORISE_DIRECT_PAYMENT');

-- CreateEnum
CREATE TYPE "WindowEntryKind" AS ENUM ('HISTORY', 'RESERVED', 'AUTHORISED', 'USED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'it',
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployerMember" (
    "userId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "role" "EmployerMemberRole" NOT NULL DEFAULT 'OWNER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmployerMember_pkey" PRIMARY KEY ("userId","employerId")
);

-- CreateTable
CREATE TABLE "Employer" (
    "id" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "codiceFiscale" TEXT NOT NULL,
    "partitaIva" TEXT,
    "matricolaInps" TEXT,
    "atecoCode" TEXT,
    "sectorDescription" TEXT,
    "inCigoScope" BOOLEAN NOT NULL DEFAULT false,
    "inCigsScope" BOOLEAN NOT NULL DEFAULT false,
    "bilateralFund" "BilateralFundCover" NOT NULL DEFAULT 'NONE',
    "optInDate" DATE,
    "exitDate" DATE,
    "activityStartDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Employer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductionUnit" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "comuneCode" TEXT NOT NULL,
    "comuneName" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductionUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HeadcountMonth" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "productionUnitId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "heads" INTEGER NOT NULL,
    "sizeUnits" DECIMAL(10,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HeadcountMonth_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Worker" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "productionUnitId" TEXT NOT NULL,
    "codiceFiscale" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "category" "WorkerCategory" NOT NULL,
    "contractType" "ContractType" NOT NULL DEFAULT 'OPEN_ENDED',
    "apprenticeType" "ApprenticeType",
    "hireDate" DATE NOT NULL,
    "endDate" DATE,
    "effectiveDaysAtUnit" INTEGER NOT NULL DEFAULT 0,
    "weeklyHours" DECIMAL(5,2) NOT NULL,
    "payBasis" "PayBasis" NOT NULL DEFAULT 'MONTHLY',
    "monthlyGlobalPay" DECIMAL(12,2),
    "hourlyGlobalPay" DECIMAL(12,4),
    "householdWithoutChildren" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Worker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "consultantId" TEXT,
    "inviteEmail" TEXT,
    "inviteCode" TEXT,
    "status" "DelegationStatus" NOT NULL DEFAULT 'PENDING',
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Request" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "productionUnitId" TEXT,
    "benefitType" "BenefitType" NOT NULL DEFAULT 'AIS',
    "status" "RequestStatus" NOT NULL DEFAULT 'DRAFT',
    "cause" "Cause",
    "reductionType" "ReductionType",
    "periodStart" DATE,
    "periodEnd" DATE,
    "paymentMode" "PaymentMode" NOT NULL DEFAULT 'CONGUAGLIO',
    "draft" JSONB NOT NULL DEFAULT '{}',
    "protocolNumber" TEXT,
    "idempotencyKey" TEXT,
    "filedAt" TIMESTAMP(3),
    "snapshot" JSONB,
    "rulesVersion" TEXT,
    "sizeClass" TEXT,
    "weeksRequested" DECIMAL(8,2),
    "weeksGranted" DECIMAL(8,2),
    "totalGross" DECIMAL(14,2),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestWorker" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "workerId" TEXT,
    "hoursLost" DECIMAL(8,2) NOT NULL,
    "daysAffected" INTEGER NOT NULL DEFAULT 0,
    "eligible" BOOLEAN NOT NULL DEFAULT true,
    "grossAmount" DECIMAL(12,2),
    "netAmount" DECIMAL(12,2),
    "hoursGranted" DECIMAL(8,2),

    CONSTRAINT "RequestWorker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestStatusChange" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "fromStatus" "RequestStatus",
    "toStatus" "RequestStatus" NOT NULL,
    "byUserId" TEXT NOT NULL,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "resolutionId" TEXT,
    "reasonCodes" TEXT[],
    "weeksGranted" DECIMAL(8,2),
    "grantedStart" DATE,
    "grantedEnd" DATE,
    "note" TEXT,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestMessage" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WindowEntry" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "productionUnitId" TEXT NOT NULL,
    "requestId" TEXT,
    "kind" "WindowEntryKind" NOT NULL,
    "cause" "Cause" NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "weeks" DECIMAL(8,2) NOT NULL,
    "neutralised" BOOLEAN NOT NULL DEFAULT false,
    "releasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WindowEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeResolution" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "subject" TEXT NOT NULL,
    "parameterKey" TEXT,
    "parameterValue" JSONB,
    "effectiveFrom" DATE,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitteeResolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "onBehalfOfEmployerId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProtocolCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProtocolCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "EmployerMember_employerId_idx" ON "EmployerMember"("employerId");

-- CreateIndex
CREATE UNIQUE INDEX "Employer_codiceFiscale_key" ON "Employer"("codiceFiscale");

-- CreateIndex
CREATE INDEX "Employer_legalName_idx" ON "Employer"("legalName");

-- CreateIndex
CREATE INDEX "ProductionUnit_employerId_idx" ON "ProductionUnit"("employerId");

-- CreateIndex
CREATE INDEX "HeadcountMonth_employerId_month_idx" ON "HeadcountMonth"("employerId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "HeadcountMonth_productionUnitId_month_key" ON "HeadcountMonth"("productionUnitId", "month");

-- CreateIndex
CREATE INDEX "Worker_productionUnitId_idx" ON "Worker"("productionUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "Worker_employerId_codiceFiscale_key" ON "Worker"("employerId", "codiceFiscale");

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_inviteCode_key" ON "Delegation"("inviteCode");

-- CreateIndex
CREATE INDEX "Delegation_consultantId_status_idx" ON "Delegation"("consultantId", "status");

-- CreateIndex
CREATE INDEX "Delegation_employerId_status_idx" ON "Delegation"("employerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Request_protocolNumber_key" ON "Request"("protocolNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Request_idempotencyKey_key" ON "Request"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Request_employerId_status_idx" ON "Request"("employerId", "status");

-- CreateIndex
CREATE INDEX "Request_status_filedAt_idx" ON "Request"("status", "filedAt");

-- CreateIndex
CREATE INDEX "Request_filedAt_idx" ON "Request"("filedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RequestWorker_requestId_workerId_key" ON "RequestWorker"("requestId", "workerId");

-- CreateIndex
CREATE INDEX "RequestStatusChange_requestId_at_idx" ON "RequestStatusChange"("requestId", "at");

-- CreateIndex
CREATE INDEX "Decision_requestId_idx" ON "Decision"("requestId");

-- CreateIndex
CREATE INDEX "RequestMessage_requestId_createdAt_idx" ON "RequestMessage"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "WindowEntry_productionUnitId_periodEnd_idx" ON "WindowEntry"("productionUnitId", "periodEnd");

-- CreateIndex
CREATE INDEX "WindowEntry_employerId_releasedAt_idx" ON "WindowEntry"("employerId", "releasedAt");

-- CreateIndex
CREATE INDEX "WindowEntry_requestId_idx" ON "WindowEntry"("requestId");

-- CreateIndex
CREATE INDEX "Attachment_requestId_idx" ON "Attachment"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeResolution_number_key" ON "CommitteeResolution"("number");

-- CreateIndex
CREATE INDEX "CommitteeResolution_parameterKey_effectiveFrom_idx" ON "CommitteeResolution"("parameterKey", "effectiveFrom");

-- CreateIndex
CREATE INDEX "AuditEvent_onBehalfOfEmployerId_at_idx" ON "AuditEvent"("onBehalfOfEmployerId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "RateLimitBucket_expiresAt_idx" ON "RateLimitBucket"("expiresAt");

-- AddForeignKey
ALTER TABLE "EmployerMember" ADD CONSTRAINT "EmployerMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerMember" ADD CONSTRAINT "EmployerMember_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionUnit" ADD CONSTRAINT "ProductionUnit_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HeadcountMonth" ADD CONSTRAINT "HeadcountMonth_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HeadcountMonth" ADD CONSTRAINT "HeadcountMonth_productionUnitId_fkey" FOREIGN KEY ("productionUnitId") REFERENCES "ProductionUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Worker" ADD CONSTRAINT "Worker_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Worker" ADD CONSTRAINT "Worker_productionUnitId_fkey" FOREIGN KEY ("productionUnitId") REFERENCES "ProductionUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_consultantId_fkey" FOREIGN KEY ("consultantId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_productionUnitId_fkey" FOREIGN KEY ("productionUnitId") REFERENCES "ProductionUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestWorker" ADD CONSTRAINT "RequestWorker_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestWorker" ADD CONSTRAINT "RequestWorker_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestStatusChange" ADD CONSTRAINT "RequestStatusChange_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestStatusChange" ADD CONSTRAINT "RequestStatusChange_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "CommitteeResolution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestMessage" ADD CONSTRAINT "RequestMessage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestMessage" ADD CONSTRAINT "RequestMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WindowEntry" ADD CONSTRAINT "WindowEntry_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WindowEntry" ADD CONSTRAINT "WindowEntry_productionUnitId_fkey" FOREIGN KEY ("productionUnitId") REFERENCES "ProductionUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WindowEntry" ADD CONSTRAINT "WindowEntry_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeResolution" ADD CONSTRAINT "CommitteeResolution_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- HAND-WRITTEN: AuditEvent is append-only (design.md, "Data")
-- Prisma cannot express triggers. UPDATE, DELETE and TRUNCATE are refused for every role,
-- including the application's own: corrections are new events, never edits.
CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'P0001', HINT = 'Record a new audit event instead of changing or removing one.';
END;
$$;

CREATE TRIGGER "AuditEvent_refuse_update_delete"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();

CREATE TRIGGER "AuditEvent_refuse_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
-- END HAND-WRITTEN

-- HAND-WRITTEN: quantities are never negative and periods never end before they start
-- Prisma cannot express CHECK constraints. Weeks, hours, days, heads and money amounts are
-- non-negative by law and by construction; a negative value is a bug that must not reach the
-- windows ledger (digest §D-6). Headcount months are stored as their first day (schema comment).
ALTER TABLE "HeadcountMonth"
  ADD CONSTRAINT "HeadcountMonth_heads_non_negative" CHECK ("heads" >= 0),
  ADD CONSTRAINT "HeadcountMonth_sizeUnits_non_negative" CHECK ("sizeUnits" >= 0),
  ADD CONSTRAINT "HeadcountMonth_month_is_first_day" CHECK (EXTRACT(DAY FROM "month") = 1);

ALTER TABLE "Worker"
  ADD CONSTRAINT "Worker_effectiveDaysAtUnit_non_negative" CHECK ("effectiveDaysAtUnit" >= 0),
  ADD CONSTRAINT "Worker_weeklyHours_non_negative" CHECK ("weeklyHours" >= 0),
  ADD CONSTRAINT "Worker_monthlyGlobalPay_non_negative" CHECK ("monthlyGlobalPay" >= 0),
  ADD CONSTRAINT "Worker_hourlyGlobalPay_non_negative" CHECK ("hourlyGlobalPay" >= 0),
  ADD CONSTRAINT "Worker_endDate_not_before_hireDate" CHECK ("endDate" >= "hireDate");

ALTER TABLE "Delegation"
  ADD CONSTRAINT "Delegation_endsOn_not_before_startsOn" CHECK ("endsOn" >= "startsOn");

ALTER TABLE "Request"
  ADD CONSTRAINT "Request_periodEnd_not_before_periodStart" CHECK ("periodEnd" >= "periodStart"),
  ADD CONSTRAINT "Request_weeksRequested_non_negative" CHECK ("weeksRequested" >= 0),
  ADD CONSTRAINT "Request_weeksGranted_non_negative" CHECK ("weeksGranted" >= 0),
  ADD CONSTRAINT "Request_totalGross_non_negative" CHECK ("totalGross" >= 0),
  ADD CONSTRAINT "Request_version_non_negative" CHECK ("version" >= 0);

ALTER TABLE "RequestWorker"
  ADD CONSTRAINT "RequestWorker_hoursLost_non_negative" CHECK ("hoursLost" >= 0),
  ADD CONSTRAINT "RequestWorker_daysAffected_non_negative" CHECK ("daysAffected" >= 0),
  ADD CONSTRAINT "RequestWorker_grossAmount_non_negative" CHECK ("grossAmount" >= 0),
  ADD CONSTRAINT "RequestWorker_netAmount_non_negative" CHECK ("netAmount" >= 0),
  ADD CONSTRAINT "RequestWorker_hoursGranted_non_negative" CHECK ("hoursGranted" >= 0);

ALTER TABLE "Decision"
  ADD CONSTRAINT "Decision_weeksGranted_non_negative" CHECK ("weeksGranted" >= 0),
  ADD CONSTRAINT "Decision_grantedEnd_not_before_grantedStart" CHECK ("grantedEnd" >= "grantedStart");

ALTER TABLE "WindowEntry"
  ADD CONSTRAINT "WindowEntry_weeks_non_negative" CHECK ("weeks" >= 0),
  ADD CONSTRAINT "WindowEntry_periodEnd_not_before_periodStart" CHECK ("periodEnd" >= "periodStart");

ALTER TABLE "Attachment"
  ADD CONSTRAINT "Attachment_sizeBytes_non_negative" CHECK ("sizeBytes" >= 0);

ALTER TABLE "ProtocolCounter"
  ADD CONSTRAINT "ProtocolCounter_last_non_negative" CHECK ("last" >= 0);

ALTER TABLE "RateLimitBucket"
  ADD CONSTRAINT "RateLimitBucket_count_non_negative" CHECK ("count" >= 0);
-- END HAND-WRITTEN
