// An order whose sourcing an agent can read and follow, placed and changed through the real
// commands after the world is written: line 1 asks for 3 units of an item only three DCs hold, two
// units each, so the engine splits it over the two nearest; line 2 is an item in plenty. The
// shipping address then moves from Paris to Bordeaux (the line is sourced again, from other DCs) and
// line 2 is cancelled, so the order page shows a split line, a cancelled line and two decisions.
import { withTx, type Db } from "@/lib/db";
import { cancelLine, captureOrder, captureOrderSchema, changeAddress } from "@/lib/orders";
import { DEMO_USERS } from "./demo-users";
import { EXPLANATION_JOURNEY_CUSTOMER } from "./sourcing-explanation-customer";

export { EXPLANATION_JOURNEY_CUSTOMER };

export const EXPLANATION_JOURNEY_DCS = ["DC-PAR", "DC-LYO", "DC-BDX"] as const;
const UNITS_PER_DC = 2;

export interface SourcingExplanationJourney {
  order: string;
  splitSku: string;
  otherSku: string;
}

export async function seedSourcingExplanationJourney(db: Db, now: Date, options: { avoidSkus?: string[] } = {}): Promise<SourcingExplanationJourney> {
  const agent = DEMO_USERS.find((u) => u.role === "AGENT")!;
  const actor = { kind: "user" as const, id: agent.id, name: agent.name, email: agent.email, role: agent.role, storeId: null, storeCode: null };
  const avoid = options.avoidSkus ?? [];

  const setUp = await withTx(
    async (tx) => {
      const [paris, bordeaux] = await Promise.all([tx.node.findUniqueOrThrow({ where: { code: "ST-PAR-01" } }), tx.node.findUniqueOrThrow({ where: { code: "ST-BDX-01" } })]);
      const dcs = await tx.node.findMany({ where: { code: { in: [...EXPLANATION_JOURNEY_DCS] }, active: true, canShip: true } });
      if (dcs.length < EXPLANATION_JOURNEY_DCS.length) throw new Error(`The sourcing explanation journey needs the DCs ${EXPLANATION_JOURNEY_DCS.join(", ")}.`);
      // From the end of the catalogue, so the other journeys (which take from its start) keep theirs.
      const items = await tx.$queryRaw<Array<{ skuId: string; code: string; available: number }>>`
        SELECT s.id AS "skuId", s.code, COALESCE(SUM(GREATEST(p."onHand" - p.reserved - p."safetyStock", 0)), 0)::int AS available
          FROM "Sku" s LEFT JOIN "InventoryPosition" p ON p."skuId" = s.id
         WHERE s.active AND s."priceMinor" < 10000
         GROUP BY s.id, s.code
         ORDER BY s.code DESC
         LIMIT 40`;
      const free = items.filter((i) => !avoid.includes(i.code));
      const split = free[0];
      const other = free.find((i) => i.code !== split?.code && i.available >= 10);
      if (!split || !other) throw new Error("The catalogue has too few items for the sourcing explanation journey.");
      // The split item: nothing to promise anywhere but two units at each of the three DCs.
      await tx.$executeRaw`UPDATE "InventoryPosition" SET "onHand" = reserved + "safetyStock" WHERE "skuId" = ${split.skuId}`;
      for (const dc of dcs) {
        await tx.inventoryPosition.upsert({
          where: { nodeId_skuId: { nodeId: dc.id, skuId: split.skuId } },
          create: { nodeId: dc.id, skuId: split.skuId, onHand: UNITS_PER_DC },
          update: { onHand: { increment: UNITS_PER_DC }, version: { increment: 1 } },
        });
      }
      return { paris, bordeaux, split, other };
    },
    { db, timeoutMs: 120_000 },
  );
  const { paris, bordeaux, split, other } = setUp;
  const addressOf = (n: typeof paris) => ({ line1: n.addressLine1, city: n.city, postalCode: n.postalCode, country: n.country });

  const input = captureOrderSchema.parse({
    channel: "CALL_CENTER",
    customer: EXPLANATION_JOURNEY_CUSTOMER,
    shippingAddress: addressOf(paris),
    lines: [
      { sku: split.code, qty: 3, mode: "SHIP" },
      { sku: other.code, qty: 1, mode: "SHIP" },
    ],
  });
  const placed = await captureOrder(actor, input, { now, db });
  const order = await db.order.findUniqueOrThrow({ where: { number: placed.number }, select: { id: true, version: true, lines: { orderBy: { lineNo: "asc" }, select: { id: true } } } });
  const moved = await withTx(
    (tx) => changeAddress(tx, actor, { orderId: order.id, expectedVersion: order.version, address: addressOf(bordeaux), reason: "The customer will be in Bordeaux that week" }, { now }),
    { db },
  );
  await withTx((tx) => cancelLine(tx, actor, { orderId: order.id, lineId: order.lines[1].id, expectedVersion: moved.version, reason: "The customer no longer wants it" }), { db });
  return { order: placed.number, splitSku: split.code, otherSku: other.code };
}
