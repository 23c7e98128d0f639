// The call-centre agent's journeys: a phone order with a pickup line and a ship-to-home line, then
// changes to it that show on the timeline, and the buyer tracking it; finding a seeded order; and
// working a dialog by keyboard alone.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { storageState } from "./support/users";

test.use({ storageState: storageState("agent") });

const PICKUP_AT_RIVOLI = /Pick up at Paris Rivoli \(ST-PAR-01\)/;

/** A product search result (the items with an Add button, not their option sub-items). */
function results(page: Page): Locator {
  return page.getByRole("list", { name: "Matching products" }).getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Add / }) });
}

async function addFirst(page: Page, candidates: Locator): Promise<string> {
  const item = candidates.first();
  await expect(item).toBeVisible();
  const label = (await item.getAttribute("aria-label")) ?? "";
  await item.getByRole("button", { name: /^Add / }).click();
  return label.replace(/ \([^)]*\)$/, "");
}

test("an agent takes a phone order with pickup and ship-to-home lines, changes it, and the buyer tracks it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  // An existing demo customer, from their page: the new order starts with them selected.
  await page.goto("/customers");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/customers\/.+/);
  const customerName = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  await page.getByRole("link", { name: "New order" }).click();
  await expect(page).toHaveURL(/\/orders\/new\?customer=/);
  await expect(page.getByRole("heading", { level: 1, name: "New order" })).toBeVisible();
  await expect(page.getByText(customerName, { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel("Address line 1")).not.toHaveValue("");
  await expectAccessible(page);

  // Products with live availability: also offer pickup at the Paris Rivoli store.
  await page.getByLabel("Also offer pickup at").selectOption("ST-PAR-01");
  await page.getByLabel("Search products by SKU or name").fill("shirt");
  const pickupName = await addFirst(page, results(page).filter({ hasText: /Pick up at Paris Rivoli \(ST-PAR-01\): Expected[^·]*· in stock/ }));
  const shipName = await addFirst(page, results(page).filter({ hasText: /Ship to home: Expected[^·]*· in stock/ }).filter({ hasNotText: pickupName }));

  const pickupLine = page.getByRole("listitem", { name: `Line 1: ${pickupName}` });
  await pickupLine.getByRole("radio", { name: PICKUP_AT_RIVOLI }).check();
  const shipLine = page.getByRole("listitem", { name: `Line 2: ${shipName}` });
  await shipLine.getByRole("radio", { name: /Ship to home/ }).check();
  // Paid by card: the test provider's approving card.
  await page.getByRole("radio", { name: /^Card/ }).check();
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await page.getByLabel("Security code (CVC)").fill("123");
  await expectAccessible(page);

  // Read back to the customer, then place it.
  await page.getByRole("button", { name: "Review with the customer" }).click();
  const review = page.getByRole("region", { name: /Read back and confirm/ });
  await expect(review).toBeVisible();
  await expect(review.getByRole("cell", { name: pickupName, exact: false })).toBeVisible();
  await expect(review.getByText(PICKUP_AT_RIVOLI)).toBeVisible();
  await expectAccessible(page);
  await review.getByLabel("The customer confirmed the items, delivery, dates and total.").check();
  await review.getByRole("button", { name: "Place order" }).click();

  await expect(page).toHaveURL(/\/orders\/OMS-\d+/);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^Order OMS-\d+$/);
  const number = (await heading.textContent())!.replace("Order ", "").trim();
  await expect(page.getByText(`Order ${number} was placed.`)).toBeVisible();
  const timeline = page.getByRole("list", { name: "Order events, newest first" });
  await expect(timeline).toContainText("Order created");
  const email = (await page.getByRole("link", { name: /@/ }).first().textContent())!.trim();
  await expectAccessible(page);

  // Change the shipping address.
  await page.getByRole("button", { name: "Change address" }).click();
  const addressDialog = page.getByRole("dialog", { name: "Change the shipping address" });
  await expect(addressDialog).toBeVisible();
  await expectAccessible(page);
  await addressDialog.getByLabel("Address line 1").fill("5 rue de la Paix");
  await addressDialog.getByLabel("Postcode").fill("75002");
  await addressDialog.getByLabel("City").fill("Paris");
  await addressDialog.getByLabel("Country").fill("FR");
  await addressDialog.getByRole("button", { name: "Save address" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Shipping address changed." })).toBeVisible();
  await expect(addressDialog).toBeHidden();
  await expect(timeline).toContainText("Shipping address changed");
  await expect(page.getByText("5 rue de la Paix")).toBeVisible();

  // Cancel the ship-to-home line.
  await page.getByRole("button", { name: "Cancel line 2" }).click();
  const cancelDialog = page.getByRole("dialog", { name: "Cancel line 2" });
  await cancelDialog.getByLabel("Reason").fill("Customer changed their mind on the phone");
  // The buttons say what they do: one keeps the line, the other cancels the units typed.
  await expect(cancelDialog.getByRole("button", { name: "Keep the line" })).toBeVisible();
  await cancelDialog.getByRole("button", { name: "Cancel 1 unit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "unit(s) of line 2 cancelled." })).toBeVisible();
  await expect(timeline).toContainText("Line cancelled");
  await expect(timeline).toContainText("Customer changed their mind on the phone");
  await expectAccessible(page);

  // The buyer, without any session, tracks the order with its number and e-mail.
  const buyer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const buyerPage = await buyer.newPage();
  await buyerPage.goto("/track");
  await buyerPage.getByLabel("Order number").fill(number);
  await buyerPage.getByLabel("E-mail address").fill(email);
  await buyerPage.getByRole("button", { name: "Track order" }).click();
  await expect(buyerPage.getByRole("heading", { name: `Order ${number}` })).toBeVisible();
  await expect(buyerPage.getByText(/Status/).first()).toBeVisible();
  await expect(buyerPage.getByText(/Paris Rivoli/).first()).toBeVisible();
  await expectAccessible(buyerPage);
  await buyer.close();
});

test("the agent's search finds a seeded order by its number", async ({ page }) => {
  await page.goto("/orders");
  const firstOrder = page.getByRole("table").getByRole("link", { name: /^OMS-\d+$/ }).first();
  const number = (await firstOrder.textContent())!.trim();
  // "/" jumps to the search box (retried: the key does nothing until the page has hydrated).
  const search = page.getByLabel("Order number, name, e-mail, phone or postcode");
  await expect(async () => {
    await page.locator("body").press("/");
    await expect(search).toBeFocused({ timeout: 1_000 });
  }).toPass();
  await search.fill(number);
  await search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${number}`));
  await expect(page.getByRole("table").getByRole("link", { name: number })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("table").getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
});

test("a dialog opens and closes by keyboard, and focus goes back where it was", async ({ page }) => {
  await page.goto("/orders");
  await page.getByRole("table").getByRole("link", { name: /^OMS-\d+$/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Order OMS-/);

  const addNote = page.getByRole("button", { name: "Add note" });
  const dialog = page.getByRole("dialog", { name: "Add a note" });
  // Retried: the button does nothing until the page has hydrated.
  await expect(async () => {
    await addNote.focus();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(dialog.getByLabel("Note")).toBeFocused();
  await page.keyboard.type("Called back, no answer.");
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(addNote).toBeFocused();

  // "?" lists the shortcuts; "n" opens the note dialog; typing in a field never triggers them.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Add note");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await page.keyboard.press("n");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Note").fill("Customer asked for a call back.");
  await dialog.getByRole("button", { name: "Save note" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Note added." })).toBeVisible();
  await expect(page.getByRole("list", { name: "Order events, newest first" })).toContainText("Note added");
});
