// The permission matrix: each role may do exactly what the table grants, and is refused the rest.
import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { ACTIONS, PERMISSIONS, ROLES, can, type Action } from "./permissions";
import { assertStoreScope, authorize, SYSTEM_ACTOR, type Actor } from "./actor";
import type { Role } from "@/generated/prisma/enums";

function user(role: Role, storeId: string | null = null): Actor {
  return { kind: "user", id: `u-${role}`, name: role, email: `${role}@x`, role, storeId, storeCode: storeId };
}

// What each persona must be able to do (DESIGN.md), and what they must never do.
const MUST: Record<Role, Action[]> = {
  AGENT: ["order.view", "order.create", "order.modify", "order.cancel", "customer.view", "return.create", "return.view", "return.refund", "order.appeasement"],
  STORE_ASSOCIATE: ["store.queue.view", "fulfillment.work", "return.receive", "return.create", "return.view", "inventory.adjust"],
  SUPPLY_CHAIN: ["inventory.view", "kpi.view", "alert.view", "inbound.manage", "fulfillment.dc.view", "fulfillment.work"],
  ADMIN: ["rules.edit", "node.edit", "user.manage", "outbox.view", "outbox.retry", "order.appeasement.approve"],
};
const NEVER: Record<Role, Action[]> = {
  AGENT: ["rules.edit", "node.edit", "user.manage", "fulfillment.work", "fulfillment.dc.view", "inventory.adjust", "api.order.create", "order.appeasement.approve", "return.receive", "outbox.retry"],
  STORE_ASSOCIATE: ["rules.view", "rules.edit", "node.edit", "user.manage", "order.modify", "order.cancel", "customer.view", "kpi.view", "outbox.view", "outbox.retry", "api.order.create", "order.appeasement", "return.refund"],
  SUPPLY_CHAIN: ["rules.edit", "node.edit", "user.manage", "order.modify", "order.create", "store.queue.view", "fulfillment.pickup.expire", "api.order.create", "api.fulfillment.event", "outbox.retry"],
  ADMIN: ["api.order.create", "api.order.view", "api.catalog.view", "api.return.create", "api.return.receive"],
};

describe("permission table", () => {
  for (const role of ROLES) {
    it(`grants ${role} its persona's jobs`, () => {
      for (const action of MUST[role]) expect(can(role, action), action).toBe(true);
    });
    it(`refuses ${role} what is not its job`, () => {
      for (const action of NEVER[role]) {
        expect(can(role, action), action).toBe(false);
        expect(() => authorize(user(role), action)).toThrow(ForbiddenError);
      }
    });
  }

  it("agrees with authorize() for every role and action", () => {
    for (const role of ROLES) {
      for (const action of ACTIONS) {
        const allowed = (PERMISSIONS[action] as readonly string[]).includes(role);
        if (allowed) expect(() => authorize(user(role), action)).not.toThrow();
        else expect(() => authorize(user(role), action)).toThrow(ForbiddenError);
      }
    }
  });

  it("lets channel API keys use only the channel API (orders, returns, catalogue) and availability", () => {
    const channel: Actor = { kind: "apiKey", id: "k", name: "web", role: "CHANNEL", channel: "WEB" };
    const allowed = ACTIONS.filter((a) => can("CHANNEL", a)).sort();
    expect(allowed).toEqual(["api.catalog.view", "api.order.create", "api.order.view", "api.return.create", "availability.view"]);
    expect(() => authorize(channel, "order.modify")).toThrow(ForbiddenError);
  });

  it("lets fulfilment API keys use only the fulfilment API (work, events, return receipts, stock feeds)", () => {
    const allowed = ACTIONS.filter((a) => can("FULFILLMENT", a)).sort();
    expect(allowed).toEqual(expect.arrayContaining(["api.fulfillment.event", "api.fulfillment.view", "api.inventory.feed", "api.inventory.view", "api.return.receive"]));
    expect(allowed.every((a) => a.startsWith("api."))).toBe(true);
  });

  it("lets the system act without a role check", () => {
    expect(() => authorize(SYSTEM_ACTOR, "rules.edit")).not.toThrow();
  });
});

describe("store scope", () => {
  it("keeps a store associate to their own store", () => {
    const associate = user("STORE_ASSOCIATE", "store-paris");
    expect(() => assertStoreScope(associate, "store-paris")).not.toThrow();
    expect(() => assertStoreScope(associate, "store-lyon")).toThrow(ForbiddenError);
    expect(() => assertStoreScope(associate, null)).toThrow(ForbiddenError);
  });

  it("refuses a store associate who has no store at all", () => {
    expect(() => assertStoreScope(user("STORE_ASSOCIATE", null), "store-paris")).toThrow(ForbiddenError);
  });

  it("keeps a fulfilment API key to the nodes it is bound to, and a channel key to none", () => {
    const wms: Actor = { kind: "apiKey", id: "k", name: "WMS", role: "FULFILLMENT", nodeIds: ["dc-paris", "store-paris"] };
    expect(() => assertStoreScope(wms, "dc-paris")).not.toThrow();
    expect(() => assertStoreScope(wms, "store-lyon")).toThrow(ForbiddenError);
    expect(() => assertStoreScope(wms, null)).toThrow(ForbiddenError);
    const web: Actor = { kind: "apiKey", id: "w", name: "web", role: "CHANNEL", channel: "WEB" };
    expect(() => assertStoreScope(web, "dc-paris")).toThrow(ForbiddenError);
  });

  it("does not limit the other roles by store", () => {
    for (const role of ["AGENT", "SUPPLY_CHAIN", "ADMIN"] as const) expect(() => assertStoreScope(user(role), "store-lyon")).not.toThrow();
  });
});
