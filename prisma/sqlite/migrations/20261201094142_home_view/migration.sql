-- CreateTable
CREATE TABLE "HomeView" (
    "memberId" TEXT NOT NULL PRIMARY KEY,
    "hash" TEXT,
    "lastEventId" TEXT,
    "publishedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "Call_workspaceId_repId_occurredAt_idx" ON "Call"("workspaceId", "repId", "occurredAt");
