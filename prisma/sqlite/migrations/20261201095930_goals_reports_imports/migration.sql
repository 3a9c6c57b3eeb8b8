-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN "stageProbabilities" TEXT;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN "email" TEXT;

-- CreateTable
CREATE TABLE "ImportedSale" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "amount" DECIMAL NOT NULL,
    "importKey" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportedSale_importKey_key" ON "ImportedSale"("importKey");

-- CreateIndex
CREATE INDEX "ImportedSale_workspaceId_repId_day_idx" ON "ImportedSale"("workspaceId", "repId", "day");

-- CreateIndex
CREATE INDEX "ImportedSale_workspaceId_day_idx" ON "ImportedSale"("workspaceId", "day");

-- CreateIndex
CREATE INDEX "ImportedSale_workspaceId_accountId_idx" ON "ImportedSale"("workspaceId", "accountId");
