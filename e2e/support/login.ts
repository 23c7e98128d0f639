import { expect, type Page } from "@playwright/test";
import { demoUser, type Persona } from "./users";

/** Signs in through the real login page, as a person would. */
export async function logIn(page: Page, persona: Persona): Promise<void> {
  const user = demoUser(persona);
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}
