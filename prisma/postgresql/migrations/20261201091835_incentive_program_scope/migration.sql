-- AlterTable
ALTER TABLE "IncentiveProgram" ADD COLUMN     "channelNoticeAt" TIMESTAMP(3),
ADD COLUMN     "scopeManagerId" TEXT,
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- CreateIndex
CREATE INDEX "IncentiveProgram_status_endDate_idx" ON "IncentiveProgram"("status", "endDate");
