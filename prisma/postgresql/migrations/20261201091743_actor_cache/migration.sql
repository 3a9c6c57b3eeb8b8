-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "tzKnown" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- Hand-written (Prisma does not model triggers), checked by test/db/triggers.test.ts.
-- The pg adapter splits a migration at every semicolon, even inside a function body: the bodies are
-- escape strings with \x3B for each semicolon of their PL/pgSQL.
-- Every update bumps "version": the actor caches of all instances compare it instead of re-reading the row.
CREATE FUNCTION "outfield_bump_version"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN NEW."version" := OLD."version" + 1\x3B RETURN NEW\x3B END';
CREATE TRIGGER "Member_version" BEFORE UPDATE ON "Member" FOR EACH ROW EXECUTE FUNCTION "outfield_bump_version"();
CREATE TRIGGER "Workspace_version" BEFORE UPDATE ON "Workspace" FOR EACH ROW EXECUTE FUNCTION "outfield_bump_version"();

-- An account's "lastCallAt" only moves forward, whoever writes the call: logging a call is one statement.
CREATE FUNCTION "outfield_account_last_call"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN UPDATE "Account" SET "lastCallAt" = NEW."occurredAt" WHERE "id" = NEW."accountId" AND ("lastCallAt" IS NULL OR "lastCallAt" < NEW."occurredAt")\x3B RETURN NULL\x3B END';
CREATE TRIGGER "Call_last_call" AFTER INSERT OR UPDATE OF "occurredAt", "accountId" ON "Call"
FOR EACH ROW EXECUTE FUNCTION "outfield_account_last_call"();
