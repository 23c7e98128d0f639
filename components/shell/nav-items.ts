// The navigation each role sees, derived from the permission table (never a second list of rules).
// A role with many entries (supply chain, admin) sees related ones gathered under a menu, so the
// header stays tidy on a 1024 px screen; a role with few sees them all as links.
import { can, type Action } from "@/lib/auth/client";
import type { Role } from "@/generated/prisma/enums";
import type { Key } from "@/lib/i18n/client";

export interface NavItem {
  href: string;
  label: Key;
  /** A shorter label for the compact tablet header (store associates), where one line must fit. */
  shortLabel?: Key;
  action: Action;
  /** The menu this entry joins when the role has too many entries to show them all. */
  group?: NavGroup;
}

export type NavGroup = "orders" | "stores" | "stock" | "admin";

/** The menus' labels. */
export const NAV_GROUP_LABELS: Record<NavGroup, Key> = {
  orders: "common.navGroups.orders",
  stores: "common.navGroups.stores",
  stock: "common.navGroups.stock",
  admin: "common.navGroups.admin",
};

/** Up to this many entries a role sees every one as a link. */
const FLAT_UP_TO = 6;

export type NavEntry = { kind: "link"; item: NavItem } | { kind: "group"; group: NavGroup; items: NavItem[] };

const ITEMS: NavItem[] = [
  { href: "/orders", label: "common.nav.orders", action: "order.view", group: "orders" },
  { href: "/customers", label: "common.nav.customers", action: "customer.view", group: "orders" },
  { href: "/store", label: "common.nav.store", shortLabel: "common.nav.storeShort", action: "store.queue.view", group: "stores" },
  { href: "/store/counter", label: "common.nav.counter", action: "store.queue.view", group: "stores" },
  { href: "/store/returns", label: "store.returns.nav", shortLabel: "store.returns.navShort", action: "store.queue.view", group: "stores" },
  { href: "/returns", label: "returns.nav", action: "return.view", group: "orders" },
  { href: "/overview", label: "overview.nav", action: "kpi.view", group: "stock" },
  { href: "/inventory", label: "common.nav.inventory", action: "inventory.view", group: "stock" },
  // Store associates open their store's inbound from the inventory screen; their tablet header stays one line.
  { href: "/inventory/inbound", label: "inbound.nav", action: "inbound.manage", group: "stock" },
  { href: "/inventory/feed", label: "common.nav.feed", action: "inventory.feed", group: "stock" },
  { href: "/dc", label: "common.nav.dc", action: "fulfillment.dc.view" },
  { href: "/kpis", label: "common.nav.kpis", action: "kpi.view" },
  { href: "/alerts", label: "alerts.nav", action: "alert.view" },
  { href: "/admin/rules", label: "common.nav.rules", action: "rules.view", group: "admin" },
  { href: "/admin/nodes", label: "common.nav.nodes", action: "node.view", group: "admin" },
  { href: "/admin/users", label: "common.nav.users", action: "user.manage", group: "admin" },
  { href: "/admin/outbox", label: "common.nav.outbox", action: "outbox.view", group: "admin" },
  { href: "/admin/keys", label: "apikeys.nav", action: "apikey.manage", group: "admin" },
  { href: "/admin/audit", label: "audit.nav", action: "audit.view", group: "admin" },
  { href: "/benefits", label: "benefits.nav", action: "benefits.view", group: "admin" },
];

export function navItemsFor(role: Role): NavItem[] {
  return ITEMS.filter((item) => can(role, item.action));
}

/**
 * The header's entries in order: links, and for a role with more than FLAT_UP_TO entries a menu per
 * group of two or more (placed where its first entry was; a group of one stays a link).
 */
export function navEntriesFor(role: Role): NavEntry[] {
  const items = navItemsFor(role);
  if (items.length <= FLAT_UP_TO) return items.map((item) => ({ kind: "link", item }));
  const members = new Map<NavGroup, NavItem[]>();
  for (const item of items) if (item.group) members.set(item.group, [...(members.get(item.group) ?? []), item]);
  const entries: NavEntry[] = [];
  for (const item of items) {
    const group = item.group && members.get(item.group)!.length > 1 ? item.group : undefined;
    if (!group) entries.push({ kind: "link", item });
    else if (!entries.some((e) => e.kind === "group" && e.group === group)) entries.push({ kind: "group", group, items: members.get(group)! });
  }
  return entries;
}
