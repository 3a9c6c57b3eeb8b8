-- CreateTable
CREATE TABLE "HomeView" (
    "memberId" TEXT NOT NULL PRIMARY KEY,
    "hash" TEXT,
    "lastEventId" TEXT,
    "publishedAt" DATETIME
);
