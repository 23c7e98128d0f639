// Signs each persona in once through the login page and keeps the session for the other specs.
import { test as setup } from "@playwright/test";
import { logIn } from "./support/login";
import { storageState, type Persona } from "./support/users";

const personas: Persona[] = ["agent", "store", "store2", "supply", "admin"];

for (const persona of personas) {
  setup(`sign in as ${persona}`, async ({ page }) => {
    await logIn(page, persona);
    await page.context().storageState({ path: storageState(persona) });
  });
}
