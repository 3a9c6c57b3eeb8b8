-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IncentiveProgram" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "prize" TEXT NOT NULL,
    "target" DECIMAL,
    "targetIsPercentOfGoal" BOOLEAN NOT NULL DEFAULT false,
    "channelId" TEXT NOT NULL,
    "cadence" TEXT NOT NULL DEFAULT 'weekly',
    "cadenceTime" TEXT NOT NULL DEFAULT '09:00',
    "cadenceWeekday" INTEGER NOT NULL DEFAULT 1,
    "places" INTEGER NOT NULL DEFAULT 10,
    "visibility" TEXT NOT NULL DEFAULT 'ranks',
    "showInactive" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'active',
    "createdById" TEXT NOT NULL,
    "scopeManagerId" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "channelNoticeAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    CONSTRAINT "IncentiveProgram_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IncentiveProgram" ("cadence", "cadenceTime", "cadenceWeekday", "channelId", "createdAt", "createdById", "endDate", "endedAt", "id", "metric", "name", "places", "prize", "showInactive", "startDate", "status", "target", "targetIsPercentOfGoal", "visibility", "workspaceId") SELECT "cadence", "cadenceTime", "cadenceWeekday", "channelId", "createdAt", "createdById", "endDate", "endedAt", "id", "metric", "name", "places", "prize", "showInactive", "startDate", "status", "target", "targetIsPercentOfGoal", "visibility", "workspaceId" FROM "IncentiveProgram";
DROP TABLE "IncentiveProgram";
ALTER TABLE "new_IncentiveProgram" RENAME TO "IncentiveProgram";
CREATE INDEX "IncentiveProgram_status_endDate_idx" ON "IncentiveProgram"("status", "endDate");
CREATE UNIQUE INDEX "IncentiveProgram_workspaceId_name_key" ON "IncentiveProgram"("workspaceId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
