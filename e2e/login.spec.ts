// Signing in and out, the language switcher, and what a visitor without a session may see.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { logIn, signOut } from "./support/login";
import { demoUser } from "./support/users";

test("a visitor is sent to the login page and back to where they wanted to go", async ({ page }) => {
  await page.goto("/orders");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Forders/);
  await expectAccessible(page);
  const user = demoUser("agent");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/orders$/);
});

test("a wrong password is refused with a clear message and the e-mail is kept", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill("agent@oms.demo");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("The e-mail or password is wrong.");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("E-mail")).toHaveValue("agent@oms.demo");
});

test("the login page works by keyboard alone", async ({ page }) => {
  const user = demoUser("supply");
  await page.goto("/login");
  await page.getByLabel("E-mail").focus();
  await page.keyboard.type(user.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(user.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/inventory/);
});

test("the language switcher shows the app in French and remembers it", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Language").selectOption("fr");
  await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Mot de passe")).toBeVisible();
  await expectAccessible(page);
});

test("signing out ends the session", async ({ page }) => {
  await logIn(page, "admin");
  await signOut(page);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login/);
});
