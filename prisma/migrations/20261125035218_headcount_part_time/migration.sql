-- AlterTable
ALTER TABLE "HeadcountMonth" ADD COLUMN     "fullTimeWeeklyHours" DECIMAL(5,2) NOT NULL DEFAULT 40,
ADD COLUMN     "partTimeHeads" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "partTimeHours" DECIMAL(10,2) NOT NULL DEFAULT 0;

-- HAND-WRITTEN: part-time figures are non-negative (lib/schemas/headcounts.ts keeps them within heads)
-- Prisma cannot express CHECK constraints (same discipline as the init migration's block).
ALTER TABLE "HeadcountMonth"
  ADD CONSTRAINT "HeadcountMonth_partTimeHeads_non_negative" CHECK ("partTimeHeads" >= 0),
  ADD CONSTRAINT "HeadcountMonth_partTimeHours_non_negative" CHECK ("partTimeHours" >= 0),
  ADD CONSTRAINT "HeadcountMonth_fullTimeWeeklyHours_positive" CHECK ("fullTimeWeeklyHours" > 0);
-- END HAND-WRITTEN
