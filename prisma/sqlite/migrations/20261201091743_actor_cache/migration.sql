-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Workspace" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "defaultLocale" TEXT NOT NULL DEFAULT 'en',
    "workingDays" TEXT NOT NULL DEFAULT '1,2,3,4,5',
    "nudgeTime" TEXT NOT NULL DEFAULT '16:00',
    "recapWeekday" INTEGER NOT NULL DEFAULT 5,
    "recapTime" TEXT NOT NULL DEFAULT '16:30',
    "digestTime" TEXT NOT NULL DEFAULT '17:00',
    "weeklyNudgeCap" INTEGER NOT NULL DEFAULT 3,
    "reviewChannelId" TEXT,
    "leaderboardChannelId" TEXT,
    "keyAccountGapDays" INTEGER NOT NULL DEFAULT 14,
    "attestationMonths" INTEGER NOT NULL DEFAULT 3,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Workspace" ("attestationMonths", "createdAt", "currency", "defaultLocale", "digestTime", "id", "keyAccountGapDays", "leaderboardChannelId", "name", "nudgeTime", "recapTime", "recapWeekday", "reviewChannelId", "updatedAt", "weeklyNudgeCap", "workingDays") SELECT "attestationMonths", "createdAt", "currency", "defaultLocale", "digestTime", "id", "keyAccountGapDays", "leaderboardChannelId", "name", "nudgeTime", "recapTime", "recapWeekday", "reviewChannelId", "updatedAt", "weeklyNudgeCap", "workingDays" FROM "Workspace";
DROP TABLE "Workspace";
ALTER TABLE "new_Workspace" RENAME TO "Workspace";
CREATE TABLE "new_Member" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "slackUserId" TEXT NOT NULL,
    "displayName" TEXT,
    "role" TEXT NOT NULL DEFAULT 'rep',
    "kind" TEXT NOT NULL DEFAULT 'employee',
    "isSlackAdmin" BOOLEAN NOT NULL DEFAULT false,
    "tz" TEXT NOT NULL DEFAULT 'UTC',
    "tzKnown" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT,
    "managerId" TEXT,
    "nudgesOptIn" BOOLEAN NOT NULL DEFAULT false,
    "awayUntil" TEXT,
    "snoozedDay" TEXT,
    "hideNameInPublic" BOOLEAN NOT NULL DEFAULT false,
    "profileRefreshedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Member_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Member_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Member" ("awayUntil", "createdAt", "displayName", "hideNameInPublic", "id", "isSlackAdmin", "kind", "locale", "managerId", "nudgesOptIn", "profileRefreshedAt", "role", "slackUserId", "snoozedDay", "tz", "updatedAt", "workspaceId") SELECT "awayUntil", "createdAt", "displayName", "hideNameInPublic", "id", "isSlackAdmin", "kind", "locale", "managerId", "nudgesOptIn", "profileRefreshedAt", "role", "slackUserId", "snoozedDay", "tz", "updatedAt", "workspaceId" FROM "Member";
DROP TABLE "Member";
ALTER TABLE "new_Member" RENAME TO "Member";
CREATE INDEX "Member_managerId_idx" ON "Member"("managerId");
CREATE UNIQUE INDEX "Member_workspaceId_slackUserId_key" ON "Member"("workspaceId", "slackUserId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Hand-written (Prisma does not model triggers). SQLite drops a table's triggers with the table, so a
-- later migration that redefines "Member", "Workspace" or "Call" must create these again
-- (test/db/triggers.test.ts fails if it does not).
-- Every update bumps "version": in-process actor caches compare it instead of re-reading the row.
CREATE TRIGGER "Member_version" AFTER UPDATE ON "Member" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Member" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Workspace_version" AFTER UPDATE ON "Workspace" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Workspace" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
-- An account's "lastCallAt" only moves forward, whoever writes the call: logging a call is one statement.
CREATE TRIGGER "Call_last_call_insert" AFTER INSERT ON "Call" FOR EACH ROW
BEGIN UPDATE "Account" SET "lastCallAt" = NEW."occurredAt" WHERE "id" = NEW."accountId" AND ("lastCallAt" IS NULL OR "lastCallAt" < NEW."occurredAt"); END;
CREATE TRIGGER "Call_last_call_update" AFTER UPDATE OF "occurredAt", "accountId" ON "Call" FOR EACH ROW
BEGIN UPDATE "Account" SET "lastCallAt" = NEW."occurredAt" WHERE "id" = NEW."accountId" AND ("lastCallAt" IS NULL OR "lastCallAt" < NEW."occurredAt"); END;
