// The benefits CSV: the figures with their formulas in the user's language, the data behind them,
// the series, the assumptions and the costs used, for the page's period; refused to roles without
// benefits.view (403) and to visitors (401); a bad custom period is answered 422.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { parseCsv } from "@/lib/csv";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildOrder, buildWorld } from "@/lib/orders/testing";
import { BENEFITS_DEFAULTS, BENEFITS_SETTING_KEY } from "@/lib/analytics";
import { GET } from "./route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db);
  await createRoleUsers(t.db, { storeId: "node-ST-PAR-01" });
  const customer = { id: "cust-1", email: "lea.martin@example.test" };
  // Two collected pickups served from the store's shelf (3 T-shirts at €10), in the week of 2 November.
  await buildOrder(t.db, {
    customer, number: "P1", placedAt: new Date("2026-11-03T10:00:00Z"),
    lines: [{ skuId: "sku-TSHIRT-M", qty: 2, mode: "PICKUP", pickupNodeId: "node-ST-PAR-01", status: "PICKED_UP" }],
    fulfillments: [{ nodeId: "node-ST-PAR-01", mode: "PICKUP", pickupNodeId: "node-ST-PAR-01", status: "PICKED_UP", lines: [{ line: 0, qty: 2 }] }],
  });
  await buildOrder(t.db, {
    customer, number: "P2", placedAt: new Date("2026-11-04T10:00:00Z"),
    lines: [{ skuId: "sku-TSHIRT-M", qty: 1, mode: "PICKUP", pickupNodeId: "node-ST-PAR-01", status: "PICKED_UP" }],
    fulfillments: [{ nodeId: "node-ST-PAR-01", mode: "PICKUP", pickupNodeId: "node-ST-PAR-01", status: "PICKED_UP", lines: [{ line: 0, qty: 1 }] }],
  });
  // The supply-chain manager saved their own margin for the category.
  await t.db.userSetting.create({ data: { userId: TEST_USERS.SUPPLY_CHAIN.id, key: BENEFITS_SETTING_KEY, value: { ...BENEFITS_DEFAULTS, categoryMargins: [{ category: "CAT", marginPercent: 60 }] } } });
});
afterAll(() => t.close());

const as = (who: keyof typeof TEST_USERS | null) => {
  session.userId = who ? TEST_USERS[who].id : null;
};
const get = (query: string, headers: Record<string, string> = {}) => GET(new Request(`http://test/api/benefits/export${query}`, { headers }), undefined);
const rows = async (res: Response) => parseCsv(await res.text()).map((r) => r.fields);
const find = (body: string[][], section: string, lever: string, item: string) => body.find((r) => r[0] === section && r[1] === lever && r[2] === item);

describe("GET /api/benefits/export", () => {
  it("exports the figures with their formulas, the data behind them, the series and the user's assumptions", async () => {
    as("SUPPLY_CHAIN");
    const res = await get("?from=2026-11-01&to=2026-11-30");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="benefits-2026-10-31-2026-11-30.csv"');
    const [header, ...body] = await rows(res);
    expect(header).toEqual(["section", "lever", "item", "value", "unit", "formula"]);

    // Prices include VAT at 20 %. Add-on: 2 × 20% × €30 ÷ 1.2 × 50% = €5; incremental: €30 × 60% ÷ 1.2 × 10% = €1.50;
    // deliveries avoided: 2 × €6 = €12; handling: 3 × (€0.40 − €1.20) = −€2.40.
    expect(find(body, "figure", "bopis", "bopisAddOn")).toEqual(["figure", "bopis", "bopisAddOn", "5", "EUR", "2 collected pickup orders × 20% add-on rate × €30.00 basket ÷ 1.2 (VAT) × 50% margin = €5.00"]);
    expect(find(body, "figure", "bopis", "bopisIncrementalSales")?.slice(3)).toEqual(["1.5", "EUR", "(CAT €30.00 × 60% margin) ÷ 1.2 (VAT) × 10% incremental share = €1.50"]);
    expect(find(body, "figure", "bopis", "bopisDeliveryAvoided")?.[3]).toBe("12");
    expect(find(body, "figure", "bopis", "bopisHandling")?.[3]).toBe("-2.4");
    expect(find(body, "figure", "bopis", "total")?.[3]).toBe("16.1");
    expect(find(body, "figure", "all", "total")?.[3]).toBe("16.1");
    expect(find(body, "figure", "boris", "total")?.[3]).toBe("0");

    expect(find(body, "data", "bopis", "collected_pickup_orders")?.slice(3, 5)).toEqual(["2", "count"]);
    expect(find(body, "data", "bopis", "value_collected")?.slice(3, 5)).toEqual(["30", "EUR"]);
    expect(find(body, "data", "bopis", "units_picked_in_store")?.[3]).toBe("3");
    expect(find(body, "data_by_category", "bopis", "CAT")?.[3]).toBe("30");
    expect(find(body, "series", "bopis", "2026-11-02")?.[3]).toBe("16.1");
    expect(find(body, "series", "bopis", "2026-11-09")?.[3]).toBe("0");
    expect(find(body, "assumption", "", "margin:CAT")?.slice(3, 5)).toEqual(["60", "percent"]);
    expect(find(body, "assumption", "", "bopisAddOnBasket")?.slice(3, 5)).toEqual(["30", "EUR"]);
    expect(find(body, "assumption", "", "saved")?.[3]).toBe("yes");
    expect(find(body, "cost_model", "", "per_shipment")?.slice(3)).toEqual(["6", "EUR", ""]);
    expect(find(body, "cost_model", "", "vat_rate_included_in_prices")?.slice(3, 5)).toEqual(["20", "percent"]);
  });

  it("writes the formulas in the user's language", async () => {
    as("ADMIN");
    const body = (await rows(await get("?from=2026-11-01&to=2026-11-30", { cookie: "oms-locale=fr" }))).slice(1);
    expect(find(body, "figure", "bopis", "bopisDeliveryAvoided")?.[5]).toMatch(/^\(2 commandes retirées − 0 transferts vers le magasin\) × 6,00\s€ par envoi = 12,00\s€$/);
    expect(find(body, "assumption", "", "saved")?.[3]).toBe("defaults");
  });

  it("refuses a call-centre agent and a store associate (403), asks a visitor to sign in (401), answers 422 for a reversed period", async () => {
    for (const role of ["AGENT", "STORE_ASSOCIATE"] as const) {
      as(role);
      expect((await get("?days=30")).status).toBe(403);
    }
    as(null);
    expect((await get("?days=30")).status).toBe(401);
    as("ADMIN");
    const bad = await get("?from=2026-11-30&to=2026-11-01");
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields.to).toBeTruthy();
  });
});
