-- CreateIndex
CREATE INDEX "Call_workspaceId_localDay_repId_outcome_value_idx" ON "Call"("workspaceId", "localDay", "repId", "outcome", "value");
