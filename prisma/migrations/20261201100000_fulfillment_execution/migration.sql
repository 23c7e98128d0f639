-- Fulfilment execution: pick, short-pick, pack into parcels, ship, receive transfers at the pickup
-- store, hand over pickups (with how the buyer was checked), expire uncollected pickups; SKU
-- barcodes for scanning; API keys scoped to fulfilment work of some nodes; the PICKUP rule kind.

-- CreateEnum
CREATE TYPE "ApiKeyScope" AS ENUM ('CHANNEL', 'FULFILLMENT');

-- CreateEnum
CREATE TYPE "HandoverCheck" AS ENUM ('PICKUP_CODE', 'ID_CHECK');

-- AlterEnum
ALTER TYPE "FulfillmentStatus" ADD VALUE 'RECEIVED_AT_STORE';

-- AlterEnum
ALTER TYPE "SourcingReason" ADD VALUE 'RESOURCE_STOCK_CORRECTION';

-- AlterEnum
ALTER TYPE "RuleKind" ADD VALUE 'PICKUP';

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "scope" "ApiKeyScope" NOT NULL DEFAULT 'CHANNEL',
ALTER COLUMN "channel" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Sku" ADD COLUMN     "barcode" TEXT;

-- AlterTable
ALTER TABLE "FulfillmentOrder" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "handedOverBy" TEXT,
ADD COLUMN     "handoverCheck" "HandoverCheck",
ADD COLUMN     "pickupExpiresAt" TIMESTAMP(3),
ADD COLUMN     "receivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "FulfillmentOrderLine" ADD COLUMN     "handedOverQty" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "shortReason" TEXT;

-- CreateTable
CREATE TABLE "ApiKeyNode" (
    "apiKeyId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,

    CONSTRAINT "ApiKeyNode_pkey" PRIMARY KEY ("apiKeyId","nodeId")
);

-- CreateTable
CREATE TABLE "Parcel" (
    "id" TEXT NOT NULL,
    "fulfillmentOrderId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "weightGrams" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Parcel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ApiKeyNode_nodeId_idx" ON "ApiKeyNode"("nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "Parcel_fulfillmentOrderId_seq_key" ON "Parcel"("fulfillmentOrderId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Sku_barcode_key" ON "Sku"("barcode");

-- CreateIndex
CREATE INDEX "FulfillmentOrder_status_pickupExpiresAt_idx" ON "FulfillmentOrder"("status", "pickupExpiresAt");

-- AddForeignKey
ALTER TABLE "ApiKeyNode" ADD CONSTRAINT "ApiKeyNode_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKeyNode" ADD CONSTRAINT "ApiKeyNode_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "Node"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Parcel" ADD CONSTRAINT "Parcel_fulfillmentOrderId_fkey" FOREIGN KEY ("fulfillmentOrderId") REFERENCES "FulfillmentOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A short-picked line keeps its row with qty 0 (shortQty says what was missing).
ALTER TABLE "FulfillmentOrderLine" DROP CONSTRAINT "FulfillmentOrderLine_qty_positive";
ALTER TABLE "FulfillmentOrderLine" ADD CONSTRAINT "FulfillmentOrderLine_quantities" CHECK ("qty" >= 0 AND "shortQty" >= 0 AND "qty" + "shortQty" > 0 AND "pickedQty" >= 0 AND "pickedQty" <= "qty" AND "handedOverQty" >= 0 AND "handedOverQty" <= "qty");
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_channel_scope" CHECK ("scope" <> 'CHANNEL' OR "channel" IS NOT NULL);
