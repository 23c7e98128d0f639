// GET /api/v1/fulfillments?node=&status=&cursor=: a node's fulfilment orders for the system bound to
// it, in a stable order, page by page, optionally of one status; any other caller gets 401 or 403.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb, withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { apiRequest, createFulfillmentApiKey, createTestApiKeys, TEST_KEYS } from "@/lib/api/testing";
import { startPicking } from "@/lib/fulfillment";
import { captureOrder, captureOrderSchema, type CaptureOrderInput } from "@/lib/orders";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT, TEST_SYSTEM } from "@/lib/orders/testing";
import { GET } from "./route";

let t: TestDb;
const KEYS = { PARIS: "test_ff_paris_key", LYON: "test_ff_lyon_key" } as const;
/** The DC-PAR fulfilment orders, in the order they were created; the second one is being picked. */
let dcWork: Array<{ id: string; number: string; orderNumber: string }>;
let pickup: { id: string; number: string; orderNumber: string };

async function place(lines: CaptureOrderInput["lines"]) {
  const { id } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines }), { db: t.db });
  const [fo, ...more] = await t.db.fulfillmentOrder.findMany({ where: { orderId: id }, include: { order: true } });
  expect(more).toHaveLength(0);
  return { id: fo.id, number: fo.number, orderNumber: fo.order.number };
}

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 100, "ST-PAR-01|LAMP": 5 } });
  await createTestApiKeys(t.db);
  await createFulfillmentApiKey(t.db, { id: "ff-paris", key: KEYS.PARIS, nodes: ["DC-PAR", "ST-PAR-01"] });
  await createFulfillmentApiKey(t.db, { id: "ff-lyon", key: KEYS.LYON, nodes: ["DC-LYS", "ST-LYO-01"] });
  dcWork = [];
  for (let i = 1; i <= 5; i++) dcWork.push(await place([{ sku: "TSHIRT-M", qty: i, mode: "SHIP" }]));
  pickup = await place([{ sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" }]);
  await withTx((tx) => startPicking(tx, TEST_SYSTEM, { fulfillmentOrderId: dcWork[1].id }), { db: t.db });
});
afterAll(async () => {
  await t?.close();
});

const get = (query: string, key: string | null = KEYS.PARIS) => GET(apiRequest(`/api/v1/fulfillments${query}`, { key }), undefined);

async function page(query: string) {
  const res = await get(query);
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body as { items: Array<{ id: string; status: string } & Record<string, unknown>>; nextCursor: string | null };
}

async function expectError(res: Response, status: number, code: string, fields?: string[]) {
  expect(res.status).toBe(status);
  const { error } = await res.json();
  expect(error.code).toBe(code);
  if (fields) expect(Object.keys(error.fields ?? {}).sort()).toEqual(fields);
}

describe("GET /api/v1/fulfillments", () => {
  it("lists the node's fulfilment orders oldest first, as the API shows them", async () => {
    const res = await get("?node=DC-PAR");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const { items, nextCursor } = await page("?node=DC-PAR");
    expect(nextCursor).toBeNull();
    expect(items.map((f) => f.id)).toEqual(dcWork.map((w) => w.id));
    expect(items[0]).toEqual({
      id: dcWork[0].id,
      number: dcWork[0].number,
      orderNumber: dcWork[0].orderNumber,
      node: "DC-PAR",
      status: "RELEASED",
      destination: "customer",
      lines: [{ sku: "TSHIRT-M", qty: 1, pickedQty: 0, shortQty: 0 }],
      carrier: null,
      trackingNumber: null,
      pickupCode: null,
      version: 1,
    });
    expect(items[1]).toMatchObject({ status: "PICKING", version: 2 });
  });

  it("shows a pickup's store as its destination and keeps its code hidden until it is ready", async () => {
    const { items } = await page("?node=ST-PAR-01");
    expect(items).toEqual([expect.objectContaining({ id: pickup.id, node: "ST-PAR-01", destination: "ST-PAR-01", status: "RELEASED", pickupCode: null })]);
  });

  it("filters by status", async () => {
    expect((await page("?node=DC-PAR&status=PICKING")).items.map((f) => f.id)).toEqual([dcWork[1].id]);
    expect((await page("?node=DC-PAR&status=RELEASED")).items.map((f) => f.id)).toEqual([dcWork[0], dcWork[2], dcWork[3], dcWork[4]].map((w) => w.id));
    expect((await page("?node=DC-PAR&status=SHIPPED")).items).toEqual([]);
    expect((await page("?node=DC-PAR&status=")).items).toHaveLength(5);
  });

  it("pages with a cursor, every fulfilment order once, in the same order", async () => {
    const seen: string[] = [];
    let query = "?node=DC-PAR&limit=2";
    const pages: number[] = [];
    for (;;) {
      const p = await page(query);
      pages.push(p.items.length);
      seen.push(...p.items.map((f) => f.id));
      if (!p.nextCursor) break;
      query = `?node=DC-PAR&limit=2&cursor=${encodeURIComponent(p.nextCursor)}`;
    }
    expect(pages).toEqual([2, 2, 1]);
    expect(seen).toEqual(dcWork.map((w) => w.id));
    // With a status filter the cursor walks the filtered list.
    const first = await page("?node=DC-PAR&status=RELEASED&limit=3");
    const second = await page(`?node=DC-PAR&status=RELEASED&limit=3&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((f) => f.id)).toEqual([dcWork[0], dcWork[2], dcWork[3], dcWork[4]].map((w) => w.id));
    expect(second.nextCursor).toBeNull();
  });

  it("lists a transfer arriving for a pickup under the pickup store too, so its system can receive it", async () => {
    const transfer = await place([{ sku: "TSHIRT-M", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" }]);
    const atStore = await page("?node=ST-PAR-01");
    expect(atStore.items.map((i) => i.id)).toContain(transfer.id);
    expect(atStore.items.find((i) => i.id === transfer.id)).toMatchObject({ node: "DC-PAR", destination: "ST-PAR-01" });
    expect((await page("?node=DC-PAR")).items.map((i) => i.id)).toContain(transfer.id);
    await t.db.fulfillmentOrder.update({ where: { id: transfer.id }, data: { status: "CANCELLED" } });
  });

  it("refuses a channel's key with 403 and a missing key with 401", async () => {
    await expectError(await get("?node=DC-PAR", TEST_KEYS.WEB), 403, "FORBIDDEN");
    await expectError(await get("?node=DC-PAR", TEST_KEYS.REVOKED), 401, "UNAUTHENTICATED");
    const res = await get("?node=DC-PAR", null);
    await expectError(res, 401, "UNAUTHENTICATED");
    expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
  });

  it("refuses a node the key is not bound to, or that does not exist, with 403", async () => {
    await expectError(await get("?node=DC-PAR", KEYS.LYON), 403, "FORBIDDEN");
    await expectError(await get("?node=ST-PAR-01&status=RELEASED", KEYS.LYON), 403, "FORBIDDEN");
    await expectError(await get("?node=DC-NOWHERE"), 403, "FORBIDDEN");
    // Its own nodes it may read (nothing is released there).
    const own = await get("?node=DC-LYS", KEYS.LYON);
    expect(own.status).toBe(200);
    expect(await own.json()).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ["no node", "", ["node"]],
    ["an empty node", "?node=", ["node"]],
    ["an unknown status", "?node=DC-PAR&status=LOST", ["status"]],
    ["a limit of 0", "?node=DC-PAR&limit=0", ["limit"]],
    ["a limit that is not a number", "?node=DC-PAR&limit=ten", ["limit"]],
    ["a limit over the maximum", "?node=DC-PAR&limit=201", ["limit"]],
    ["a cursor that is far too long", `?node=DC-PAR&cursor=${"x".repeat(100)}`, ["cursor"]],
  ])("answers 422 for %s", async (_name, query, fields) => {
    await expectError(await get(query), 422, "VALIDATION_FAILED", fields);
  });
});
