-- CreateEnum
CREATE TYPE "ReturnCondition" AS ENUM ('RESELLABLE', 'DAMAGED', 'WRONG_ITEM');

-- CreateEnum
CREATE TYPE "AppeasementStatus" AS ENUM ('PENDING_APPROVAL', 'APPROVED', 'REJECTED');

-- AlterEnum
ALTER TYPE "HoldType" ADD VALUE 'PAYMENT';

-- AlterEnum: a damaged unit's disposition is now "dispose"; units may also go to a DC.
ALTER TYPE "Disposition" RENAME VALUE 'DAMAGED' TO 'DISPOSE';
ALTER TYPE "Disposition" ADD VALUE 'SEND_TO_DC' BEFORE 'DISPOSE';

-- AlterTable
ALTER TABLE "Return" ADD COLUMN     "createdBy" TEXT,
ADD COLUMN     "exchangeDifferenceMinor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "exchangeOrderId" TEXT,
ADD COLUMN     "expectedRefundMinor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "refundedEarlyReason" TEXT,
ADD COLUMN     "restockingFeeMinor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "returnShippingMinor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "shippingRefundMinor" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ReturnLine" ADD COLUMN     "condition" "ReturnCondition",
ADD COLUMN     "overrideReason" TEXT,
ADD COLUMN     "proposedDisposition" "Disposition",
ADD COLUMN     "receivedQty" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "valueMinor" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "PaymentTransaction" ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "provider" TEXT NOT NULL DEFAULT 'test',
ADD COLUMN     "returnId" TEXT;

-- CreateTable
CREATE TABLE "Appeasement" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "orderLineId" TEXT,
    "amountMinor" INTEGER NOT NULL,
    "percent" INTEGER,
    "reason" TEXT NOT NULL,
    "status" "AppeasementStatus" NOT NULL,
    "requestedBy" TEXT NOT NULL,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Appeasement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentLink" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Appeasement_orderId_idx" ON "Appeasement"("orderId");

-- CreateIndex
CREATE INDEX "Appeasement_status_createdAt_idx" ON "Appeasement"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentLink_token_key" ON "PaymentLink"("token");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentLink_orderId_key" ON "PaymentLink"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "Return_exchangeOrderId_key" ON "Return"("exchangeOrderId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentTransaction_idempotencyKey_key" ON "PaymentTransaction"("idempotencyKey");

-- CreateIndex
CREATE INDEX "PaymentTransaction_returnId_idx" ON "PaymentTransaction"("returnId");

-- AddForeignKey
ALTER TABLE "Return" ADD CONSTRAINT "Return_exchangeOrderId_fkey" FOREIGN KEY ("exchangeOrderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentTransaction" ADD CONSTRAINT "PaymentTransaction_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "Return"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeasement" ADD CONSTRAINT "Appeasement_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentLink" ADD CONSTRAINT "PaymentLink_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

