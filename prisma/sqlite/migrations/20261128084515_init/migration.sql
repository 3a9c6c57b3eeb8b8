-- CreateTable
CREATE TABLE "Workspace" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "name" TEXT,
    CONSTRAINT "Holiday_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "slackUserId" TEXT NOT NULL,
    "displayName" TEXT,
    "role" TEXT NOT NULL DEFAULT 'rep',
    "kind" TEXT NOT NULL DEFAULT 'employee',
    "isSlackAdmin" BOOLEAN NOT NULL DEFAULT false,
    "tz" TEXT NOT NULL DEFAULT 'UTC',
    "locale" TEXT,
    "managerId" TEXT,
    "nudgesOptIn" BOOLEAN NOT NULL DEFAULT false,
    "awayUntil" TEXT,
    "snoozedDay" TEXT,
    "hideNameInPublic" BOOLEAN NOT NULL DEFAULT false,
    "profileRefreshedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Member_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Member_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "ownerId" TEXT,
    "lastCallAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Account_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Account_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Call" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "contact" TEXT,
    "type" TEXT,
    "occurredAt" DATETIME NOT NULL,
    "localDay" TEXT NOT NULL,
    "localWeek" TEXT NOT NULL,
    "outcome" TEXT,
    "value" DECIMAL,
    "stage" TEXT,
    "nextStep" TEXT,
    "nextStepDate" TEXT,
    "notes" TEXT,
    "sourceKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Call_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Call_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Call_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Quota" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "daily" INTEGER NOT NULL,
    "weekly" INTEGER NOT NULL,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Quota_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Quota_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "target" DECIMAL NOT NULL,
    "setById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Goal_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Goal_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SalesHistory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "slackUserId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "revenue" DECIMAL NOT NULL,
    "deals" INTEGER NOT NULL,
    "calls" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "SalesHistory_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IncentiveProgram" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    CONSTRAINT "IncentiveProgram_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IncentiveAward" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "rank" INTEGER,
    "value" DECIMAL NOT NULL,
    "awardedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IncentiveAward_programId_fkey" FOREIGN KEY ("programId") REFERENCES "IncentiveProgram" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IncentiveAward_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Disclosure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "principal" TEXT NOT NULL,
    "products" TEXT NOT NULL,
    "competes" TEXT NOT NULL,
    "since" TEXT,
    "notes" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "amendsId" TEXT,
    "reviewChannel" TEXT,
    "reviewTs" TEXT,
    "decidedBy" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Disclosure_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DisclosureEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "disclosureId" TEXT NOT NULL,
    "actorSlackId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DisclosureEvent_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attestation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "memberId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Attestation_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "actorSlackId" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEntry_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "dueAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "nextAttemptAt" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedBy" TEXT,
    "claimedAt" DATETIME,
    "sentAt" DATETIME,
    "messageTs" TEXT,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OutboxMessage_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Holiday_workspaceId_date_key" ON "Holiday"("workspaceId", "date");

-- CreateIndex
CREATE INDEX "Member_managerId_idx" ON "Member"("managerId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_workspaceId_slackUserId_key" ON "Member"("workspaceId", "slackUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_workspaceId_normalizedName_key" ON "Account"("workspaceId", "normalizedName");

-- CreateIndex
CREATE UNIQUE INDEX "Call_sourceKey_key" ON "Call"("sourceKey");

-- CreateIndex
CREATE INDEX "Call_workspaceId_repId_localDay_idx" ON "Call"("workspaceId", "repId", "localDay");

-- CreateIndex
CREATE INDEX "Call_workspaceId_repId_localWeek_idx" ON "Call"("workspaceId", "repId", "localWeek");

-- CreateIndex
CREATE INDEX "Call_workspaceId_occurredAt_idx" ON "Call"("workspaceId", "occurredAt");

-- CreateIndex
CREATE INDEX "Call_accountId_occurredAt_idx" ON "Call"("accountId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Quota_scope_memberId_key" ON "Quota"("scope", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_repId_period_metric_key" ON "Goal"("repId", "period", "metric");

-- CreateIndex
CREATE UNIQUE INDEX "SalesHistory_workspaceId_slackUserId_month_key" ON "SalesHistory"("workspaceId", "slackUserId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "IncentiveProgram_workspaceId_name_key" ON "IncentiveProgram"("workspaceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "IncentiveAward_programId_memberId_kind_key" ON "IncentiveAward"("programId", "memberId", "kind");

-- CreateIndex
CREATE INDEX "Disclosure_workspaceId_status_idx" ON "Disclosure"("workspaceId", "status");

-- CreateIndex
CREATE INDEX "Disclosure_repId_idx" ON "Disclosure"("repId");

-- CreateIndex
CREATE INDEX "DisclosureEvent_disclosureId_createdAt_idx" ON "DisclosureEvent"("disclosureId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Attestation_memberId_period_key" ON "Attestation"("memberId", "period");

-- CreateIndex
CREATE INDEX "AuditEntry_workspaceId_entity_entityId_idx" ON "AuditEntry"("workspaceId", "entity", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_workspaceId_kind_target_idx" ON "OutboxMessage"("workspaceId", "kind", "target");
