// The store associate on a 1024x768 tablet: their own store's queue by touch, large targets, and
// no way into another store's data or the admin screens.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { signOut } from "./support/login";
import { storageState } from "./support/users";

test.describe("store associate in Paris", () => {
  test.use({ storageState: storageState("store") });

  test("lands on their store's queue with the seeded work", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/store$/);
    await expect(page.getByRole("heading", { level: 1, name: "Store queue" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "To pick" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Ready for pickup" })).toBeVisible();
    await expect(page.getByText(/Paris/).first()).toBeVisible();
    await expectAccessible(page);
  });

  test("has touch-sized navigation and no horizontal scrolling at 1024x768", async ({ page }) => {
    await page.goto("/store");
    for (const link of await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link").all()) {
      const box = await link.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole("link", { name: "Inventory" }).tap();
    await expect(page.getByRole("heading", { level: 1, name: "Inventory" })).toBeVisible();
  });

  test("cannot open another store's queue or the admin screens", async ({ page }) => {
    await page.goto("/store?store=ST-LYO-01");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    const admin = await page.goto("/admin/rules");
    expect(admin!.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    const api = await page.request.get("/api/store/queue?store=ST-LYO-01");
    expect(api.status()).toBe(403);
  });

  test("signs out", async ({ page }) => {
    await page.goto("/store");
    await signOut(page);
  });
});

test.describe("store associate in Lyon", () => {
  test.use({ storageState: storageState("store2") });

  test("sees the Lyon store, not Paris", async ({ page }) => {
    await page.goto("/store");
    await expect(page.getByText(/Lyon/).first()).toBeVisible();
    const api = await page.request.get("/api/store/queue?store=ST-PAR-01");
    expect(api.status()).toBe(403);
  });
});
