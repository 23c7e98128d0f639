// A return from call to refund: the agent authorises a return to a store for one line of a delivered
// order and an even exchange (another size at the same price) for the other; the store associate
// takes the unit back at the counter on a 1024x768 touch tablet and the customer is refunded; the
// agent then sees the refund and the received return on the order, and the outbox holds the
// customer's "return authorised" and "refunded" messages. The order is the seed's returns journey
// (prisma/seed/returns-journeys.ts).
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { storageState, type Persona } from "./support/users";
import { RETURNS_JOURNEY_CUSTOMER } from "../prisma/seed/returns-journey-customer";

/** A screenshot for the report, kept with the test's output and attached to it. */
async function snap(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

/** A signed-in session of another persona: the store's on a touch tablet, the others on a desktop. */
function contextFor(browser: Browser, persona: Persona): Promise<BrowserContext> {
  return persona === "store"
    ? browser.newContext({ storageState: storageState(persona), viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false })
    : browser.newContext({ storageState: storageState(persona), viewport: { width: 1440, height: 900 } });
}

test.use({ storageState: storageState("agent") });
// The journey returns the seeded order's units: a second attempt on the same database would find
// them already returned, so a retry could only fail for the wrong reason.
test.describe.configure({ retries: 0 });

test("a return to the store and an even exchange, received at the counter and refunded", async ({ page, browser }) => {
  test.setTimeout(120_000);

  // ---- The agent finds the customer's delivered order by e-mail.
  await page.goto(`/orders?q=${encodeURIComponent(RETURNS_JOURNEY_CUSTOMER.email)}`);
  const orderLink = page.getByRole("table").getByRole("link", { name: /^OMS-\d+$/ });
  await expect(orderLink).toHaveCount(1);
  const orderNumber = (await orderLink.textContent())!.trim();
  await orderLink.click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(orderNumber) })).toBeVisible();

  // ---- A return of line 1 to a store counter.
  await page.getByRole("button", { name: "Return or exchange" }).click();
  const dialog = page.getByRole("dialog", { name: `Return or exchange items of ${orderNumber}` });
  const line1 = dialog.getByRole("checkbox", { name: /^Return line 1: / });
  const line2 = dialog.getByRole("checkbox", { name: /^Return line 2: / });
  await expect(line1).toBeVisible();
  await expect(line2).toBeVisible();
  await line1.check();
  await dialog.getByLabel("Reason").selectOption({ label: "Size too small" });
  await dialog.getByRole("radio", { name: "At a store counter" }).check();
  await expect(dialog.getByText(/^Value of the returned units: /)).toBeVisible();
  await expectAccessible(page);
  await snap(page, "agent-return-dialog");
  await dialog.getByRole("button", { name: "Authorise return" }).click();
  await expect(dialog).toBeHidden();
  const authorised = page.getByRole("status").filter({ hasText: /^Return RMA-\d+ authorised\.$/ });
  await expect(authorised).toBeVisible();
  const rma = (await authorised.textContent())!.match(/RMA-\d+/)![0];

  // ---- An even exchange of line 2: another size at the same price.
  await page.getByRole("button", { name: "Return or exchange" }).click();
  await expect(dialog.getByText(`Open returns: ${rma}`)).toBeVisible();
  await expect(dialog.getByRole("checkbox", { name: /^Return line 1: / })).toHaveCount(0);
  await line2.check();
  const lineText = (await dialog.getByRole("listitem").filter({ has: page.getByRole("checkbox", { name: /^Return line 2: / }) }).locator("label").first().textContent())!;
  const price = lineText.split(" · ").pop()!.trim();
  await dialog.getByLabel("Reason").selectOption({ label: "Size too large" });
  const exchangeFor = dialog.getByLabel("Exchange for");
  const options = await exchangeFor.locator("option:not([disabled])").allTextContents();
  const samePrice = options.find((o) => o.includes(` · ${price} · `));
  expect(samePrice, `another size at ${price} among ${options.join(" | ")}`).toBeTruthy();
  await exchangeFor.selectOption({ label: samePrice! });
  await expect(dialog.getByText("Even exchange")).toBeVisible();
  await dialog.getByRole("radio", { name: "At a store counter" }).check();
  await expectAccessible(page);
  await snap(page, "agent-exchange-dialog");
  await dialog.getByRole("button", { name: "Authorise exchange" }).click();
  await expect(dialog).toBeHidden();
  const exchanged = page.getByRole("status").filter({ hasText: /^Return RMA-\d+ authorised; replacement order OMS-\d+\.$/ });
  await expect(exchanged).toBeVisible();
  const [, exchangeRma, replacement] = (await exchanged.textContent())!.match(/(RMA-\d+) authorised; replacement order (OMS-\d+)/)!;
  expect(exchangeRma).not.toBe(rma);
  await expect(page.getByRole("link", { name: `Open return ${rma}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Open return ${exchangeRma}` })).toBeVisible();

  // Both returns are in the call centre's list.
  await page.goto(`/returns?q=${orderNumber}`);
  await expect(page.getByRole("heading", { level: 1, name: "Returns" })).toBeVisible();
  await expect(page.getByRole("link", { name: rma, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: exchangeRma, exact: true })).toBeVisible();
  await expectAccessible(page);
  await snap(page, "agent-returns-list");

  // The exchange's RMA page links to the replacement order, which opens.
  await page.getByRole("link", { name: exchangeRma, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(exchangeRma) })).toBeVisible();
  await expect(page.getByText("Even exchange")).toBeVisible();
  await expectAccessible(page);
  await snap(page, "agent-exchange-rma");
  await page.getByRole("link", { name: replacement, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${replacement}$`));
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(replacement) })).toBeVisible();

  // ---- At the Paris store counter, on the tablet: the customer brings the unit of the first RMA.
  const store = await contextFor(browser, "store");
  const counter = await store.newPage();
  await counter.goto("/store/returns");
  await expect(counter.getByRole("heading", { level: 1, name: /Returns counter/ })).toBeVisible();
  await expectAccessible(counter);
  const search = counter.getByLabel("Order number, RMA number, e-mail or customer name");
  await search.fill(orderNumber);
  await counter.getByRole("button", { name: "Find", exact: true }).tap();
  const found = counter.getByRole("article").filter({ has: counter.getByRole("heading", { name: `Order ${orderNumber}` }) });
  await expect(found).toBeVisible();
  await expect(found).toContainText(rma);
  await snap(counter, "store-returns-found");
  await found.getByRole("button", { name: `Open order ${orderNumber}` }).tap();
  const receipt = counter.getByRole("form", { name: `Receive returned units of order ${orderNumber}` });
  await counter.locator("label").filter({ hasText: rma }).tap();
  await expect(counter.getByRole("radio", { name: new RegExp(rma) })).toBeChecked();
  const unit = receipt.getByRole("article").first();
  await expect(unit).toBeVisible();
  await unit.locator("label").filter({ hasText: /^Resellable$/ }).tap();
  await expect(unit.getByRole("radio", { name: "Resellable" })).toBeChecked();
  // The returns router's proposal for this store, kept as it is.
  await expect(unit.getByText(/^(Put back on the shelf here|Send to DC-\S+)$/)).toBeVisible();
  const submit = receipt.getByRole("button", { name: /^Receive 1 unit and refund .+$/ });
  await expect(submit).toBeEnabled();
  const refund = (await submit.textContent())!.match(/refund (.+)$/)![1].trim();
  await expectAccessible(counter);
  await snap(counter, "store-returns-receive");
  await submit.tap();
  const done = counter.getByRole("region", { name: new RegExp(`Return ${rma} received`) });
  await expect(done).toBeVisible();
  await expect(done).toContainText(`Order ${orderNumber}`);
  await expect(done).toContainText("Refunded to the customer");
  await expect(done).toContainText(refund);
  await expectAccessible(counter);
  await snap(counter, "store-returns-done");
  await store.close();

  // ---- Back at the call centre: the refund is in the payments and the return is refunded.
  await page.goto(`/orders/${orderNumber}`);
  const payments = page.getByRole("region", { name: "Payments" });
  await expect(payments.getByRole("row").filter({ hasText: "Refund" }).filter({ hasText: refund }).filter({ hasNotText: "EXCHANGE_CREDIT" })).toHaveCount(1);
  await expect(payments.getByRole("row").filter({ hasText: "EXCHANGE_CREDIT" }).filter({ hasText: exchangeRma })).toHaveCount(1);
  const returned = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Open return ${rma}` }) });
  // The status badge next to the RMA number.
  await expect(returned.locator("div").first()).toHaveText(new RegExp(`^${rma}\\s*Refunded$`));
  await expect(returned).toContainText("1 of 1 units");
  await snap(page, "agent-order-refunded");

  // ---- The customer was told: "return authorised" and "refunded" for this order in the outbox.
  const admin = await contextFor(browser, "admin");
  const outbox = await admin.newPage();
  await outbox.goto(`/admin/outbox?q=${orderNumber}`);
  const messages = outbox.getByRole("table");
  await expect(messages.getByRole("row").filter({ hasText: "Return authorised" }).first()).toBeVisible();
  await expect(messages.getByRole("row").filter({ hasText: "Refunded" }).first()).toBeVisible();
  await snap(outbox, "admin-outbox");
  await admin.close();
});
