-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "stageProbabilities" TEXT;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "email" TEXT;

-- CreateTable
CREATE TABLE "ImportedSale" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "amount" DECIMAL(65,30) NOT NULL,
    "importKey" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedSale_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportedSale_importKey_key" ON "ImportedSale"("importKey");

-- CreateIndex
CREATE INDEX "ImportedSale_workspaceId_repId_day_idx" ON "ImportedSale"("workspaceId", "repId", "day");

-- CreateIndex
CREATE INDEX "ImportedSale_workspaceId_day_idx" ON "ImportedSale"("workspaceId", "day");

-- CreateIndex
CREATE INDEX "ImportedSale_workspaceId_accountId_idx" ON "ImportedSale"("workspaceId", "accountId");
