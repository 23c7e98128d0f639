import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { asksForAnotherStore } from "./page-scope";

const associate: Actor = { kind: "user", id: "u", name: "A", email: "a@test", role: "STORE_ASSOCIATE", storeId: "node-rivoli", storeCode: "ST-PAR-01" };
const admin: Actor = { kind: "user", id: "v", name: "B", email: "b@test", role: "ADMIN", storeId: null, storeCode: null };

describe("asksForAnotherStore (the page guard above the loading boundary)", () => {
  it("refuses an associate asking for another store's queue, count, counter or returns", () => {
    for (const path of ["/store?store=ST-LYO-01", "/store/count?store=ST-LYO-01", "/store/counter?store=DC-PAR&q=x", "/store/returns?store=ST-PAR-02"]) {
      expect(asksForAnotherStore(associate, path)).toBe(true);
    }
  });

  it("refuses an associate asking for another node's stock", () => {
    expect(asksForAnotherStore(associate, "/inventory?node=DC-PAR")).toBe(true);
    expect(asksForAnotherStore(associate, "/inventory/LAMP?node=ST-LYO-01&cursor=abc")).toBe(true);
    // A repeated parameter cannot smuggle another store past the first value.
    expect(asksForAnotherStore(associate, "/store?store=ST-PAR-01&store=ST-LYO-01")).toBe(true);
  });

  it("lets an associate name their own store, or none", () => {
    expect(asksForAnotherStore(associate, "/store")).toBe(false);
    expect(asksForAnotherStore(associate, "/store?store=ST-PAR-01&tab=pick")).toBe(false);
    expect(asksForAnotherStore(associate, "/inventory?node=ST-PAR-01")).toBe(false);
    expect(asksForAnotherStore(associate, "/store?store=")).toBe(false);
  });

  it("refuses an associate with no store any store at all", () => {
    expect(asksForAnotherStore({ ...associate, storeId: null, storeCode: null } as Actor, "/store?store=ST-PAR-01")).toBe(true);
  });

  it("does not limit other roles", () => {
    expect(asksForAnotherStore(admin, "/store?store=ST-LYO-01")).toBe(false);
    expect(asksForAnotherStore(admin, "/inventory?node=DC-PAR")).toBe(false);
  });
});
