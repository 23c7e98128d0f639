// A tiny, readable network for order tests: a Paris DC, a Lyon DC, three stores, a handful of
// SKUs with chosen stock, one returning customer and the demo promo codes.
import type { Db } from "@/lib/db";
import { SYSTEM_ACTOR, type Actor } from "@/lib/auth";

const allWeek = { mon: [["08:00", "20:00"]], tue: [["08:00", "20:00"]], wed: [["08:00", "20:00"]], thu: [["08:00", "20:00"]], fri: [["08:00", "20:00"]], sat: [["09:00", "19:00"]], sun: [["10:00", "18:00"]] };

export const TEST_AGENT: Actor = { kind: "user", id: "user-agent", name: "Camille Agent", email: "agent@test", role: "AGENT", storeId: null, storeCode: null };
export const TEST_SYSTEM = SYSTEM_ACTOR;

export interface WorldOptions {
  /** onHand per `${nodeCode}|${skuCode}`; positions not listed get 0. */
  stock?: Record<string, number>;
  safetyStock?: Record<string, number>;
  capacity?: Record<string, number>;
}

export const NODES = [
  { code: "DC-PAR", name: "Paris DC", type: "DC" as const, city: "Gonesse", lat: 48.987, lng: 2.449, canShip: true, canPickup: false, canShipFromStore: false },
  { code: "DC-LYS", name: "Lyon DC", type: "DC" as const, city: "Saint-Priest", lat: 45.696, lng: 4.944, canShip: true, canPickup: false, canShipFromStore: false },
  { code: "ST-PAR-01", name: "Paris Rivoli", type: "STORE" as const, city: "Paris", lat: 48.86, lng: 2.347, canShip: true, canPickup: true, canShipFromStore: true },
  { code: "ST-PAR-02", name: "Paris Bastille", type: "STORE" as const, city: "Paris", lat: 48.853, lng: 2.369, canShip: true, canPickup: true, canShipFromStore: true },
  { code: "ST-LYO-01", name: "Lyon Part-Dieu", type: "STORE" as const, city: "Lyon", lat: 45.761, lng: 4.857, canShip: true, canPickup: true, canShipFromStore: true },
];

export const SKUS = [
  { code: "TSHIRT-M", name: "Organic T-shirt M", priceMinor: 1999 },
  { code: "JEANS-32", name: "Slim jeans 32", priceMinor: 5999 },
  { code: "SNEAKER-42", name: "Court sneaker 42", priceMinor: 8999 },
  { code: "LAMP", name: "Desk lamp", priceMinor: 3499 },
  { code: "TV-55", name: "55-inch TV", priceMinor: 129_900 },
];

export async function buildWorld(db: Db, options: WorldOptions = {}): Promise<void> {
  await db.category.create({ data: { id: "cat", code: "CAT", name: "General" } });
  await db.product.create({ data: { id: "prod", code: "PROD", name: "Products", categoryId: "cat" } });
  await db.sku.createMany({ data: SKUS.map((s) => ({ id: `sku-${s.code}`, code: s.code, productId: "prod", name: s.name, priceMinor: s.priceMinor, weightGrams: 500 })) });
  await db.node.createMany({
    data: NODES.map((n) => ({
      id: `node-${n.code}`,
      code: n.code,
      name: n.name,
      type: n.type,
      addressLine1: "1 rue Test",
      city: n.city,
      postalCode: "75001",
      country: "FR",
      lat: n.lat,
      lng: n.lng,
      timeZone: "Europe/Paris",
      canShip: n.canShip,
      canPickup: n.canPickup,
      canShipFromStore: n.canShipFromStore,
      canReturn: n.type === "STORE",
      dailyCapacity: options.capacity?.[n.code] ?? (n.type === "DC" ? 5000 : 100),
      openingHours: allWeek,
    })),
  });
  await db.inventoryPosition.createMany({
    data: NODES.flatMap((n) =>
      SKUS.map((s) => ({
        nodeId: `node-${n.code}`,
        skuId: `sku-${s.code}`,
        onHand: options.stock?.[`${n.code}|${s.code}`] ?? 0,
        safetyStock: options.safetyStock?.[`${n.code}|${s.code}`] ?? 0,
      })),
    ),
  });
  await db.customer.create({
    data: {
      id: "cust-1",
      number: "C-0001",
      firstName: "Léa",
      lastName: "Martin",
      email: "lea.martin@example.test",
      phone: "+33 6 12 34 56 78",
      locale: "fr",
      addresses: { create: { line1: "10 rue de Rivoli", city: "Paris", postalCode: "75004", country: "FR", lat: 48.856, lng: 2.355, isDefault: true } },
    },
  });
  await db.user.create({ data: { id: "user-agent", email: "agent@test", name: "Camille Agent", role: "AGENT", passwordHash: "x" } });
  await db.promoCode.createMany({
    data: [
      { code: "WELCOME10", description: "10% off", percentOff: 10 },
      { code: "FREESHIP", description: "Free shipping" },
      { code: "OLD5", description: "Expired", amountOffMinor: 500, validUntil: new Date("2020-01-01") },
    ],
  });
}

export async function position(db: Db, nodeCode: string, skuCode: string) {
  return db.inventoryPosition.findFirstOrThrow({ where: { node: { code: nodeCode }, sku: { code: skuCode } }, select: { onHand: true, reserved: true, safetyStock: true } });
}

export const PARIS_ADDRESS = { line1: "10 rue de Rivoli", city: "Paris", postalCode: "75004", country: "FR" };
export const LEA = { name: "Léa Martin", email: "lea.martin@example.test", phone: "+33 6 12 34 56 78" };

// Row builders for query tests (one order in any state, written directly), shared with other contexts.
export { buildCustomer, buildNode, buildOrder, buildSku } from "./queries/test-builders";
export type { BuildFulfillment, BuildLine } from "./queries/test-builders";
