// Every page each persona may open (the page table in lib/auth/pages.ts, itself checked against
// app/**/page.tsx and the permission table) passes axe-core's WCAG 2.1 A/AA rules with no serious
// or critical violation, and every page the persona may not open shows the forbidden page (403).
// Store associates walk their pages on the 1024x768 touch tablet they use in the store, where
// nothing may scroll sideways and the navigation works by tap.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import type { Role } from "../generated/prisma/enums";
import { PAGES, PAGE_ROUTES, isDynamicRoute, type PageRoute } from "@/lib/auth/client";
import { axeProblems, walkPages } from "./support/page-walk";
import { demoUser, storageState, type Persona } from "./support/users";

const PERSONAS: Persona[] = ["agent", "store", "store2", "supply", "admin"];
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false };

// Each test records the pages it opened (a failed test restarts the worker, so not in memory);
// the last test checks that together they opened every page of the table.
function openedFile(name: string): string {
  return path.join(test.info().project.outputDir, "a11y-opened", `${name}.json`);
}
function recordOpened(name: string, routes: Iterable<PageRoute>): void {
  fs.mkdirSync(path.dirname(openedFile(name)), { recursive: true });
  fs.writeFileSync(openedFile(name), JSON.stringify([...routes]));
}

/** On the tablet a page must fit the screen's width: a sideways scroll hides buttons from a thumb. */
async function sidewaysScroll(page: Page, label: string): Promise<string[]> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  return overflow > 1 ? [`${label}: scrolls sideways by ${overflow}px at 1024x768`] : [];
}

for (const persona of PERSONAS) {
  const role: Role = demoUser(persona).role;
  const tablet = role === "STORE_ASSOCIATE";

  test(`${persona}: every page the role may open passes axe, the others are refused${tablet ? " (tablet, by touch)" : ""}`, async ({ browser }) => {
    // About 25 pages and 10 refusals, each page checked by axe: far more than one journey's minute.
    test.setTimeout(6 * 60_000);
    const context = await browser.newContext({ storageState: storageState(persona), ...(tablet ? TABLET : {}) });
    const page = await context.newPage();
    const result = await walkPages(page, persona, role, {
      onPage: tablet ? (route, path) => sidewaysScroll(page, `${persona} ${route} (${path})`) : undefined,
    });
    recordOpened(persona, result.opened.keys());

    // The navigation offers only pages the role may open, and on the tablet it works by tap.
    await page.goto("/");
    const nav = page.getByRole("navigation").first();
    const navPaths = await nav.locator("a[href]").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const path of navPaths) {
      if (path in PAGES && !result.opened.has(path as PageRoute)) result.problems.push(`${persona}: the navigation links to ${path}, which the role may not open`);
    }
    if (tablet) {
      for (const navPath of navPaths.filter((p) => p !== new URL(page.url()).pathname)) {
        await nav.locator(`a[href="${navPath}"]`).first().tap();
        await expect(page).toHaveURL((url) => url.pathname === navPath);
      }
    }

    test.info().annotations.push({ type: "pages", description: `${persona}: ${[...result.opened.keys()].join(", ")}` });
    if (result.unreached.length) test.info().annotations.push({ type: "no link found", description: `${persona}: ${result.unreached.join(", ")}` });
    await context.close();
    expect(result.problems, `${persona}: accessibility and access problems`).toEqual([]);
    expect(result.opened.size, `${persona} opened no page`).toBeGreaterThan(0);
  });
}

test("a visitor's pages (sign-in, tracking, payment link) pass axe", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const opened: PageRoute[] = [];
  const publicPaths: Record<string, string> = { "/login": "/login", "/track": "/track", "/pay/[token]": "/pay/unknown-link-token" };
  for (const route of PAGE_ROUTES.filter((r) => PAGES[r] === "public" && r !== "/")) {
    const visit = publicPaths[route];
    expect(visit, `no path to open the public page ${route}`).toBeTruthy();
    await page.goto(visit);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    problems.push(...(await axeProblems(page, `visitor ${route} (${visit})`)));
    opened.push(route);
  }
  // The root sends a visitor to the sign-in page.
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  opened.push("/");
  recordOpened("visitor", opened);
  await context.close();
  expect(problems).toEqual([]);
});

test("the walk opened every page of the app", () => {
  const dir = path.dirname(openedFile("any"));
  const openedByAnyone = new Set(fs.existsSync(dir) ? fs.readdirSync(dir).flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as PageRoute[]) : []);
  const missing = PAGE_ROUTES.filter((r) => !openedByAnyone.has(r));
  expect(missing, `pages no persona reached (no seeded link to a ${missing.filter(isDynamicRoute).join(", ")} page?)`).toEqual([]);
});
