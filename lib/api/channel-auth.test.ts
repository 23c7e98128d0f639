// The v1 edge: who may call, and how refusals look, whatever the handler. Channel endpoints take
// only a channel's key, fulfilment endpoints only a fulfilment key.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { channelRoute } from "./channel-auth";
import { fulfillmentRoute } from "./fulfillment-auth";
import { buildWorld } from "@/lib/orders/testing";
import { apiRequest, createFulfillmentApiKey, createTestApiKeys, TEST_KEYS } from "./testing";

const FULFILLMENT_KEY = "test_ff_edge_key";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await createTestApiKeys(t.db);
  await buildWorld(t.db);
  await createFulfillmentApiKey(t.db, { id: "ff-edge", key: FULFILLMENT_KEY, nodes: ["DC-PAR", "ST-PAR-01"] });
});
afterAll(async () => {
  await t?.close();
});

const echo = channelRoute("api.catalog.view", async (_req, actor) => Response.json({ channel: actor.channel }));

describe("channelRoute", () => {
  it("hands the handler the key's channel", async () => {
    expect(await (await echo(apiRequest("/api/v1/x", { key: TEST_KEYS.MOBILE }), undefined)).json()).toEqual({ channel: "MOBILE" });
  });

  it("refuses with 403 FORBIDDEN when the permission table does not let channels do the action", async () => {
    const adminOnly = channelRoute("user.manage", async () => Response.json({ ok: true }));
    const res = await adminOnly(apiRequest("/api/v1/x"), undefined);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: "FORBIDDEN", message: expect.any(String) } });
  });

  it("answers 401 with a bearer challenge and no-store for a bad key, before the handler runs", async () => {
    let ran = false;
    const handler = channelRoute("api.catalog.view", async () => {
      ran = true;
      return Response.json({});
    });
    for (const key of [null, "", "unknown", TEST_KEYS.REVOKED]) {
      const res = await handler(apiRequest("/api/v1/x", { key }), undefined);
      expect(res.status).toBe(401);
      expect(res.headers.get("WWW-Authenticate")).toBe('Bearer realm="oms-api"');
      expect(res.headers.get("Cache-Control")).toBe("no-store");
    }
    expect(ran).toBe(false);
  });

  it("maps an unexpected failure to a 500 that reveals nothing but a request id", async () => {
    const broken = channelRoute("api.catalog.view", async () => {
      throw new Error("secret stack detail");
    });
    const res = await broken(apiRequest("/api/v1/x"), undefined);
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error).toEqual({ code: "INTERNAL", message: expect.any(String), params: { requestId: expect.any(String) }, requestId: expect.any(String) });
    expect(JSON.stringify(body)).not.toContain("secret");
    // The id the body quotes is the one on the response and on the error's log line (lib/log).
    expect(res.headers.get("x-request-id")).toBe(body.error.requestId);
  });
});

describe("fulfillmentRoute", () => {
  const whoami = fulfillmentRoute("api.fulfillment.view", async (_req, actor) => Response.json({ id: actor.id, nodeIds: [...actor.nodeIds].sort() }));

  it("hands the handler the key with the nodes it is bound to", async () => {
    const res = await whoami(apiRequest("/api/v1/x", { key: FULFILLMENT_KEY }), undefined);
    expect(await res.json()).toEqual({ id: "ff-edge", nodeIds: ["node-DC-PAR", "node-ST-PAR-01"] });
  });

  it("refuses a channel's key on a fulfilment endpoint, and a fulfilment key on a channel endpoint, with 403", async () => {
    const channelOnly = channelRoute("api.order.view", async () => Response.json({ ok: true }));
    for (const res of [await whoami(apiRequest("/api/v1/x", { key: TEST_KEYS.WEB }), undefined), await channelOnly(apiRequest("/api/v1/x", { key: FULFILLMENT_KEY }), undefined)]) {
      expect(res.status).toBe(403);
      expect(res.headers.get("Cache-Control")).toBe("no-store");
      expect(await res.json()).toEqual({ error: { code: "FORBIDDEN", message: expect.any(String) } });
    }
  });

  it("answers 401 with a bearer challenge for a missing or unknown key", async () => {
    for (const key of [null, "unknown"]) {
      const res = await whoami(apiRequest("/api/v1/x", { key }), undefined);
      expect(res.status).toBe(401);
      expect(res.headers.get("WWW-Authenticate")).toBe('Bearer realm="oms-api"');
    }
  });
});
