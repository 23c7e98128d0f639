// The navigation each role sees, derived from the permission table (never a second list of rules).
import { can, type Action } from "@/lib/auth/client";
import type { Role } from "@/generated/prisma/enums";
import type { Key } from "@/lib/i18n/client";

export interface NavItem {
  href: string;
  label: Key;
  /** A shorter label for the compact tablet header (store associates), where one line must fit. */
  shortLabel?: Key;
  action: Action;
}

const ITEMS: NavItem[] = [
  { href: "/orders", label: "common.nav.orders", action: "order.view" },
  { href: "/customers", label: "common.nav.customers", action: "customer.view" },
  { href: "/store", label: "common.nav.store", shortLabel: "common.nav.storeShort", action: "store.queue.view" },
  { href: "/store/counter", label: "common.nav.counter", action: "store.queue.view" },
  { href: "/store/returns", label: "store.returns.nav", shortLabel: "store.returns.navShort", action: "store.queue.view" },
  { href: "/returns", label: "returns.nav", action: "return.view" },
  { href: "/overview", label: "overview.nav", action: "kpi.view" },
  { href: "/inventory", label: "common.nav.inventory", action: "inventory.view" },
  // Store associates open their store's inbound from the inventory screens; their tablet header stays one line.
  { href: "/inventory/inbound", label: "inbound.nav", action: "inbound.manage" },
  { href: "/dc", label: "common.nav.dc", action: "fulfillment.dc.view" },
  { href: "/kpis", label: "common.nav.kpis", action: "kpi.view" },
  { href: "/alerts", label: "alerts.nav", action: "alert.view" },
  { href: "/admin/rules", label: "common.nav.rules", action: "rules.view" },
  { href: "/admin/nodes", label: "common.nav.nodes", action: "node.view" },
  { href: "/admin/users", label: "common.nav.users", action: "user.manage" },
  { href: "/admin/outbox", label: "common.nav.outbox", action: "outbox.view" },
];

export function navItemsFor(role: Role): NavItem[] {
  return ITEMS.filter((item) => can(role, item.action));
}
