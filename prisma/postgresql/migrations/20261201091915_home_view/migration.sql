-- CreateTable
CREATE TABLE "HomeView" (
    "memberId" TEXT NOT NULL,
    "hash" TEXT,
    "lastEventId" TEXT,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "HomeView_pkey" PRIMARY KEY ("memberId")
);
