-- CreateTable
CREATE TABLE "HomeView" (
    "memberId" TEXT NOT NULL,
    "hash" TEXT,
    "lastEventId" TEXT,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "HomeView_pkey" PRIMARY KEY ("memberId")
);

-- CreateIndex
CREATE INDEX "Call_workspaceId_repId_occurredAt_idx" ON "Call"("workspaceId", "repId", "occurredAt");
