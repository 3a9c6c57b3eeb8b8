-- AlterTable
ALTER TABLE "Disclosure" ADD COLUMN     "supersededById" TEXT,
ADD COLUMN     "territory" TEXT;

-- AlterTable
ALTER TABLE "DisclosureEvent" ADD COLUMN     "questionId" TEXT;

-- CreateIndex
CREATE INDEX "Disclosure_workspaceId_reviewTs_idx" ON "Disclosure"("workspaceId", "reviewTs");

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureEvent_questionId_key" ON "DisclosureEvent"("questionId");
