-- CreateIndex
CREATE INDEX "ProductionUnit_comuneCode_comuneName_idx" ON "ProductionUnit"("comuneCode", "comuneName");
