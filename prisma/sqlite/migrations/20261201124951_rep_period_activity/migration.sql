-- CreateTable
CREATE TABLE "RepPeriodActivity" (
    "workspaceId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,
    "deals" INTEGER NOT NULL,
    "revenue" DECIMAL NOT NULL,

    PRIMARY KEY ("workspaceId", "period", "repId")
);

-- CreateIndex
CREATE INDEX "RepPeriodActivity_workspaceId_repId_period_idx" ON "RepPeriodActivity"("workspaceId", "repId", "period");

-- Hand-written (Prisma does not model triggers). SQLite drops a table's triggers with the table, so a
-- later migration that redefines "Call" must create these again (test/db/triggers.test.ts fails if it
-- does not). A call inserted adds to the month, quarter and year of its rep. Moved (another day, rep,
-- outcome or value), it leaves the old ones and joins the new ones. Deleted, it leaves. A delete only
-- subtracts from rows that are still there, so a rep deleted with their calls leaves nothing behind.
CREATE TRIGGER "Call_period_insert" AFTER INSERT ON "Call" FOR EACH ROW
BEGIN
  INSERT INTO "RepPeriodActivity" ("workspaceId", "period", "repId", "calls", "deals", "revenue")
  SELECT NEW."workspaceId", p."period", NEW."repId", 1,
         CASE WHEN NEW."outcome" = 'won' THEN 1 ELSE 0 END, CASE WHEN NEW."outcome" = 'won' THEN COALESCE(NEW."value", 0) ELSE 0 END
    FROM (SELECT substr(NEW."localDay", 1, 7) AS "period"
          UNION ALL SELECT substr(NEW."localDay", 1, 5) || 'Q' || ((CAST(substr(NEW."localDay", 6, 2) AS INTEGER) + 2) / 3)
          UNION ALL SELECT substr(NEW."localDay", 1, 4)) p
   WHERE true
  ON CONFLICT ("workspaceId", "period", "repId") DO UPDATE SET
    "calls" = "calls" + excluded."calls", "deals" = "deals" + excluded."deals", "revenue" = "revenue" + excluded."revenue";
END;
CREATE TRIGGER "Call_period_update" AFTER UPDATE OF "workspaceId", "repId", "localDay", "outcome", "value" ON "Call" FOR EACH ROW
BEGIN
  UPDATE "RepPeriodActivity" SET "calls" = "calls" - 1,
    "deals" = "deals" - CASE WHEN OLD."outcome" = 'won' THEN 1 ELSE 0 END,
    "revenue" = "revenue" - CASE WHEN OLD."outcome" = 'won' THEN COALESCE(OLD."value", 0) ELSE 0 END
  WHERE "workspaceId" = OLD."workspaceId" AND "repId" = OLD."repId" AND "period" IN (substr(OLD."localDay", 1, 7),
    substr(OLD."localDay", 1, 5) || 'Q' || ((CAST(substr(OLD."localDay", 6, 2) AS INTEGER) + 2) / 3), substr(OLD."localDay", 1, 4));
  INSERT INTO "RepPeriodActivity" ("workspaceId", "period", "repId", "calls", "deals", "revenue")
  SELECT NEW."workspaceId", p."period", NEW."repId", 1,
         CASE WHEN NEW."outcome" = 'won' THEN 1 ELSE 0 END, CASE WHEN NEW."outcome" = 'won' THEN COALESCE(NEW."value", 0) ELSE 0 END
    FROM (SELECT substr(NEW."localDay", 1, 7) AS "period"
          UNION ALL SELECT substr(NEW."localDay", 1, 5) || 'Q' || ((CAST(substr(NEW."localDay", 6, 2) AS INTEGER) + 2) / 3)
          UNION ALL SELECT substr(NEW."localDay", 1, 4)) p
   WHERE true
  ON CONFLICT ("workspaceId", "period", "repId") DO UPDATE SET
    "calls" = "calls" + excluded."calls", "deals" = "deals" + excluded."deals", "revenue" = "revenue" + excluded."revenue";
END;
CREATE TRIGGER "Call_period_delete" AFTER DELETE ON "Call" FOR EACH ROW
BEGIN
  UPDATE "RepPeriodActivity" SET "calls" = "calls" - 1,
    "deals" = "deals" - CASE WHEN OLD."outcome" = 'won' THEN 1 ELSE 0 END,
    "revenue" = "revenue" - CASE WHEN OLD."outcome" = 'won' THEN COALESCE(OLD."value", 0) ELSE 0 END
  WHERE "workspaceId" = OLD."workspaceId" AND "repId" = OLD."repId" AND "period" IN (substr(OLD."localDay", 1, 7),
    substr(OLD."localDay", 1, 5) || 'Q' || ((CAST(substr(OLD."localDay", 6, 2) AS INTEGER) + 2) / 3), substr(OLD."localDay", 1, 4));
END;

-- The calls already logged.
INSERT INTO "RepPeriodActivity" ("workspaceId", "period", "repId", "calls", "deals", "revenue")
SELECT "workspaceId", "period", "repId", COUNT(*),
       SUM(CASE WHEN "outcome" = 'won' THEN 1 ELSE 0 END), SUM(CASE WHEN "outcome" = 'won' THEN COALESCE("value", 0) ELSE 0 END)
  FROM (SELECT "workspaceId", "repId", "outcome", "value", substr("localDay", 1, 7) AS "period" FROM "Call"
        UNION ALL SELECT "workspaceId", "repId", "outcome", "value", substr("localDay", 1, 5) || 'Q' || ((CAST(substr("localDay", 6, 2) AS INTEGER) + 2) / 3) FROM "Call"
        UNION ALL SELECT "workspaceId", "repId", "outcome", "value", substr("localDay", 1, 4) FROM "Call")
 GROUP BY "workspaceId", "period", "repId";
