-- AlterTable
ALTER TABLE "Disclosure" ADD COLUMN "sourceKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Disclosure_sourceKey_key" ON "Disclosure"("sourceKey");
