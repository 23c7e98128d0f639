// The page table lists every page of app/ with what its page and layouts ask of the permission
// table, so the accessibility walk in e2e/a11y.spec.ts reaches each page a role may open.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PAGES, PAGE_ROUTES, canOpenPage, pageRouteFor, routePattern, type PageRoute } from "./pages";

const appDir = path.resolve(__dirname, "../../app");

function pageFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "api" && dir === appDir ? [] : pageFiles(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

/** app/(app)/orders/[number]/page.tsx -> /orders/[number] (route groups add nothing to the URL). */
function routeOf(file: string): string {
  const segments = path.relative(appDir, path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** The actions requirePageActor() asks in the page and in every layout above it; null when none guards it. */
function guardsOf(file: string): string[] | null {
  const files = [file];
  for (let dir = path.dirname(file); dir.startsWith(appDir); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (fs.existsSync(layout)) files.push(layout);
  }
  let guarded = false;
  const actions = new Set<string>();
  for (const f of files) {
    const source = fs.readFileSync(f, "utf8");
    if (source.includes("requirePageActor(") || source.includes("requirePageAccess(")) guarded = true;
    for (const match of source.matchAll(/requirePageActor\(\s*"([^"]+)"/g)) actions.add(match[1]);
  }
  return guarded ? [...actions].sort() : null;
}

describe("page table", () => {
  const files = pageFiles(appDir);
  const routes = files.map(routeOf);

  it("finds the app's pages", () => {
    expect(routes).toContain("/orders/[number]");
    expect(routes.length).toBeGreaterThan(20);
  });

  it("has an entry for every page.tsx, and no entry without a page", () => {
    expect([...PAGE_ROUTES].sort()).toEqual([...routes].sort());
  });

  it("asks for exactly what each page and its layouts ask of the permission table", () => {
    for (const file of files) {
      const route = routeOf(file) as PageRoute;
      const guards = guardsOf(file);
      const access = PAGES[route];
      if (guards === null) expect(access, route).toBe("public");
      else expect(access === "public" ? access : [...access].sort(), route).toEqual(guards);
    }
  });

  it("lets each role open its home and keeps it out of others' screens", () => {
    expect(canOpenPage("AGENT", "/orders/new")).toBe(true);
    expect(canOpenPage("SUPPLY_CHAIN", "/orders/new")).toBe(false);
    expect(canOpenPage("SUPPLY_CHAIN", "/store/count")).toBe(false);
    expect(canOpenPage("STORE_ASSOCIATE", "/store/count")).toBe(true);
    expect(canOpenPage("STORE_ASSOCIATE", "/track")).toBe(true);
  });

  it("matches a route's real paths", () => {
    expect(routePattern("/orders/[number]").test("/orders/OMS-100001")).toBe(true);
    expect(routePattern("/orders/[number]").test("/orders/new/x")).toBe(false);
    expect(routePattern("/admin/nodes/[code]/edit").test("/admin/nodes/ST-PAR-01/edit")).toBe(true);
  });

  it("finds the page a path opens, a static page before a dynamic one", () => {
    expect(pageRouteFor("/orders/new")).toBe("/orders/new");
    expect(pageRouteFor("/orders/OMS-1000006?tab=lines")).toBe("/orders/[number]");
    expect(pageRouteFor("/admin/nodes/ST-PAR-01/edit")).toBe("/admin/nodes/[code]/edit");
    expect(pageRouteFor("/nowhere/at/all")).toBeUndefined();
  });
});
