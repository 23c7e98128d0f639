// The supply-chain manager's DC console on a desktop: a DC's open fulfilment orders by stage, one
// opened and worked through pick, pack and ship with the same screen the stores use, then marked
// delivered when the carrier confirms it; axe on each screen.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { storageState } from "./support/users";

async function snap(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

const WEB = { Authorization: "Bearer oms_demo_web_key" };
const PARIS = { line1: "10 rue de Rivoli", city: "Paris", postalCode: "75004", country: "FR" };

/**
 * Places a web order that a DC ships (through the channel API, as the web shop would), so the
 * console has fresh work whatever the seeded world's clock left released. Answers the DC and the
 * fulfilment order's number.
 */
async function placeDcOrder(request: APIRequestContext): Promise<{ dc: string; fulfillment: string }> {
  const products = await (await request.get("/api/v1/products?limit=100", { headers: WEB })).json();
  for (const product of products.items as Array<{ sku?: string; skus?: Array<{ sku: string }> }>) {
    const sku = product.sku ?? product.skus?.[0]?.sku;
    if (!sku) continue;
    const availability = await (await request.post("/api/v1/availability", { headers: WEB, data: { lines: [{ sku, qty: 1 }], shippingAddress: PARIS } })).json();
    const ship = availability.lines?.[0]?.options?.find((o: { mode: string; complete: boolean; sources: string[] }) => o.mode === "SHIP" && o.complete && o.sources.length === 1 && o.sources[0].startsWith("DC-"));
    if (!ship) continue;
    const placed = await request.post("/api/v1/orders", {
      headers: { ...WEB, "Idempotency-Key": `e2e-dc-${Date.now()}-${sku}` },
      data: { channel: "WEB", customer: { name: "Hugo Lefèvre", email: "hugo.lefevre@example.test" }, shippingAddress: PARIS, lines: [{ sku, qty: 1, mode: "SHIP" }] },
    });
    expect(placed.status()).toBe(201);
    const order = await (await request.get(`/api/v1/orders/${(await placed.json()).number}`, { headers: WEB })).json();
    const [work, ...more] = order.fulfillments as Array<{ node: string; status: string }>;
    if (work && !more.length && work.node.startsWith("DC-") && work.status === "RELEASED") return { dc: work.node, fulfillment: `${order.number}-1` };
  }
  throw new Error("No SKU of the first catalogue page ships from a DC to Paris.");
}

test.describe("supply-chain manager at the DC console", () => {
  test.use({ storageState: storageState("supply") });

  test("works a DC's released fulfilment order from pick to delivered", async ({ page }) => {
    test.setTimeout(120_000);
    const { dc, fulfillment } = await placeDcOrder(page.request);
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "DC console" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /DC console/ })).toBeVisible();
    await page.getByLabel("Distribution centre").selectOption(dc);
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(new RegExp(`node=${dc}`));
    await page.getByRole("link", { name: /^To pick/ }).click();
    await expect(page).toHaveURL(/status=RELEASED/);
    const table = page.getByRole("table");
    await expect(table).toBeVisible();
    await expectAccessible(page);
    await snap(page, "dc-console");

    // The newest work is on the last page when the DC has a backlog; the order just placed is ours.
    const ours = table.getByRole("link", { name: fulfillment, exact: true });
    for (let turn = 0; turn < 10 && (await ours.count()) === 0; turn++) await page.getByRole("link", { name: "Next page" }).click();
    const number = fulfillment;
    await ours.click();
    await expect(page).toHaveURL(/\/dc\/work\/.+/);
    await expect(page.getByText(`Fulfilment order ${number}`)).toBeVisible();
    await expectAccessible(page);

    // Confirm every unit with the big buttons, then pack one parcel and hand it to the carrier.
    const confirm = page.getByRole("button", { name: /^Confirm (1 unit|all \d+ remaining units) of / });
    const all = page.getByRole("button", { name: /^Confirm all \d+ remaining units of / });
    for (let round = 0; round < 30 && (await confirm.count()) > 0; round++) {
      const before = await confirm.count();
      await ((await all.count()) > 0 ? all.first() : confirm.first()).click();
      await expect(confirm).not.toHaveCount(before);
    }
    const pack = page.getByRole("region", { name: "Pack", exact: true });
    await pack.getByRole("button", { name: "Mark as packed" }).click();
    await expect(page.getByRole("status").getByText("Packed.")).toBeVisible();
    const ship = page.getByRole("region", { name: "Hand to the carrier", exact: true });
    await ship.getByLabel("Carrier").selectOption("DPD");
    await ship.getByLabel("Tracking number").fill("DPD-E2E-0001");
    await ship.getByRole("button", { name: "Mark as shipped" }).click();
    await expect(page.getByRole("status").getByText("Shipped.")).toBeVisible();
    await expectAccessible(page);
    await snap(page, "dc-work-shipped");

    // The carrier confirms delivery.
    await page.getByRole("button", { name: "Mark delivered" }).click();
    await expect(page.getByRole("status").getByText("Marked as delivered.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Mark delivered" })).toHaveCount(0);
    await snap(page, "dc-work-delivered");

    // Back on the console, the order has left the open work.
    await page.getByRole("link", { name: "Back to the DC console" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /DC console/ })).toBeVisible();
    await expect(page.getByRole("table").getByRole("link", { name: number })).toHaveCount(0);
  });

  test("is kept out of the store tablet, and store associates out of the console", async ({ page, browser }) => {
    const store = await page.goto("/store");
    expect(store!.status()).toBe(403);
    const associate = await browser.newContext({ storageState: storageState("store") });
    const associatePage = await associate.newPage();
    const refused = await associatePage.goto("/dc");
    expect(refused!.status()).toBe(403);
    await associate.close();
  });
});
