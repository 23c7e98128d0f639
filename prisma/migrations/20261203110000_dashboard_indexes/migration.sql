-- Recent demand (units shipped or sold over the alert rules' window) is read by the positions list,
-- the inventory summary, the alerts and the CSV export: a partial index over the customer-facing
-- movements only, covering what the aggregate needs, so it is an index-only scan of the window.
-- StockMovement is written only when on hand changes (never by a reservation), so capture does not
-- pay for it.
CREATE INDEX "StockMovement_demand_occurredAt_idx" ON "StockMovement" ("occurredAt") INCLUDE ("nodeId", "skuId", "qty") WHERE "kind" IN ('SHIPMENT', 'SALE');

-- The inbound list reads each shown shipment's lines, and pages by (eta, id).
CREATE INDEX "InboundShipmentLine_shipmentId_idx" ON "InboundShipmentLine"("shipmentId");
CREATE INDEX "InboundShipment_eta_id_idx" ON "InboundShipment"("eta", "id");
