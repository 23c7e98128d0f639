-- CreateEnum
CREATE TYPE "SimulationStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED');

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "revokedById" TEXT;

-- AlterTable
ALTER TABLE "Node" ADD COLUMN     "holidays" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "holdRuleSetId" TEXT,
ADD COLUMN     "sourcingRuleSetId" TEXT;

-- AlterTable
ALTER TABLE "SourcingDecision" ADD COLUMN     "stock" JSONB;

-- AlterTable
ALTER TABLE "RuleSet" ADD COLUMN     "publishNote" TEXT,
ADD COLUMN     "rollbackOf" INTEGER;

-- CreateTable
CREATE TABLE "UserSetting" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserSetting_pkey" PRIMARY KEY ("userId","key")
);

-- CreateTable
CREATE TABLE "SimulationRun" (
    "id" TEXT NOT NULL,
    "status" "SimulationStatus" NOT NULL DEFAULT 'QUEUED',
    "ruleSetId" TEXT NOT NULL,
    "ruleSetLockVersion" INTEGER NOT NULL,
    "draft" JSONB NOT NULL,
    "baseline" JSONB NOT NULL,
    "baselineVersion" INTEGER,
    "periodFrom" TIMESTAMP(3) NOT NULL,
    "periodTo" TIMESTAMP(3) NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "summary" JSONB,
    "error" TEXT,
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "heartbeatAt" TIMESTAMP(3),

    CONSTRAINT "SimulationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimulationResult" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "orderNumber" TEXT NOT NULL,
    "placedAt" TIMESTAMP(3) NOT NULL,
    "stockSource" TEXT NOT NULL,
    "baselineCostMinor" INTEGER NOT NULL,
    "draftCostMinor" INTEGER NOT NULL,
    "deltaMinor" INTEGER NOT NULL,
    "baselineShipments" INTEGER NOT NULL,
    "draftShipments" INTEGER NOT NULL,
    "baselineUnfilled" INTEGER NOT NULL,
    "draftUnfilled" INTEGER NOT NULL,
    "baselineKm" DOUBLE PRECISION NOT NULL,
    "draftKm" DOUBLE PRECISION NOT NULL,
    "baselineStoreUnits" INTEGER NOT NULL,
    "draftStoreUnits" INTEGER NOT NULL,
    "baselinePromise" TIMESTAMP(3),
    "draftPromise" TIMESTAMP(3),
    "changed" BOOLEAN NOT NULL,
    "baselinePlan" JSONB NOT NULL,
    "draftPlan" JSONB NOT NULL,

    CONSTRAINT "SimulationResult_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SimulationRun_ruleSetId_createdAt_idx" ON "SimulationRun"("ruleSetId", "createdAt");

-- CreateIndex
CREATE INDEX "SimulationRun_status_createdAt_idx" ON "SimulationRun"("status", "createdAt");

-- CreateIndex
CREATE INDEX "SimulationResult_runId_deltaMinor_idx" ON "SimulationResult"("runId", "deltaMinor");

-- CreateIndex
CREATE UNIQUE INDEX "SimulationResult_runId_orderId_key" ON "SimulationResult"("runId", "orderId");

-- AddForeignKey
ALTER TABLE "UserSetting" ADD CONSTRAINT "UserSetting_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimulationRun" ADD CONSTRAINT "SimulationRun_ruleSetId_fkey" FOREIGN KEY ("ruleSetId") REFERENCES "RuleSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimulationResult" ADD CONSTRAINT "SimulationResult_runId_fkey" FOREIGN KEY ("runId") REFERENCES "SimulationRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

