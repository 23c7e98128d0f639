// Each persona signs in, lands on their home with real seeded numbers, can use the pages their role
// needs (each checked with axe-core), is refused the pages it must not see, and signs out.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { signOut } from "./support/login";
import { storageState } from "./support/users";

async function expectForbidden(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response!.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
}

test.describe("call-centre agent", () => {
  test.use({ storageState: storageState("agent") });

  test("lands on the orders with seeded orders, opens one, and is kept out of admin and store screens", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/orders$/);
    await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
    const firstOrder = page.getByRole("link", { name: /^OMS-\d{6,7}$/ }).first();
    await expect(firstOrder).toBeVisible();
    await expectAccessible(page);
    const number = (await firstOrder.textContent())!.trim();
    await firstOrder.click();
    await expect(page.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
    await expectAccessible(page);
    await page.goto("/customers");
    await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
    await expectAccessible(page);
    await expectForbidden(page, "/admin/users");
    await expectForbidden(page, "/store");
  });

  test("signs out", async ({ page }) => {
    await page.goto("/orders");
    await signOut(page);
  });
});

test.describe("supply-chain manager", () => {
  test.use({ storageState: storageState("supply") });

  test("lands on live inventory with network figures, then reads the KPIs", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/inventory$/);
    await expect(page.getByRole("heading", { level: 1, name: "Inventory" })).toBeVisible();
    await expect(page.getByRole("table").first()).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "KPIs" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Fulfilment KPIs" })).toBeVisible();
    await expect(page.getByText(/split rate/i).first()).toBeVisible();
    await expectAccessible(page);
    await expectForbidden(page, "/admin/users");
    await expectForbidden(page, "/customers");
  });

  test("signs out", async ({ page }) => {
    await page.goto("/inventory");
    await signOut(page);
  });
});

test.describe("administrator", () => {
  test.use({ storageState: storageState("admin") });

  test("lands on the business rules and reaches nodes, users and the outbox", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/admin\/rules/);
    await expect(page.getByRole("heading", { level: 1, name: "Business rules" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Nodes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nodes" })).toBeVisible();
    await expect(page.getByText("ST-PAR-01").first()).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Users" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await expect(page.getByText("agent@oms.demo")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Outbox" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Customer messages" })).toBeVisible();
    await expectAccessible(page);
  });

  test("signs out", async ({ page }) => {
    await page.goto("/admin/rules");
    await signOut(page);
  });
});

test.describe("buyer", () => {
  test("tracks a seeded order by number and e-mail, and learns nothing from a wrong e-mail", async ({ browser }) => {
    // An agent reads an order's number and e-mail, as the buyer has them in their confirmation.
    const agent = await browser.newContext({ storageState: storageState("agent") });
    const agentPage = await agent.newPage();
    await agentPage.goto("/orders");
    const link = agentPage.getByRole("link", { name: /^OMS-\d{6,7}$/ }).first();
    const number = (await link.textContent())!.trim();
    await link.click();
    const email = (await agentPage.getByRole("link", { name: /@/ }).first().textContent())!.trim();
    await agent.close();

    const buyer = await browser.newContext();
    const page = await buyer.newPage();
    await page.goto("/track");
    await expect(page.getByRole("heading", { level: 1, name: "Track your order" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Order number").fill(number);
    await page.getByLabel("E-mail address").fill("someone.else@example.test");
    await page.getByRole("button", { name: "Track order" }).click();
    await expect(page.getByText(/could not find an order/)).toBeVisible();
    await page.getByLabel("E-mail address").fill(email.toUpperCase());
    await page.getByRole("button", { name: "Track order" }).click();
    await expect(page.getByRole("heading", { name: `Order ${number}` })).toBeVisible();
    await expectAccessible(page);
    await buyer.close();
  });
});
