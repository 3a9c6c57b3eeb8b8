-- AlterTable
ALTER TABLE "Member" ADD COLUMN "homeOpenedAt" DATETIME;

-- Hand-written: the Homes opened before this column existed are the members with a HomeView row.
UPDATE "Member" SET "homeOpenedAt" = COALESCE((SELECT h."publishedAt" FROM "HomeView" h WHERE h."memberId" = "Member"."id"), "updatedAt")
 WHERE "id" IN (SELECT "memberId" FROM "HomeView");
