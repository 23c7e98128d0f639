// A capture context in memory for the capture steps' tests: the test network of lib/orders/testing.ts
// (two DCs, three stores, five SKUs) with chosen stock, no database.
import { DEFAULT_RULES } from "@/lib/rules/client";
import type { OpeningHours } from "../../promise";
import type { CachedNode } from "../../sourcing/network-cache";
import { NODES, SKUS } from "../../testing";
import { captureOrderSchema, type CaptureOrderInput } from "../../schemas";
import type { CaptureContext } from "./read-context";

const allWeek = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["08:00", "20:00"]]])) as unknown as OpeningHours;

export function testContext(options: { stock?: Record<string, number>; customer?: CaptureContext["customer"]; promo?: CaptureContext["promo"]; inactiveSkus?: string[] } = {}): CaptureContext {
  const list: CachedNode[] = NODES.map((n) => ({
    id: `node-${n.code}`,
    code: n.code,
    name: n.name,
    city: n.city,
    type: n.type,
    lat: n.lat,
    lng: n.lng,
    timeZone: "Europe/Paris",
    openingHours: allWeek,
    canShip: n.canShip,
    canPickup: n.canPickup,
    canShipFromStore: n.canShipFromStore,
    franchise: false,
    dailyCapacity: n.type === "DC" ? 5000 : 100,
    active: true,
  }));
  const skus = SKUS.map((s) => ({ id: `sku-${s.code}`, code: s.code, name: s.name, priceMinor: s.priceMinor, currency: "EUR", active: !options.inactiveSkus?.includes(s.code), category: "APPAREL" }));
  return {
    seq: "1",
    skus,
    customer: options.customer ?? null,
    promo: options.promo ?? null,
    nodes: { list, byCode: new Map(list.map((n) => [n.code, n])), byId: new Map(list.map((n) => [n.id, n])) },
    sourcing: { definition: DEFAULT_RULES.SOURCING, ruleSetId: null },
    holds: { definition: DEFAULT_RULES.HOLDS, ruleSetId: null },
    usedToday: new Map(),
    positions: list.flatMap((n) => skus.map((s) => ({ id: `pos-${n.code}-${s.code}`, nodeId: n.id, skuId: s.id, available: options.stock?.[`${n.code}|${s.code}`] ?? 0 }))),
    inbound: new Map(),
  };
}

export const PARIS = { line1: "10 rue de Rivoli", city: "Paris", postalCode: "75004", country: "FR" };

export function testInput(input: Partial<CaptureOrderInput> & Pick<CaptureOrderInput, "lines">): CaptureOrderInput {
  return captureOrderSchema.parse({ channel: "CALL_CENTER", customer: { name: "Léa Martin", email: "lea.martin@example.test" }, shippingAddress: PARIS, ...input });
}
