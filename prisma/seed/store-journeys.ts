// Today's work at the demo store (ST-PAR-01), placed through the real capture command after the
// world is written: two ship-from-store orders of two units of an item only this store and a
// distant DC can ship (so a short-pick re-sources to the DC), and two pickups the store serves from
// its own shelf. A store associate signing in finds them in "To pick"; the e2e suite works them.
import { withTx, type Db } from "@/lib/db";
import { captureOrder, captureOrderSchema } from "@/lib/orders";
import { haversineKm } from "@/lib/sourcing";
import { DEMO_USERS, JOURNEY_CUSTOMER } from "./demo-users";

export const JOURNEY_STORE = "ST-PAR-01";
export { JOURNEY_CUSTOMER };

export interface StoreJourneys {
  shipSku: string;
  pickupSku: string;
  /** The DC a short-picked ship unit is sourced from instead. */
  backupDc: string;
  orders: string[];
}

export async function seedStoreJourneys(db: Db, now: Date): Promise<StoreJourneys> {
  const agent = DEMO_USERS.find((u) => u.role === "AGENT")!;
  const actor = { kind: "user" as const, id: agent.id, name: agent.name, email: agent.email, role: agent.role, storeId: null, storeCode: null };
  // The stock is set in one transaction; each order is then placed as a channel would, one by one.
  const setUp = await withTx(
    async (tx) => {
      const store = await tx.node.findUniqueOrThrow({ where: { code: JOURNEY_STORE } });
      const dcs = await tx.node.findMany({ where: { type: "DC", active: true, canShip: true } });
      const backup = dcs.sort((a, b) => haversineKm(b, store) - haversineKm(a, store))[0];
      // Two items the store has plenty of (priced under the high-value hold), in code order.
      const candidates = await tx.$queryRaw<Array<{ skuId: string; code: string }>>`
        SELECT p."skuId", s.code FROM "InventoryPosition" p JOIN "Sku" s ON s.id = p."skuId"
         WHERE p."nodeId" = ${store.id} AND p."onHand" - p.reserved - p."safetyStock" >= 2 AND s.active AND s."priceMinor" < 20000
         ORDER BY s.code LIMIT 2`;
      if (candidates.length < 2) throw new Error(`${JOURNEY_STORE} has too little stock for the store journeys.`);
      const [shipItem, pickupItem] = candidates;
      // The ship item: 4 to promise at the store, 4 at the distant DC, none anywhere else.
      await tx.$executeRaw`UPDATE "InventoryPosition" SET "onHand" = reserved + "safetyStock" WHERE "skuId" = ${shipItem.skuId}`;
      await tx.$executeRaw`UPDATE "InventoryPosition" SET "onHand" = reserved + "safetyStock" + 4 WHERE "skuId" = ${shipItem.skuId} AND "nodeId" IN (${store.id}, ${backup.id})`;
      return { store, backup, shipItem, pickupItem };
    },
    { db, timeoutMs: 120_000 },
  );
  const { store, backup, shipItem, pickupItem } = setUp;
  const address = { line1: store.addressLine1, city: store.city, postalCode: store.postalCode, country: store.country };
  const orders: string[] = [];
  for (const lines of [
    [{ sku: shipItem.code, qty: 2, mode: "SHIP" as const }],
    [{ sku: pickupItem.code, qty: 1, mode: "PICKUP" as const, pickupStore: store.code }],
    [{ sku: shipItem.code, qty: 2, mode: "SHIP" as const }],
    [{ sku: pickupItem.code, qty: 1, mode: "PICKUP" as const, pickupStore: store.code }],
  ]) {
    const input = captureOrderSchema.parse({ channel: "WEB", customer: JOURNEY_CUSTOMER, shippingAddress: lines[0].mode === "SHIP" ? address : undefined, lines });
    const placed = await captureOrder(actor, input, { now, db });
    orders.push(placed.number);
  }
  return { shipSku: shipItem.code, pickupSku: pickupItem.code, backupDc: backup.code, orders };
}
