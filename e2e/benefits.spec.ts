// The benefits calculator for a supply-chain manager: the three levers' figures with their formulas
// and data on the seeded orders, an assumption changed and saved (the figure follows), the CSV
// export of what is on screen, and back to the defaults.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { storageState } from "./support/users";

test.use({ storageState: storageState("supply") });

test("a manager reads the omnichannel benefits, changes a margin assumption, exports the figures and resets", async ({ page }) => {
  await page.goto("/kpis");
  await page.getByRole("button", { name: "Admin" }).click();
  await page.getByRole("link", { name: "Omnichannel benefits" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Omnichannel benefits" })).toBeVisible();
  await page.getByRole("link", { name: "90 days" }).click();
  await expect(page).toHaveURL(/days=90/);

  const bopis = page.getByRole("region", { name: "BOPIS (buy online, pick up in store)" });
  await expect(bopis.getByText("How it is computed")).toBeVisible();
  await expect(bopis.getByText(/collected pickup orders × 20% add-on rate × €30\.00 basket ÷ 1\.2 \(VAT\) × 50% margin = /)).toBeVisible();
  await expect(bopis.getByText("Collected pickup orders", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Ship-from-store" }).getByText("Shipments from stores")).toBeVisible();
  await expectAccessible(page);

  const total = page.getByText("Incremental gross margin", { exact: true }).locator("xpath=following-sibling::p[1]");
  const before = await total.textContent();

  // A refused value stays in the form with its reason; nothing is saved.
  const margin = page.getByLabel("Gross margin, categories not listed (%)");
  await margin.fill("140");
  await page.getByRole("button", { name: "Save assumptions" }).click();
  await expect(page.getByText("At most 100.")).toBeVisible();
  await expect(margin).toBeFocused();

  await margin.fill("60");
  await page.getByRole("button", { name: "Save assumptions" }).click();
  await expect(page.getByText("Assumptions saved; the figures use them.")).toBeVisible();
  await expect(page.getByText("Your saved assumptions")).toBeVisible();
  await expect(total).not.toHaveText(before!);

  const csv = await page.request.get("/api/benefits/export?days=90");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toBe("\uFEFFsection,lever,item,value,unit,formula");
  expect(text).toContain("assumption,,defaultMarginPercent,60,percent,");

  await page.getByRole("button", { name: "Reset to defaults" }).click();
  await expect(page.getByText("Defaults restored.")).toBeVisible();
  await expect(page.getByText("Default assumptions (you have saved none)")).toBeVisible();
  await expect(total).toHaveText(before!);
});
