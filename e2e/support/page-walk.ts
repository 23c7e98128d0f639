// Walks the pages of lib/auth/pages.ts for one persona: opens each page the role may open (the
// pages behind a dynamic segment through a link found on a page already opened, so the ids are
// real seeded ones the persona can see), runs axe-core on it, and checks that each page the role
// may not open answers with the forbidden page. Problems are collected, not thrown, so one run
// lists them all.
import { test, type Page } from "@playwright/test";
import type { Role } from "../../generated/prisma/enums";
import { axeBuilder } from "./axe";
import { PAGES, PAGE_ROUTES, canOpenPage, isDynamicRoute, routePattern, type PageRoute } from "@/lib/auth/client";

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
  const results = await axeBuilder(page).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(" | ")}${v.nodes.length > 4 ? ` (+${v.nodes.length - 4} more)` : ""}`);
}

/** Same-site links of the page, as URLs. */
async function sameSiteLinks(page: Page): Promise<URL[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return hrefs.map((href) => new URL(href)).filter((url) => url.origin === origin);
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

  // Filters and tabs of a list page (its own path with a query) can show rows its default view hides.
  const variants = new Set<string>();
  const harvest = async () => {
    for (const url of await sameSiteLinks(page)) {
      if (staticPaths.has(url.pathname)) {
        if (url.search && reachable.includes(url.pathname as PageRoute)) variants.add(url.pathname + url.search);
        continue;
      }
      for (const route of reachable) {
        if (isDynamicRoute(route) && !samples.has(route) && routePattern(route).test(url.pathname)) samples.set(route, url.pathname);
      }
    }
  };
  const missing = () => reachable.filter((r) => isDynamicRoute(r) && !samples.has(r) && !opened.has(r));
  /** A filter of the list a missing detail page sits under ("/dc?status=SHIPPED" for "/dc/work/[id]"). */
  const leadsToMissing = (variant: string) => missing().some((r) => r.startsWith(`${variant.split("?")[0]}/`));

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
    await harvest();
    problems.push(...(await axeProblems(page, label)));
    if (options.onPage) problems.push(...(await options.onPage(route, path)));
  };

  for (const route of reachable.filter((r) => !isDynamicRoute(r))) await open(route, route);
  // Detail pages link to deeper ones (a node to its edit form): keep going while links turn up, and
  // look through a few list filters when a detail page has no link yet.
  const triedVariants = new Set<string>();
  for (let progress = true; progress; ) {
    progress = false;
    for (const route of reachable.filter((r) => isDynamicRoute(r) && !opened.has(r))) {
      const path = samples.get(route);
      if (!path) continue;
      await open(route, path);
      progress = true;
    }
    for (const variant of [...variants]) {
      if (progress || triedVariants.size >= 12) break;
      if (triedVariants.has(variant) || !leadsToMissing(variant)) continue;
      triedVariants.add(variant);
      await page.goto(variant);
      await harvest();
      progress = reachable.some((r) => isDynamicRoute(r) && samples.has(r) && !opened.has(r));
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
