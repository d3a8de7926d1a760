-- CreateIndex
CREATE INDEX "RequestWorker_workerId_idx" ON "RequestWorker"("workerId");
