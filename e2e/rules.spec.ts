// An administrator changes the business safely: edits the seeded sourcing draft (home goods no longer
// come from distribution centres), simulates it over last month's orders, reads the comparison,
// publishes it from the dialog that shows what changes; an agent's next order of home goods follows
// it and names the rule version; the administrator rolls back to the earlier version.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { storageState } from "./support/users";

async function openSourcingDraft(page: Page) {
  await page.goto("/admin/rules?kind=SOURCING");
  // The seeded world has a sourcing draft; after an earlier attempt published it, start a new one.
  const existing = page.getByRole("link", { name: /^Continue draft v\d+$/ });
  // count() does not wait: the kind's section must be on screen before asking whether a draft is.
  await expect(page.getByRole("heading", { level: 2, name: "Sourcing" })).toBeVisible();
  if (await existing.count()) await existing.click();
  else await page.getByRole("button", { name: "New draft from published" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Sourcing rules · v\d+$/ })).toBeVisible();
}

test("an admin simulates a sourcing draft, publishes it, an agent's next order follows it, and the admin rolls it back", async ({ browser }) => {
  test.setTimeout(300_000);
  const adminContext = await browser.newContext({ storageState: storageState("admin") });
  const admin = await adminContext.newPage();

  // The draft: home goods (category HOM) no longer come from any distribution centre.
  await openSourcingDraft(admin);
  const draftUrl = admin.url();
  const version = Number((await admin.getByRole("heading", { level: 1 }).textContent())!.match(/v(\d+)/)![1]);
  const row = (await admin.getByRole("button", { name: /^Remove the exclusion of row/ }).count()) + 1;
  await admin.getByRole("button", { name: "Add a category exclusion" }).click();
  // A bad entry first: an exclusion that names no node is refused next to its row, and nothing is lost.
  await admin.getByLabel(`Category ${row}`, { exact: true }).selectOption("HOM");
  await admin.getByRole("button", { name: "Save draft" }).click();
  await expect(admin.getByText("Choose the node types or the nodes that may not source this category.")).toBeVisible();
  await expect(admin.getByLabel(`Category ${row}`, { exact: true })).toHaveValue("HOM");
  await admin.getByRole("checkbox", { name: "Distribution centres" }).nth(row - 1).check();
  await admin.getByRole("button", { name: "Save draft" }).click();
  await expect(admin.getByText("Draft saved.")).toBeVisible();
  await expectAccessible(admin);

  // Simulate it over last month's orders and read the comparison.
  await admin.getByRole("radio", { name: "Last calendar month" }).check();
  await admin.getByRole("button", { name: "Start the simulation" }).click();
  await expect(admin).toHaveURL(/\/admin\/rules\/simulations\/[^/]+$/, { timeout: 60_000 });
  const figures = admin.getByRole("region", { name: "Headline figures, published rules against the draft" });
  await expect(figures).toBeVisible({ timeout: 120_000 });
  await expect(figures.getByRole("row", { name: /Total fulfilment cost/ })).toBeVisible();
  await expect(admin.getByText(/\d+ of \d+ orders would be sourced differently\./)).toBeVisible();
  await expectAccessible(admin);

  // Publish from the dialog: the changes against the version in force and the simulation's figures.
  await admin.goto(draftUrl);
  await admin.getByRole("button", { name: "Publish", exact: true }).click();
  const dialog = admin.getByRole("dialog", { name: `Publish version ${version}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("region", { name: "Settings that differ" })).toContainText("Categories some nodes do not source");
  await expect(dialog.getByRole("region", { name: "Settings that differ" })).toContainText("HOM: Distribution centres");
  await expect(dialog.getByRole("region", { name: "Headline figures, published rules against the draft" })).toBeVisible();
  await expectAccessible(admin);
  await dialog.getByLabel("Note (optional)").fill("Home goods ship from stores");
  await dialog.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/rules\?kind=SOURCING&published=\d+/);
  await expect(admin.getByText(`Version ${version} is now published.`)).toBeVisible();

  // An agent's next order of home goods is shipped from a store, and names the version.
  const agentContext = await browser.newContext({ storageState: storageState("agent") });
  const agent = await agentContext.newPage();
  await agent.goto("/customers");
  await agent.getByRole("table").getByRole("link").first().click();
  await agent.getByRole("link", { name: "New order" }).click();
  await expect(agent.getByLabel("Address line 1")).not.toHaveValue("");
  // Home goods by their SKU codes' category prefix.
  await agent.getByLabel("Search products by SKU or name").fill("HOM-");
  const candidate = agent
    .getByRole("list", { name: "Matching products" })
    .getByRole("listitem")
    .filter({ has: agent.getByRole("button", { name: /^Add / }) })
    .filter({ hasText: /Ship to home: Expected[^·]*· in stock/ })
    .first();
  await expect(candidate).toBeVisible();
  await candidate.getByRole("button", { name: /^Add / }).click();
  await agent.getByRole("listitem", { name: /^Line 1: / }).getByRole("radio", { name: /Ship to home/ }).check();
  await agent.getByRole("radio", { name: /^Card/ }).check();
  await agent.getByLabel("Card number").fill("4242 4242 4242 4242");
  await agent.getByLabel("Expiry (MM/YY)").fill("12/34");
  await agent.getByLabel("Security code (CVC)").fill("123");
  await agent.getByRole("button", { name: "Review with the customer" }).click();
  const review = agent.getByRole("region", { name: /Read back and confirm/ });
  await review.getByLabel("The customer confirmed the items, delivery, dates and total.").check();
  await review.getByRole("button", { name: "Place order" }).click();
  await expect(agent).toHaveURL(/\/orders\/OMS-\d+/);
  // The sourcing card: the innermost block holding its heading.
  const sourcing = agent.locator("div").filter({ has: agent.getByRole("heading", { level: 2, name: "Sourcing decision" }) }).last();
  await expect(sourcing).toContainText(`Version ${version}`);
  // No distribution centre ships the home goods any more: the shipment leaves a store.
  await expect(sourcing).toContainText(/\(ST-[A-Z]{3}-\d{2}\) → /);
  await expect(sourcing).not.toContainText(/\(DC-[A-Z]{3}\) → /);
  await agentContext.close();

  // The admin rolls back to the version before, with a reason: it is published again as a new version.
  await admin.goto("/admin/rules?kind=SOURCING");
  await admin.getByRole("region", { name: /Version history/ }).getByRole("link", { name: new RegExp(`^v${version - 1}\\b`) }).click();
  await admin.getByRole("button", { name: "Roll back to this version" }).click();
  const rollback = admin.getByRole("dialog", { name: `Roll back to version ${version - 1}` });
  // Without a reason nothing happens but a message on the field.
  await rollback.getByRole("button", { name: "Roll back" }).click();
  await expect(rollback.getByLabel("Why are you rolling back?")).toHaveAttribute("aria-invalid", "true");
  await rollback.getByLabel("Why are you rolling back?").fill("Stores are short of staff this week");
  await rollback.getByRole("button", { name: "Roll back" }).click();
  await expect(admin.getByText(`Version ${version + 1} is published, with the settings of version ${version - 1}.`)).toBeVisible();
  await expect(admin.getByText(`Rollback to version ${version - 1}`)).toBeVisible();
  // The rollback undoes exactly the draft's changes.
  const published = admin.getByLabel("Compare with").locator("option", { hasText: new RegExp(`^v${version} `) });
  await admin.getByLabel("Compare with").selectOption((await published.getAttribute("value"))!);
  await admin.getByRole("button", { name: "Compare" }).click();
  await expect(admin.getByRole("region", { name: "Settings that differ" })).toContainText("Categories some nodes do not source");
  await expectAccessible(admin);
  await adminContext.close();
});
