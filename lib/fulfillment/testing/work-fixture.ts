// A fulfilment order as the work screens read it, for component tests: a released ship-from-store
// order at Paris Rivoli with one line half picked and one short-picked; override what a test needs.
import { nextSteps, type FulfillmentWork } from "../work-shape";

export function buildWork(over: Partial<FulfillmentWork> = {}): FulfillmentWork {
  const base: FulfillmentWork = {
    id: "fo-1",
    number: "FO-1001-1",
    status: "RELEASED",
    version: 3,
    mode: "SHIP",
    node: { id: "node-par", code: "ST-PAR-01", name: "Paris Rivoli", type: "STORE", timeZone: "Europe/Paris" },
    pickupStore: null,
    sameStorePickup: false,
    order: { number: "O-1001", customerName: "Léa Martin", promisedDate: "2026-11-27T17:00:00Z", placedAt: "2026-11-25T09:00:00Z" },
    lines: [
      { id: "l1", lineNo: 1, sku: "JEANS-32", name: "Slim jeans 32", barcode: "2000000000329", category: "Denim", qty: 2, pickedQty: 1, shortQty: 0, shortReason: null, handedOverQty: 0 },
      { id: "l2", lineNo: 2, sku: "TSHIRT-M", name: "Organic T-shirt M", barcode: null, category: "Tops", qty: 1, pickedQty: 0, shortQty: 1, shortReason: "NOT_FOUND", handedOverQty: 0 },
    ],
    parcels: [],
    carrier: null,
    trackingNumber: null,
    pickupCode: null,
    promisedDate: null,
    releasedAt: "2026-11-25T09:00:00Z",
    pickedAt: null,
    packedAt: null,
    shippedAt: null,
    receivedAt: null,
    readyAt: null,
    pickupExpiresAt: null,
    pickedUpAt: null,
    handedOverBy: null,
    handoverCheck: null,
    cancelledAt: null,
    cancelReason: null,
    nextSteps: [],
    ...over,
  };
  return { ...base, nextSteps: nextSteps(base) };
}
