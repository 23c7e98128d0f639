// Every page of the app and what opening it takes: "public" for pages a visitor without a session
// may open, or the actions of the permission table a signed-in user needs (the page's own
// requirePageActor() and those of the layouts above it). It is the list the accessibility e2e suite
// walks for each role, and pages.test.ts fails when a page.tsx has no entry or its entry disagrees
// with the page's and layouts' requirePageActor() calls.
import type { Role } from "@/generated/prisma/enums";
import { can, type Action } from "./permissions";

export type PageAccess = "public" | readonly Action[];

export const PAGES = {
  "/": "public",
  "/login": "public",
  "/track": "public",
  "/pay/[token]": "public",
  "/orders": ["order.view"],
  "/orders/new": ["order.view", "order.create"],
  "/orders/[number]": ["order.view"],
  "/customers": ["customer.view"],
  "/customers/[id]": ["customer.view"],
  "/returns": ["return.view"],
  "/returns/[number]": ["return.view"],
  "/store": ["store.queue.view"],
  "/store/count": ["store.queue.view", "inventory.adjust"],
  "/store/counter": ["store.queue.view", "fulfillment.work"],
  "/store/returns": ["store.queue.view", "return.receive"],
  "/store/work/[id]": ["store.queue.view", "fulfillment.work"],
  "/dc": ["fulfillment.dc.view"],
  "/dc/work/[id]": ["fulfillment.dc.view", "fulfillment.work"],
  "/inventory": ["inventory.view"],
  "/inventory/[sku]": ["inventory.view"],
  "/inventory/inbound": ["inventory.view"],
  "/inventory/inbound/new": ["inventory.view", "inbound.manage"],
  "/inventory/inbound/[reference]": ["inventory.view"],
  "/inventory/feed": ["inventory.view", "inventory.feed"],
  "/overview": ["kpi.view"],
  "/kpis": ["kpi.view"],
  "/benefits": ["benefits.view"],
  "/alerts": ["alert.view"],
  "/admin/rules": ["rules.view"],
  "/admin/rules/[id]": ["rules.view"],
  "/admin/rules/simulations": ["rules.view"],
  "/admin/rules/simulations/[id]": ["rules.view"],
  "/admin/rules/simulations/[id]/orders/[orderId]": ["rules.view"],
  "/admin/nodes": ["node.view"],
  "/admin/nodes/[code]": ["node.view"],
  "/admin/nodes/[code]/edit": ["node.view", "node.edit"],
  "/admin/nodes/new": ["node.view", "node.edit"],
  "/admin/nodes/import": ["node.view", "node.edit"],
  "/admin/users": ["user.manage"],
  "/admin/users/new": ["user.manage"],
  "/admin/users/[id]": ["user.manage"],
  "/admin/outbox": ["outbox.view"],
  "/admin/outbox/[id]": ["outbox.view"],
  "/admin/keys": ["apikey.manage"],
  "/admin/keys/new": ["apikey.manage"],
  "/admin/audit": ["audit.view"],
} as const satisfies Record<string, PageAccess>;

export type PageRoute = keyof typeof PAGES;

export const PAGE_ROUTES = Object.keys(PAGES) as PageRoute[];

/** Whether a user of this role may open the page (a public page: anyone). */
export function canOpenPage(role: Role, route: PageRoute): boolean {
  const access: PageAccess = PAGES[route];
  return access === "public" || access.every((action) => can(role, action));
}

/** A route with dynamic segments ("/orders/[number]") as a pattern matching its real paths. */
export function routePattern(route: PageRoute): RegExp {
  const source = route
    .split("/")
    .map((segment) => (/^\[[^\]]+\]$/.test(segment) ? "[^/?#]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${source}$`);
}

export function isDynamicRoute(route: PageRoute): boolean {
  return route.includes("[");
}

/** The page a path opens ("/orders/OMS-1" -> "/orders/[number]"); a static route wins over a dynamic one. */
export function pageRouteFor(pathname: string): PageRoute | undefined {
  const path = pathname.split(/[?#]/)[0].replace(/(.)\/$/, "$1");
  if (path in PAGES) return path as PageRoute;
  return PAGE_ROUTES.find((route) => isDynamicRoute(route) && routePattern(route).test(path));
}
