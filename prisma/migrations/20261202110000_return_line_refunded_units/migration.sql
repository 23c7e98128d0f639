-- Units of a return line whose value went back to the buyer (refunded or moved to an exchange), so
-- every later refund of the line takes the next units' share of its discount.
ALTER TABLE "ReturnLine" ADD COLUMN "refundedQty" INTEGER NOT NULL DEFAULT 0;
