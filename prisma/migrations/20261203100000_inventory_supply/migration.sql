-- CreateEnum
CREATE TYPE "StockMovementKind" AS ENUM ('OPENING', 'RECEIPT', 'TRANSFER_OUT', 'SHIPMENT', 'SALE', 'RETURN', 'ADJUSTMENT', 'FEED');

-- AlterEnum
ALTER TYPE "InboundStatus" ADD VALUE 'PLANNED';

-- AlterEnum
ALTER TYPE "RuleKind" ADD VALUE 'ALERTS';

-- AlterTable
ALTER TABLE "InboundShipment" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "note" TEXT;

-- CreateTable
CREATE TABLE "StockMovement" (
    "id" BIGSERIAL NOT NULL,
    "nodeId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "kind" "StockMovementKind" NOT NULL,
    "qty" INTEGER NOT NULL,
    "onHandAfter" INTEGER NOT NULL,
    "reason" TEXT,
    "reference" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StockMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundReceipt" (
    "id" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "lines" JSONB NOT NULL,
    "units" INTEGER NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedBy" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "InboundReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StockMovement_skuId_occurredAt_idx" ON "StockMovement"("skuId", "occurredAt");

-- CreateIndex
CREATE INDEX "StockMovement_nodeId_skuId_occurredAt_idx" ON "StockMovement"("nodeId", "skuId", "occurredAt");

-- CreateIndex
CREATE INDEX "StockMovement_occurredAt_idx" ON "StockMovement"("occurredAt");

-- CreateIndex
CREATE INDEX "InboundReceipt_shipmentId_idx" ON "InboundReceipt"("shipmentId");

-- CreateIndex
CREATE INDEX "InboundShipment_fromNodeId_status_idx" ON "InboundShipment"("fromNodeId", "status");

-- AddForeignKey
ALTER TABLE "InboundReceipt" ADD CONSTRAINT "InboundReceipt_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "InboundShipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The stock movement ledger is written by the database: every change of an inventory position's
-- on hand (insert or update, by any code path) leaves one row, so a position's movements always add
-- up to its on hand. The command that changes stock names the movement in the transaction-local
-- setting oms.movement ({"kind", "reason", "reference", "at"}; lib/inventory/commands/movement.ts).
-- Reservation changes do not touch on hand and do not fire it (the WHEN clause), so capture pays
-- nothing for the ledger.
CREATE FUNCTION "record_stock_movement"() RETURNS trigger AS $$
DECLARE
  ctx text := current_setting('oms.movement', true);
  j jsonb := '{}'::jsonb;
  before_qty integer := 0;
BEGIN
  IF ctx IS NOT NULL AND ctx <> '' THEN j := ctx::jsonb; END IF;
  IF TG_OP = 'UPDATE' THEN before_qty := OLD."onHand"; END IF;
  IF NEW."onHand" = before_qty THEN RETURN NEW; END IF;
  INSERT INTO "StockMovement" ("nodeId", "skuId", "kind", "qty", "onHandAfter", "reason", "reference", "occurredAt")
  VALUES (
    NEW."nodeId", NEW."skuId",
    COALESCE(j->>'kind', CASE WHEN TG_OP = 'INSERT' THEN 'OPENING' ELSE 'ADJUSTMENT' END)::"StockMovementKind",
    NEW."onHand" - before_qty, NEW."onHand", j->>'reason', j->>'reference',
    COALESCE((j->>'at')::timestamptz AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
  );
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "InventoryPosition_stock_movement_insert"
  AFTER INSERT ON "InventoryPosition"
  FOR EACH ROW WHEN (NEW."onHand" <> 0) EXECUTE FUNCTION "record_stock_movement"();

CREATE TRIGGER "InventoryPosition_stock_movement_update"
  AFTER UPDATE OF "onHand" ON "InventoryPosition"
  FOR EACH ROW WHEN (OLD."onHand" IS DISTINCT FROM NEW."onHand") EXECUTE FUNCTION "record_stock_movement"();

-- Stock held before the ledger existed becomes each position's opening movement.
INSERT INTO "StockMovement" ("nodeId", "skuId", "kind", "qty", "onHandAfter", "reason", "occurredAt")
SELECT "nodeId", "skuId", 'OPENING', "onHand", "onHand", 'Stock before the movement ledger', "updatedAt"
FROM "InventoryPosition" WHERE "onHand" <> 0;
