// A French-speaking agent's phone order refused by the form itself: submitted empty, every field
// says what is wrong next to it, in French, on the first submit; a line to pick up with no store
// chosen says so next to the store choice (a rule that spans two fields). The page stays
// accessible with the errors showing.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { storageState } from "./support/users";

test.use({ storageState: storageState("agent") });

test.beforeEach(async ({ page, baseURL }) => {
  // The language the app remembers the agent chose (the switcher sets the same cookie).
  await page.context().addCookies([{ name: "oms-locale", value: "fr", url: baseURL! }]);
});

test("an empty new order and a pickup line without a store say what is wrong, in French, next to each field", async ({ page }) => {
  await page.goto("/orders/new");
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle commande" })).toBeVisible();
  const review = page.getByRole("button", { name: "Relire avec le client" });

  // Nobody selected yet: the search says to choose the customer.
  await expect(async () => {
    await review.click();
    await expect(page.getByRole("alert").filter({ hasText: "Certains champs sont à corriger" })).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(page.getByLabel("Trouver le client par nom, e-mail ou téléphone")).toHaveAccessibleDescription("Choisissez le client ou saisissez-en un nouveau.");
  await expect(page.getByText("Une commande doit avoir au moins une ligne.").first()).toBeVisible();
  await expect(page.getByRole("group", { name: "Mode de paiement du client" })).toHaveAccessibleDescription("Choisissez comment le client paie.");

  // A new customer, left blank.
  await page.getByRole("radio", { name: "Nouveau client" }).check();
  await review.click();
  await expect(page.getByLabel("Nom complet")).toHaveAccessibleDescription("Obligatoire.");
  await expect(page.getByLabel("E-mail", { exact: true })).toHaveAccessibleDescription("Saisissez une adresse e-mail valide.");
  await expectAccessible(page);

  // A product to pick up at "another store", with no store chosen.
  await page.getByLabel("Rechercher des produits par SKU ou nom").fill("shirt");
  await page.getByRole("list", { name: "Produits correspondants" }).getByRole("button", { name: /^Ajouter / }).first().click();
  const line = page.getByRole("listitem", { name: /^Ligne 1 : / });
  await expect(line).toBeVisible();
  await line.getByRole("radio", { name: "Retrait dans un autre magasin" }).check();
  await review.click();
  await expect(line.getByLabel(/^Magasin de retrait pour /)).toHaveAccessibleDescription("Choisissez le magasin où le client retire sa commande.");
  await expect(page.getByText("Une commande doit avoir au moins une ligne.")).toHaveCount(0);
  // The price comes from the server's quote of the cart.
  await expect(page.getByRole("region", { name: "Prix" }).getByText("Sous-total")).toBeVisible();
  await expectAccessible(page);
});
