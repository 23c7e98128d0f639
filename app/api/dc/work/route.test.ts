// The DC console's internal JSON route: a supply-chain manager reads a DC's open fulfilment orders
// with its counts per stage (the first DC when none is named), filtered by stage; store associates
// and call-centre agents are refused (403), a visitor without a session is asked to sign in (401).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "@/lib/orders/testing";
import { captureOrder, captureOrderSchema, type CaptureOrderInput } from "@/lib/orders";
import type { DcConsole } from "@/lib/fulfillment";
import { GET } from "./route";

let t: TestDb;
let dcWork: string[];
let storeWork: string;

/** Places an order through capture (sourced, reserved, released) and returns its fulfilment orders' ids. */
async function place(lines: CaptureOrderInput["lines"]): Promise<string[]> {
  const { id } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines }), { db: t.db });
  return (await t.db.fulfillmentOrder.findMany({ where: { orderId: id }, select: { id: true } })).map((f) => f.id);
}

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  // Lamps are only at the Lyon DC; T-shirts only at the Paris store.
  await buildWorld(t.db, { stock: { "DC-LYS|LAMP": 10, "ST-PAR-01|TSHIRT-M": 5 } });
  await createRoleUsers(t.db, { storeId: "node-ST-PAR-01" });
  dcWork = [...(await place([{ sku: "LAMP", qty: 2, mode: "SHIP" }])), ...(await place([{ sku: "LAMP", qty: 1, mode: "SHIP" }]))];
  [storeWork] = await place([{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }]);
});
afterAll(() => t.close());

const as = (id: string | null) => {
  session.userId = id;
};
const get = (query = "") => GET(new Request(`http://test/api/dc/work${query}`), undefined);

describe("GET /api/dc/work", () => {
  it("answers a supply-chain manager with the DC's open work, oldest first, and its counts per stage", async () => {
    as(TEST_USERS.SUPPLY_CHAIN.id);
    const res = await get("?node=DC-LYS");
    expect(res.status).toBe(200);
    const body = (await res.json()) as DcConsole;
    expect(body.dc).toMatchObject({ code: "DC-LYS", name: "Lyon DC" });
    expect(body.dcs.map((d) => d.code)).toEqual(["DC-LYS", "DC-PAR"]);
    expect(body.items.map((w) => w.id)).toEqual(dcWork);
    expect(body.items.map((w) => w.id)).not.toContain(storeWork);
    expect(body.items[0]).toMatchObject({ status: "RELEASED", node: { code: "DC-LYS", type: "DC" }, order: { customerName: "Léa Martin" }, nextSteps: ["START_PICKING", "CONFIRM_PICK", "SHORT_PICK"] });
    expect(body.counts).toEqual({ RELEASED: 2, PICKING: 0, PACKED: 0, SHIPPED: 0, IN_TRANSIT_TO_STORE: 0 });
    expect(body).toMatchObject({ status: null, nextCursor: null, shippedToday: 0 });
  });

  it("shows the first DC when none is named, filters by stage and pages with the cursor", async () => {
    as(TEST_USERS.ADMIN.id);
    expect(((await (await get()).json()) as DcConsole).dc.code).toBe("DC-LYS");
    expect(((await (await get("?node=DC-LYS&status=PICKING")).json()) as DcConsole).items).toEqual([]);
    const page1 = (await (await get("?node=DC-LYS&status=RELEASED")).json()) as DcConsole;
    expect(page1).toMatchObject({ status: "RELEASED", nextCursor: null });
    expect(page1.items).toHaveLength(2);
  });

  it("refuses a store associate and a call-centre agent (403), and asks a visitor to sign in (401)", async () => {
    as(TEST_USERS.STORE_ASSOCIATE.id);
    const refused = await get("?node=DC-LYS");
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("FORBIDDEN");
    as(TEST_USERS.AGENT.id);
    expect((await get("?node=DC-LYS")).status).toBe(403);
    as(null);
    expect((await get("?node=DC-LYS")).status).toBe(401);
  });

  it("answers 404 for a code that is no DC (a store's included) and 422 for an unknown stage", async () => {
    as(TEST_USERS.SUPPLY_CHAIN.id);
    expect((await get("?node=DC-NOPE")).status).toBe(404);
    expect((await get("?node=ST-PAR-01")).status).toBe(404);
    const bad = await get("?node=DC-LYS&status=LOST");
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields.status).toBeTruthy();
  });
});
