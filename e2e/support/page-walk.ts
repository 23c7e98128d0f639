// Walks the pages of lib/auth/pages.ts for one persona: opens each page the role may open (the
// pages behind a dynamic segment through a link found on a page already opened, so the ids are
// real seeded ones the persona can see), runs axe-core on it, and checks that each page the role
// may not open answers with the forbidden page. Problems are collected, not thrown, so one run
// lists them all.
import AxeBuilder from "@axe-core/playwright";
import { test, type Page } from "@playwright/test";
import type { Role } from "../../generated/prisma/enums";
import { PAGES, PAGE_ROUTES, canOpenPage, isDynamicRoute, routePattern, type PageRoute } from "@/lib/auth/client";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface WalkResult {
  /** Route -> the path opened for it. */
  opened: Map<PageRoute, string>;
  /** Routes the role may open but no page it opened linked to. */
  unreached: PageRoute[];
  forbidden: PageRoute[];
  problems: string[];
}

/** Serious and critical axe violations on the page, one line each with the route and persona. */
export async function axeProblems(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(" | ")}${v.nodes.length > 4 ? ` (+${v.nodes.length - 4} more)` : ""}`);
}

/** Same-site paths of the page's links, without query or fragment. */
async function linkedPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return hrefs.flatMap((href) => {
    const url = new URL(href);
    return url.origin === origin ? [url.pathname] : [];
  });
}

/** A stand-in id for a refused dynamic page: the role is refused before anything is looked up. */
function placeholderPath(route: PageRoute): string {
  return route.replace(/\[[^\]]+\]/g, "refused-check");
}

export async function walkPages(page: Page, persona: string, role: Role, options: { onPage?: (route: PageRoute, path: string) => Promise<string[]> } = {}): Promise<WalkResult> {
  const reachable = PAGE_ROUTES.filter((r) => PAGES[r] !== "public" && canOpenPage(role, r));
  const forbidden = PAGE_ROUTES.filter((r) => PAGES[r] !== "public" && !canOpenPage(role, r));
  const staticPaths = new Set<string>(PAGE_ROUTES.filter((r) => !isDynamicRoute(r)));
  const samples = new Map<PageRoute, string>();
  const opened = new Map<PageRoute, string>();
  const problems: string[] = [];

  const open = (route: PageRoute, path: string) => test.step(`${route} (${path})`, () => openPage(route, path));
  const openPage = async (route: PageRoute, path: string) => {
    const label = `${persona} ${route} (${path})`;
    const response = await page.goto(path);
    const status = response?.status() ?? 0;
    opened.set(route, path);
    if (status >= 400 || new URL(page.url()).pathname !== path) {
      problems.push(`${label}: answered ${status} at ${new URL(page.url()).pathname}`);
      return;
    }
    if (!(await page.getByRole("heading", { level: 1 }).first().isVisible())) {
      await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 10_000 }).catch(() => problems.push(`${label}: no level-1 heading`));
    }
    for (const linked of await linkedPaths(page)) {
      if (staticPaths.has(linked)) continue;
      for (const route of reachable) {
        if (isDynamicRoute(route) && !samples.has(route) && routePattern(route).test(linked)) samples.set(route, linked);
      }
    }
    problems.push(...(await axeProblems(page, label)));
    if (options.onPage) problems.push(...(await options.onPage(route, path)));
  };

  for (const route of reachable.filter((r) => !isDynamicRoute(r))) await open(route, route);
  // Detail pages link to deeper ones (a node to its edit form): keep going while links turn up.
  for (let progress = true; progress; ) {
    progress = false;
    for (const route of reachable.filter((r) => isDynamicRoute(r) && !opened.has(r))) {
      const path = samples.get(route);
      if (!path) continue;
      await open(route, path);
      progress = true;
    }
  }

  for (const route of forbidden) {
    const path = placeholderPath(route);
    const response = await page.goto(path);
    const status = response?.status() ?? 0;
    const heading = await page.getByRole("heading", { level: 1, name: "Not allowed" }).isVisible();
    if (status !== 403 || !heading) problems.push(`${persona} ${route} (${path}): expected the forbidden page (403), got ${status}${heading ? "" : " without the 'Not allowed' heading"}`);
  }

  return { opened, unreached: reachable.filter((r) => !opened.has(r)), forbidden, problems };
}
