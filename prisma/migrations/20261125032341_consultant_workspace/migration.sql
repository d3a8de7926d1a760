-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('FILING_WINDOW_CLOSING', 'UNION_PROCEDURE_END', 'CONGUAGLIO_DEADLINE');

-- CreateEnum
CREATE TYPE "ReminderStatus" AS ENUM ('SCHEDULED', 'QUEUED', 'SENT', 'MUTED', 'CANCELLED', 'FAILED');

-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('WORKERS', 'HEADCOUNTS');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PREVIEW', 'COMMITTED', 'DISCARDED');

-- AlterTable
ALTER TABLE "Delegation" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "inviteExpiresAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "requestId" TEXT,
    "kind" "ReminderKind" NOT NULL,
    "deadlineKey" TEXT NOT NULL,
    "sendOn" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "status" "ReminderStatus" NOT NULL DEFAULT 'SCHEDULED',
    "queuedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "mutedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderPreference" (
    "userId" TEXT NOT NULL,
    "mutedAll" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "rows" JSONB,
    "status" "ImportStatus" NOT NULL DEFAULT 'PREVIEW',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "committedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Reminder_status_sendOn_idx" ON "Reminder"("status", "sendOn");

-- CreateIndex
CREATE INDEX "Reminder_userId_deadline_idx" ON "Reminder"("userId", "deadline");

-- CreateIndex
CREATE INDEX "Reminder_employerId_idx" ON "Reminder"("employerId");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_userId_deadlineKey_key" ON "Reminder"("userId", "deadlineKey");

-- CreateIndex
CREATE INDEX "ImportBatch_employerId_createdAt_idx" ON "ImportBatch"("employerId", "createdAt");

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderPreference" ADD CONSTRAINT "ReminderPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- HAND-WRITTEN: reminders go out before their deadline; counts never negative; active delegations name a consultant
-- Prisma cannot express CHECK constraints. A reminder sent after its deadline would be useless
-- (digest G-1, G-2, G-6 are all "by" dates); an ACTIVE delegation always names its consultant
-- (the access guard matches on consultantId).
ALTER TABLE "Reminder"
  ADD CONSTRAINT "Reminder_sendOn_not_after_deadline" CHECK ("sendOn" <= "deadline"),
  ADD CONSTRAINT "Reminder_attempts_non_negative" CHECK ("attempts" >= 0);

ALTER TABLE "ImportBatch"
  ADD CONSTRAINT "ImportBatch_rowCount_non_negative" CHECK ("rowCount" >= 0);

ALTER TABLE "Delegation"
  ADD CONSTRAINT "Delegation_active_has_consultant" CHECK ("status" <> 'ACTIVE' OR "consultantId" IS NOT NULL);
-- END HAND-WRITTEN
