-- CreateTable
CREATE TABLE "RepPeriodActivity" (
    "workspaceId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,
    "deals" INTEGER NOT NULL,
    "revenue" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "RepPeriodActivity_pkey" PRIMARY KEY ("workspaceId","period","repId")
);

-- CreateIndex
CREATE INDEX "RepPeriodActivity_workspaceId_repId_period_idx" ON "RepPeriodActivity"("workspaceId", "repId", "period");

-- Hand-written (Prisma does not model triggers), checked by test/db/triggers.test.ts. The bodies are
-- escape strings with \x3B for each semicolon (see the actor_cache migration). A call inserted adds
-- to the month, quarter and year of its rep. Moved (another day, rep, outcome or value), it leaves
-- the old ones and joins the new ones. Deleted, it leaves. A delete only subtracts from rows that
-- are still there, so a rep deleted with their calls leaves nothing behind. Every call updates these
-- rows: a fill factor below 100 leaves room on each page for the new row versions (HOT updates).
ALTER TABLE "RepPeriodActivity" SET (fillfactor = 70);
CREATE FUNCTION "outfield_periods_of"(day TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS
E'SELECT ARRAY[substr(day, 1, 7), substr(day, 1, 5) || ''Q'' || ((CAST(substr(day, 6, 2) AS INTEGER) + 2) / 3), substr(day, 1, 4)]';
CREATE FUNCTION "outfield_rep_period_activity"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN
  IF TG_OP IN (''UPDATE'', ''DELETE'') THEN
    UPDATE "RepPeriodActivity" SET "calls" = "calls" - 1,
      "deals" = "deals" - CASE WHEN OLD."outcome" = ''won'' THEN 1 ELSE 0 END,
      "revenue" = "revenue" - CASE WHEN OLD."outcome" = ''won'' THEN COALESCE(OLD."value", 0) ELSE 0 END
    WHERE "workspaceId" = OLD."workspaceId" AND "repId" = OLD."repId" AND "period" = ANY ("outfield_periods_of"(OLD."localDay"))\x3B
  END IF\x3B
  IF TG_OP IN (''INSERT'', ''UPDATE'') THEN
    INSERT INTO "RepPeriodActivity" AS r ("workspaceId", "period", "repId", "calls", "deals", "revenue")
    SELECT NEW."workspaceId", p, NEW."repId", 1,
           CASE WHEN NEW."outcome" = ''won'' THEN 1 ELSE 0 END, CASE WHEN NEW."outcome" = ''won'' THEN COALESCE(NEW."value", 0) ELSE 0 END
      FROM unnest("outfield_periods_of"(NEW."localDay")) AS p
    ON CONFLICT ("workspaceId", "period", "repId") DO UPDATE SET
      "calls" = r."calls" + EXCLUDED."calls", "deals" = r."deals" + EXCLUDED."deals", "revenue" = r."revenue" + EXCLUDED."revenue"\x3B
  END IF\x3B
  RETURN NULL\x3B
END';
CREATE TRIGGER "Call_period_insert_delete" AFTER INSERT OR DELETE ON "Call"
FOR EACH ROW EXECUTE FUNCTION "outfield_rep_period_activity"();
CREATE TRIGGER "Call_period_update" AFTER UPDATE OF "workspaceId", "repId", "localDay", "outcome", "value" ON "Call"
FOR EACH ROW EXECUTE FUNCTION "outfield_rep_period_activity"();

-- The calls already logged.
INSERT INTO "RepPeriodActivity" ("workspaceId", "period", "repId", "calls", "deals", "revenue")
SELECT "workspaceId", p, "repId", COUNT(*),
       SUM(CASE WHEN "outcome" = 'won' THEN 1 ELSE 0 END), SUM(CASE WHEN "outcome" = 'won' THEN COALESCE("value", 0) ELSE 0 END)
  FROM "Call", unnest("outfield_periods_of"("localDay")) AS p
 GROUP BY "workspaceId", p, "repId";
