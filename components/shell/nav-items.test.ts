// The header's entries per role: few pages stay links; many are gathered under menus so the header
// fits a 1024 px screen, and every page the role may open is still offered exactly once.
import { describe, expect, it } from "vitest";
import { canOpenPage, type PageRoute } from "@/lib/auth/client";
import { navEntriesFor, navItemsFor, type NavEntry } from "./nav-items";

const shape = (entries: NavEntry[]) => entries.map((e) => (e.kind === "link" ? e.item.href : `${e.group}: ${e.items.map((i) => i.href).join(" ")}`));

describe("navigation entries", () => {
  it("shows an agent's and a store associate's few pages as links", () => {
    expect(shape(navEntriesFor("AGENT"))).toEqual(["/orders", "/customers", "/returns"]);
    expect(navEntriesFor("STORE_ASSOCIATE").every((e) => e.kind === "link")).toBe(true);
  });

  it("gathers a supply-chain manager's inventory pages, stock feed included, under one menu", () => {
    expect(shape(navEntriesFor("SUPPLY_CHAIN"))).toEqual([
      "orders: /orders /returns",
      "stock: /overview /inventory /inventory/inbound /inventory/feed",
      "/dc",
      "/kpis",
      "/alerts",
      "admin: /admin/rules /admin/nodes /benefits",
    ]);
  });

  it("keeps an administrator's header to seven entries", () => {
    expect(shape(navEntriesFor("ADMIN"))).toEqual([
      "orders: /orders /customers /returns",
      "stores: /store /store/counter /store/returns",
      "stock: /overview /inventory /inventory/inbound /inventory/feed",
      "/dc",
      "/kpis",
      "/alerts",
      "admin: /admin/rules /admin/nodes /admin/users /admin/outbox /admin/keys /admin/audit /benefits",
    ]);
  });

  it("offers every role only pages it may open, each once", () => {
    for (const role of ["AGENT", "STORE_ASSOCIATE", "SUPPLY_CHAIN", "ADMIN"] as const) {
      const hrefs = navEntriesFor(role).flatMap((e) => (e.kind === "link" ? [e.item.href] : e.items.map((i) => i.href)));
      expect([...hrefs].sort()).toEqual(navItemsFor(role).map((i) => i.href).sort());
      expect(new Set(hrefs).size).toBe(hrefs.length);
      for (const href of hrefs) expect(canOpenPage(role, href as PageRoute), `${role} ${href}`).toBe(true);
    }
  });
});
