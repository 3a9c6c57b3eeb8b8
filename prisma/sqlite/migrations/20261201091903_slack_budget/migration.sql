-- CreateTable
CREATE TABLE "SlackBudget" (
    "workspaceId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "tokens" REAL NOT NULL,
    "refilledAt" DATETIME NOT NULL,
    "pausedUntil" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("workspaceId", "key")
);


-- Data: the quota outbox kinds get their feature prefix ("nudge" → "quotas.nudge"). The dedupe key
-- starts with the kind ("nudge:<member>:<day>"), so prefixing it keeps every planned or sent slot
-- known after the upgrade: nothing is planned, and sent, a second time.
UPDATE "OutboxMessage"
SET "kind" = 'quotas.' || "kind", "dedupeKey" = 'quotas.' || "dedupeKey"
WHERE "kind" IN ('nudge', 'recap', 'digest');
