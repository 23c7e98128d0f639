// What the fulfilment screens and the fulfilment API read about one fulfilment order, and which
// steps it can take next. Client-safe (no server imports): the tablet's work screen, the counter
// and the DC console use these types and `nextSteps` to show only the buttons that can succeed.
import type { DeliveryMode, FulfillmentStatus, HandoverCheck } from "@/generated/prisma/enums";

export type FulfillmentStep =
  | "START_PICKING"
  | "CONFIRM_PICK"
  | "SHORT_PICK"
  | "PACK"
  | "SHIP"
  | "RECEIVE_AT_STORE"
  | "MARK_READY"
  | "HAND_OVER"
  | "EXPIRE_PICKUP"
  | "MARK_DELIVERED";

export interface WorkLine {
  /** The fulfilment order line's id (commands take it as `lineId`). */
  id: string;
  lineNo: number;
  sku: string;
  name: string;
  barcode: string | null;
  category: string;
  /** Units this node still delivers (short-picked units left for another node). */
  qty: number;
  pickedQty: number;
  shortQty: number;
  /** NOT_FOUND, DAMAGED (short-picked) or STOCK_COUNT (taken off by a count). */
  shortReason: string | null;
  handedOverQty: number;
}

/** Does a scan name this item? SKU codes compare without case, barcodes exactly (the tablet and the command agree). */
export function scanMatches(item: { sku: string; barcode: string | null }, scan: string): boolean {
  const code = scan.trim();
  return code.toUpperCase() === item.sku.toUpperCase() || (item.barcode !== null && code === item.barcode);
}

export interface FulfillmentWork {
  id: string;
  number: string;
  status: FulfillmentStatus;
  version: number;
  mode: DeliveryMode;
  /** The node that picks, packs and ships. */
  node: { id: string; code: string; name: string; type: "DC" | "STORE"; timeZone: string };
  /** Where a pickup is collected (null for ship-to-home). */
  pickupStore: { id: string; code: string; name: string; timeZone: string } | null;
  /** True when the pickup store picks its own stock (no transfer). */
  sameStorePickup: boolean;
  order: { number: string; customerName: string; promisedDate: string | null; placedAt: string };
  lines: WorkLine[];
  parcels: Array<{ seq: number; weightGrams: number | null }>;
  carrier: string | null;
  trackingNumber: string | null;
  /** Shown only once the pickup is ready (the code is the customer's proof, not the store's). */
  pickupCode: string | null;
  promisedDate: string | null;
  releasedAt: string | null;
  pickedAt: string | null;
  packedAt: string | null;
  shippedAt: string | null;
  receivedAt: string | null;
  readyAt: string | null;
  pickupExpiresAt: string | null;
  pickedUpAt: string | null;
  handedOverBy: string | null;
  handoverCheck: HandoverCheck | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  /** The steps this fulfilment order can take now, in the order a person would take them. */
  nextSteps: FulfillmentStep[];
}

/** Every line fully confirmed (and at least one unit left to deliver). */
export function isFullyPicked(lines: Array<Pick<WorkLine, "qty" | "pickedQty">>): boolean {
  return lines.some((l) => l.qty > 0) && lines.every((l) => l.pickedQty >= l.qty);
}

/**
 * The steps the state machine allows from here. Picking-side steps happen at `node`, pickup-side
 * steps (receive, ready, hand over, expire) at the pickup store.
 */
export function nextSteps(work: Pick<FulfillmentWork, "status" | "mode" | "sameStorePickup" | "lines">): FulfillmentStep[] {
  const picked = isFullyPicked(work.lines);
  const pickup = work.mode === "PICKUP";
  switch (work.status) {
    case "RELEASED":
      return ["START_PICKING", "CONFIRM_PICK", "SHORT_PICK"];
    case "PICKING":
      if (!picked) return ["CONFIRM_PICK", "SHORT_PICK"];
      return pickup && work.sameStorePickup ? ["MARK_READY", "PACK"] : ["PACK"];
    case "PACKED":
      return pickup && work.sameStorePickup ? ["MARK_READY"] : ["SHIP"];
    case "SHIPPED":
      return ["MARK_DELIVERED"];
    case "IN_TRANSIT_TO_STORE":
      return ["RECEIVE_AT_STORE", "MARK_READY"];
    case "RECEIVED_AT_STORE":
      return ["MARK_READY"];
    case "READY_FOR_PICKUP":
      return ["HAND_OVER", "EXPIRE_PICKUP"];
    default:
      return [];
  }
}

/** Which side of the work a step belongs to: the picking node or the pickup store. */
export function stepSide(step: FulfillmentStep): "node" | "pickupStore" {
  return step === "RECEIVE_AT_STORE" || step === "MARK_READY" || step === "HAND_OVER" || step === "EXPIRE_PICKUP" ? "pickupStore" : "node";
}

/** The fulfilment API's event types and the step each one runs. */
export const FULFILLMENT_EVENT_TYPES = ["PICKED", "SHORT_PICKED", "PACKED", "SHIPPED", "RECEIVED_AT_STORE", "READY_FOR_PICKUP", "PICKED_UP", "DELIVERED"] as const;
export type FulfillmentEventType = (typeof FULFILLMENT_EVENT_TYPES)[number];
