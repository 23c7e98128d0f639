// The supply-chain manager's journey: the live network overview, a SKU orders wait for, its alert,
// a transfer from the store that holds free units, its receipt, and the backordered order served.
// And the overview follows orders placed elsewhere, with no reload.
import { expect, test } from "@playwright/test";
import { DEMO_API_KEYS } from "../prisma/seed/demo-users";
import { DEMO_STOCKOUT } from "../prisma/seed/inventory-journeys";
import { expectAccessible } from "./support/axe";
import { storageState } from "./support/users";

test.describe.configure({ mode: "serial" });
test.use({ storageState: storageState("supply") });

test("an order placed in another browser shows on the overview within 5 seconds, without a reload", async ({ page, browser }) => {
  await page.goto("/overview");
  await expect(page.getByRole("heading", { level: 1, name: "Network overview" })).toBeVisible();
  await expect(page.getByText(/^Live · updated/).first()).toBeVisible();
  // The figure under its label on the "Units waiting for stock" card.
  const stat = page.getByText("Units waiting for stock", { exact: true }).locator("xpath=following-sibling::p[1]");
  const before = Number((await stat.textContent())!.replace(/[^\d]/g, ""));

  // A web shop's order for the SKU no shipping node has: it waits for stock.
  const other = await browser.newContext({ storageState: undefined });
  const key = DEMO_API_KEYS.find((k) => k.channel === "WEB")!.key;
  const res = await other.request.post("/api/v1/orders", {
    headers: { Authorization: `Bearer ${key}`, "Idempotency-Key": `e2e-overview-${Date.now()}` },
    data: {
      channel: "WEB",
      customer: { name: "Live Overview", email: "live.overview@example.com" },
      shippingAddress: { line1: "10 rue de Rivoli", city: "Paris", postalCode: "75004", country: "FR" },
      lines: [{ sku: DEMO_STOCKOUT.sku, qty: 1, mode: "SHIP" }],
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  await other.close();

  // The overview polls: the new demand shows within 5 seconds of the order's acceptance.
  await expect(stat).toHaveText(String(before + 1), { timeout: 5_000 });
});

test("a manager finds a SKU orders wait for, follows its alert, transfers stock to cover it, receives it, and the backorder is served", async ({ page }) => {
  // The overview names the SKU among those short of stock; its page shows every node's position.
  await page.goto("/overview");
  const short = page.getByRole("region", { name: "SKUs short of stock, by units waiting" });
  await short.getByRole("link", { name: DEMO_STOCKOUT.sku }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(DEMO_STOCKOUT.sku) })).toBeVisible();
  await expectAccessible(page);

  // Its alert: orders wait for it. The alert leads back to the SKU, where the transfer starts.
  await page.goto("/alerts");
  const waiting = page.getByRole("region", { name: "Orders waiting for stock" });
  await expect(waiting.getByRole("link", { name: DEMO_STOCKOUT.sku })).toBeVisible();
  await expectAccessible(page);
  await waiting.getByRole("link", { name: DEMO_STOCKOUT.sku }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(DEMO_STOCKOUT.sku) })).toBeVisible();
  await page.getByRole("link", { name: "Create transfer" }).click();

  // The form knows the SKU and suggests the store holding free units.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByLabel("To node").selectOption(DEMO_STOCKOUT.to);
  await page.getByRole("button", { name: new RegExp(`^Send from ${DEMO_STOCKOUT.from}`) }).click();
  await page.getByLabel("Units of line 1").fill(String(DEMO_STOCKOUT.transferQty));
  await page.getByLabel("Ship now: the units leave the source today").check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create transfer" }).click();

  // The transfer's page: in transit; receive all of it.
  await expect(page).toHaveURL(/\/inventory\/inbound\/TR-/);
  await expect(page.getByText("In transit").first()).toBeVisible();
  await page.getByLabel(`Units of ${DEMO_STOCKOUT.sku} received (up to ${DEMO_STOCKOUT.transferQty})`).fill(String(DEMO_STOCKOUT.transferQty));
  await page.getByRole("button", { name: "Record receipt" }).click();
  await expect(page.getByText(`${DEMO_STOCKOUT.transferQty} units received.`)).toBeVisible();
  const served = page.getByText(/Orders served from it: OMS-\d+/);
  await expect(served).toBeVisible();
  await expectAccessible(page);

  // The oldest backordered order is now sourced at the DC that received the units.
  const number = /OMS-\d+/.exec((await served.textContent())!)![0];
  await page.goto(`/orders/${number}`);
  await expect(page.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
  await expect(page.getByText("Released", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(DEMO_STOCKOUT.to).first()).toBeVisible();
});
