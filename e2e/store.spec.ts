// The store associate on a 1024x768 tablet: their own store's queue as tabs, by touch, large
// targets, a one-line header; the work of a ship-from-store order (scan, short-pick, pack, ship)
// and of a pickup (ready, then handed over at the counter with its code); and no way into another
// store's data or the admin screens.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { signOut } from "./support/login";
import { storageState } from "./support/users";
import { JOURNEY_CUSTOMER } from "../prisma/seed/demo-users";

/** A screenshot for the report, kept with the test's output and attached to it. */
async function snap(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

/** The open tab's cards in the store queue. */
function cardsIn(page: Page, tab: RegExp): { tab: Locator; cards: Locator } {
  return { tab: page.getByRole("tab", { name: tab }), cards: page.getByRole("tabpanel").getByRole("article") };
}

/** Confirms every unit still to pick with the big buttons ("Confirm all" when a line has several). */
async function confirmEverything(page: Page): Promise<void> {
  const confirm = page.getByRole("button", { name: /^Confirm (1 unit|all \d+ remaining units) of / });
  const all = page.getByRole("button", { name: /^Confirm all \d+ remaining units of / });
  for (let round = 0; round < 30 && (await confirm.count()) > 0; round++) {
    const before = await confirm.count();
    await ((await all.count()) > 0 ? all.first() : confirm.first()).tap();
    await expect(confirm).not.toHaveCount(before);
  }
  await expect(confirm).toHaveCount(0);
}

test.describe("store associate in Paris", () => {
  test.use({ storageState: storageState("store") });

  test("lands on their store's queue with the seeded work, as tabs with counts", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/store$/);
    await expect(page.getByRole("heading", { level: 1, name: "Store queue" })).toBeVisible();
    const tabs = page.getByRole("tablist", { name: "Work by stage" });
    for (const name of ["To pick", "Picking", "To pack", "To ship", "Arriving", "Ready for pickup", "Overdue"]) {
      await expect(tabs.getByRole("tab", { name: new RegExp(`^${name} \\d+$`) })).toBeVisible();
    }
    await expect(page.getByRole("tab", { name: /^To pick/ })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("tabpanel").getByRole("heading", { name: "To pick" })).toBeVisible();
    await expect(page.getByText(/Paris/).first()).toBeVisible();
    await expectAccessible(page);

    // By keyboard: the arrow keys move between tabs, and the choice stays in the URL.
    await page.getByRole("tab", { name: /^To pick/ }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tab", { name: /^Picking/ })).toBeFocused();
    await expect(page.getByRole("tab", { name: /^Picking/ })).toHaveAttribute("aria-selected", "true");
    await expect(page).toHaveURL(/tab=picking/);
    await page.getByRole("tab", { name: /^Ready for pickup/ }).tap();
    await expect(page.getByRole("tabpanel").getByRole("heading", { name: "Ready for pickup" })).toBeVisible();
    await snap(page, "store-queue");
  });

  test("has a one-line header with touch-sized navigation and no horizontal scrolling at 1024x768", async ({ page }) => {
    await page.goto("/store");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect(nav.getByRole("link")).toHaveText(["Queue", "Counter", "Take back", "Returns", "Inventory"]);
    for (const link of await nav.getByRole("link").all()) {
      const box = await link.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
    // One line: the header is a single 48 px row plus its padding (it wrapped to 116 px before).
    const header = await page.getByRole("banner").boundingBox();
    expect(header!.height).toBeLessThanOrEqual(72);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole("link", { name: "Counter" }).tap();
    await expect(page.getByRole("heading", { level: 1, name: /Counter/ })).toBeVisible();
    await page.getByRole("link", { name: "Inventory" }).tap();
    await expect(page.getByRole("heading", { level: 1, name: "Inventory" })).toBeVisible();
  });

  test("picks, short-picks, packs and ships a ship-from-store order, then hands a pickup over at the counter", async ({ page, browser }) => {
    test.setTimeout(240_000);

    // ---- Ship from store: the first "Ship to customer" card to pick with a line of two units or
    // more (one is scanned, one short-picked; the seed's journey orders are such).
    await page.goto("/store");
    const toPick = cardsIn(page, /^To pick \d+$/);
    await toPick.tab.tap();
    const shipCard = toPick.cards
      .filter({ has: page.getByText("Ship to customer", { exact: true }) })
      .filter({ has: page.getByText(/^([2-9]|\d{2,}) ×$/) })
      .first();
    await expect(shipCard).toBeVisible();
    const shipOrder = (await shipCard.getByRole("heading", { level: 3 }).textContent())!.trim();
    await shipCard.getByRole("link").tap();
    await expect(page).toHaveURL(/\/store\/work\/.+/);
    await expect(page.getByRole("heading", { level: 1, name: shipOrder })).toBeVisible();
    const scan = page.getByLabel("Scan or type a barcode or SKU");
    await expect(scan).toBeFocused();
    await expectAccessible(page);
    await snap(page, "work-to-pick");

    // A wrong code is refused next to the field and picks nothing; the code stays for correction.
    await scan.fill("NOT-AN-ITEM");
    await scan.press("Enter");
    await expect(page.getByText("“NOT-AN-ITEM” is not an item of this order. Nothing was picked.")).toBeVisible();
    await expect(scan).toHaveValue("NOT-AN-ITEM");

    // Scanning the first line's SKU confirms one unit, and the field is ready for the next scan.
    const firstSku = (await page.getByText(/^SKU \S+/).first().textContent())!.match(/^SKU (\S+)/)![1];
    await scan.fill(firstSku);
    await scan.press("Enter");
    await expect(page.getByRole("status").getByText(/^Confirmed 1 × /)).toBeVisible();
    await expect(scan).toHaveValue("");
    await expect(scan).toBeFocused();

    // One unit is not on the shelf: short-pick it; the screen says where it is sourced now.
    await page.getByRole("button", { name: /^Short-pick / }).first().tap();
    const shortDialog = page.getByRole("dialog", { name: /^Short-pick / });
    await expect(shortDialog).toBeVisible();
    await expect(shortDialog.getByLabel("Missing units")).toHaveValue("1");
    await shortDialog.getByRole("button", { name: "Short-pick", exact: true }).tap();
    await expect(shortDialog.getByText("Choose why the units are missing.")).toBeVisible();
    await expectAccessible(page);
    await shortDialog.getByLabel("Not on the shelf").check();
    await shortDialog.getByRole("button", { name: "Short-pick", exact: true }).tap();
    await expect(shortDialog).toBeHidden();
    await expect(page.getByText("Short-pick recorded")).toBeVisible();
    const resourcedTo = page.getByText(/Units sourced again: \d+, from /).first();
    await expect(resourcedTo).toBeVisible();
    const newSource = (await resourcedTo.textContent())!.match(/from (\S+?)\.?$/)![1];
    // The line shows the short before anything else is confirmed: buttons of the screen as it was
    // before the short-pick must not be tapped.
    await expect(page.getByText(/^1 short: /).first()).toBeVisible();
    await snap(page, "work-short-picked");

    // The rest with the big confirm buttons, then pack (one parcel, weighed) and ship.
    await confirmEverything(page);
    const packStep = page.getByRole("region", { name: "Pack", exact: true });
    await expect(packStep).toBeVisible();
    await packStep.getByRole("button", { name: "Add a parcel" }).tap();
    await expect(packStep.getByText("2 parcel(s)")).toBeVisible();
    await packStep.getByRole("button", { name: "Remove the last parcel" }).tap();
    await packStep.getByLabel("Weight of parcel 1 in grams (optional)").fill("850");
    await expectAccessible(page);
    await snap(page, "work-pack");
    await packStep.getByRole("button", { name: "Mark as packed" }).tap();
    await expect(page.getByRole("status").getByText("Packed.")).toBeVisible();

    const shipStep = page.getByRole("region", { name: "Hand to the carrier", exact: true });
    await shipStep.getByRole("button", { name: "Mark as shipped" }).tap();
    await expect(shipStep.getByText("Choose the carrier.")).toBeVisible();
    await shipStep.getByLabel("Carrier").selectOption("Colissimo");
    await shipStep.getByLabel("Tracking number").fill("6A0000000001");
    await expectAccessible(page);
    await shipStep.getByRole("button", { name: "Mark as shipped" }).tap();
    await expect(page.getByRole("status").getByText("Shipped.")).toBeVisible();
    await expect(page.getByText("6A0000000001")).toBeVisible();
    await snap(page, "work-shipped");

    // The call centre sees it without anyone re-typing it: the new source of the short-picked unit,
    // the parcel with its tracking number, and every step on the timeline.
    const shipNumber = shipOrder.replace(/^Order /, "");
    const agent = await browser.newContext({ storageState: storageState("agent"), viewport: { width: 1440, height: 900 } });
    const agentPage = await agent.newPage();
    await agentPage.goto(`/orders/${shipNumber}`);
    const fulfillment = agentPage.getByRole("region", { name: "Fulfilment orders" });
    await expect(fulfillment).toContainText(newSource);
    await expect(fulfillment).toContainText("6A0000000001");
    await expect(fulfillment).toContainText("1 short");
    const timeline = agentPage.getByRole("list", { name: "Order events, newest first" });
    for (const step of ["Order created", "Released to a node", "Picking started", "Short-picked", "Re-sourced", "Packed", "Shipped", "Payment captured"]) {
      await expect(timeline).toContainText(step);
    }
    await expectAccessible(agentPage);
    await agentPage.screenshot({ path: test.info().outputPath("agent-order-after-short-pick.png"), fullPage: true });
    await test.info().attach("agent-order-after-short-pick", { path: test.info().outputPath("agent-order-after-short-pick.png"), contentType: "image/png" });

    // The buyer's tracking page follows: one parcel shipped, the other part still being prepared.
    const buyer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const buyerPage = await buyer.newPage();
    await buyerPage.goto("/track");
    await buyerPage.getByLabel("Order number").fill(shipNumber);
    await buyerPage.getByLabel("E-mail address").fill(JOURNEY_CUSTOMER.email);
    await buyerPage.getByRole("button", { name: "Track order" }).click();
    await expect(buyerPage.getByRole("heading", { name: `Order ${shipNumber}` })).toBeVisible();
    await expect(buyerPage.getByText("Shipped").first()).toBeVisible();
    await expect(buyerPage.getByText("Being prepared").first()).toBeVisible();
    await buyer.close();

    // ---- A pickup at this store: pick it and put it on the shelf.
    await page.getByRole("link", { name: "Back to the queue" }).tap();
    await toPick.tab.tap();
    const pickupCard = toPick.cards.filter({ has: page.getByText("Pickup", { exact: true }) }).filter({ hasNotText: /Pickup at / }).first();
    await expect(pickupCard).toBeVisible();
    const pickupOrder = (await pickupCard.getByRole("heading", { level: 3 }).textContent())!.trim();
    await pickupCard.getByRole("link").tap();
    await expect(page.getByRole("heading", { level: 1, name: pickupOrder })).toBeVisible();
    const workId = page.url().split("/store/work/")[1];
    await confirmEverything(page);
    await page.getByRole("button", { name: "Mark ready for pickup" }).tap();
    await expect(page.getByRole("status").getByText("Ready for pickup; the customer has been told.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Hand over at the counter" })).toBeVisible();
    await expectAccessible(page);
    await snap(page, "work-ready");

    // The customer brings the code from their "ready" message; the test reads it from the work's data.
    const work = await (await page.request.get(`/api/store/work/${workId}`)).json();
    const code: string = work.pickupCode;
    expect(code).toMatch(/^\d{6}$/);

    // ---- At the counter: find it by the code and hand it over in two taps.
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Counter" }).tap();
    await expect(page.getByRole("heading", { level: 1, name: /Counter/ })).toBeVisible();
    const search = page.getByLabel("Pickup code, order number or customer name");
    await search.fill(code);
    await search.press("Enter");
    const result = page.getByRole("article").filter({ has: page.getByRole("heading", { name: pickupOrder }) });
    await expect(result).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`q=${code}`));
    await expectAccessible(page);
    await snap(page, "counter-found");

    const orderNumber = pickupOrder.replace(/^Order /, "");
    await result.getByRole("button", { name: `Hand over order ${orderNumber}` }).tap();
    const handOver = page.getByRole("dialog", { name: `Hand over order ${orderNumber}` });
    await expect(handOver.getByLabel("Pickup code", { exact: true })).toHaveValue(code);
    await expectAccessible(page);
    await snap(page, "counter-hand-over");
    await handOver.getByRole("button", { name: "Hand over", exact: true }).tap();
    await expect(handOver).toBeHidden();
    await expect(page.getByRole("status").getByText(`Order ${orderNumber} handed over.`)).toBeVisible();
    await expect(page.getByText(`No ready pickup matches “${code}”.`, { exact: false })).toBeVisible();
    await snap(page, "counter-handed-over");

    // The pickup's timeline reads from placed to picked up with no gap.
    await agentPage.goto(`/orders/${orderNumber}`);
    const pickupTimeline = agentPage.getByRole("list", { name: "Order events, newest first" });
    for (const step of ["Order created", "Released to a node", "Picking started", "Picked", "Packed", "Ready for pickup", "Picked up by the customer", "Payment captured"]) {
      await expect(pickupTimeline).toContainText(step);
    }
    await expect(agentPage.getByRole("region", { name: "Fulfilment orders" })).toContainText("Handed over by");
    await agent.close();
  });

  test("fits a portrait tablet (768x1024): queue, work screen and counter without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto("/store");
    await expect(page.getByRole("tablist", { name: "Work by stage" })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await snap(page, "portrait-queue");
    await page.getByRole("tab", { name: /^To pick/ }).tap();
    const card = page.getByRole("tabpanel").getByRole("article").first();
    await expect(card).toBeVisible();
    await card.getByRole("link").tap();
    await expect(page.getByLabel("Scan or type a barcode or SKU")).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await snap(page, "portrait-work");
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Counter" }).tap();
    await expect(page.getByRole("heading", { level: 1, name: /Counter/ })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await snap(page, "portrait-counter");
  });

  test("counts a SKU: a wrong code is refused next to its field, a count replaces on hand", async ({ page }) => {
    await page.goto("/store");
    await page.getByRole("link", { name: "Count stock" }).tap();
    await expect(page.getByRole("heading", { level: 1, name: /Count stock/ })).toBeVisible();
    await page.getByRole("button", { name: "Save the count" }).tap();
    await expect(page.getByText("Scan or type the SKU.").first()).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("SKU or barcode").fill("NO-SUCH-SKU");
    await page.getByLabel("Units counted").fill("3");
    await page.getByLabel("Reason").fill("Weekly count");
    await page.getByRole("button", { name: "Save the count" }).tap();
    await expect(page.getByText("No item has this SKU code or barcode.").first()).toBeVisible();
    // An item of this store's work, counted at a generous figure (above what is reserved).
    const queue = await (await page.request.get("/api/store/queue")).json();
    const sku: string = queue.sections.toPick[0].lines[0].sku;
    await page.getByLabel("SKU or barcode").fill(sku);
    await page.getByLabel("Units counted").fill("40");
    await page.getByRole("button", { name: "Save the count" }).tap();
    await expect(page.getByText(new RegExp(`${sku} at ST-PAR-01: on hand \\d+ → 40`))).toBeVisible();
    await snap(page, "count-saved");
  });

  test("cannot open another store's queue or the admin screens", async ({ page }) => {
    await page.goto("/store?store=ST-LYO-01");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    const admin = await page.goto("/admin/rules");
    expect(admin!.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    const api = await page.request.get("/api/store/queue?store=ST-LYO-01");
    expect(api.status()).toBe(403);
    const counter = await page.request.get("/api/store/pickups?store=ST-LYO-01&q=Martin");
    expect(counter.status()).toBe(403);
  });

  test("signs out", async ({ page }) => {
    await page.goto("/store");
    await signOut(page);
  });
});

test.describe("store associate in Lyon", () => {
  test.use({ storageState: storageState("store2") });

  test("sees the Lyon store, not Paris, and cannot open Paris work", async ({ page }) => {
    await page.goto("/store");
    await expect(page.getByText(/Lyon/).first()).toBeVisible();
    const api = await page.request.get("/api/store/queue?store=ST-PAR-01");
    expect(api.status()).toBe(403);
  });
});
