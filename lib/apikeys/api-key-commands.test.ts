// Creating, listing and revoking API keys, checked through real route handlers: a created key is
// shown once and only its SHA-256 is stored, it authenticates at once, and a revoked key is refused
// on its very next request.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listFulfillmentsRoute } from "@/app/api/v1/fulfillments/route";
import { GET as listProductsRoute } from "@/app/api/v1/products/route";
import { apiRequest } from "@/lib/api/testing";
import { authenticateApiKey } from "@/lib/auth";
import { setDb, withTx, type Db } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError, NotFoundError, RuleViolation, ValidationError } from "@/lib/errors";
import { actorFor, buildNode, buildUser } from "@/lib/nodes/testing";
import { createApiKey } from "./commands/create-api-key";
import { revokeApiKey } from "./commands/revoke-api-key";
import { listApiKeys, listKeyNodeChoices } from "./queries/list-api-keys";

let t: TestDb;
let admin: ReturnType<typeof actorFor>;
let dc: { id: string; code: string };
let store: { id: string; code: string };

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  admin = actorFor(await buildUser(t.db, { role: "ADMIN", name: "Ada Admin" }));
  dc = await buildNode(t.db, { code: "DC-LYS", type: "DC" });
  store = await buildNode(t.db, { code: "ST-PAR-01" });
});
afterAll(async () => {
  await t?.close();
});

const tx = <T,>(fn: Parameters<typeof withTx<T>>[0]) => withTx(fn, { db: t.db });
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const products = (key: string) => listProductsRoute(apiRequest("/api/v1/products", { key }), undefined);
const fieldsOf = (e: unknown) => Object.keys((e as ValidationError).fields ?? {}).sort();

describe("createApiKey", () => {
  it("returns the key once, stores only its SHA-256 and a prefix, and audits it without the secret", async () => {
    const created = await tx((x) => createApiKey(x, admin, { name: "Web shop (production)", scope: "CHANNEL", channel: "WEB", nodeIds: [] }));
    expect(created.key).toMatch(/^oms_ch_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.key.slice(0, 12));
    const row = await t.db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ name: "Web shop (production)", scope: "CHANNEL", channel: "WEB", keyHash: sha256(created.key), prefix: created.prefix, createdById: admin.id, revokedAt: null, lastUsedAt: null });
    // The secret itself is nowhere in the database: not in the key row, not in the audit.
    const stored = JSON.stringify(await t.db.apiKey.findMany()) + JSON.stringify(await t.db.auditEvent.findMany());
    expect(stored).not.toContain(created.key);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityType: "ApiKey", entityId: created.id } });
    expect(audit).toMatchObject({ action: "apikey.create", actorId: admin.id, actorName: "Ada Admin", before: null });
    expect(audit.after).toEqual({ name: "Web shop (production)", scope: "CHANNEL", channel: "WEB", nodes: [], prefix: created.prefix, revokedAt: null });
    expect(JSON.stringify(audit)).not.toContain(row.keyHash);
  });

  it("makes a key that a channel route accepts at once", async () => {
    const created = await tx((x) => createApiKey(x, admin, { name: "Mobile", scope: "CHANNEL", channel: "MOBILE" }));
    const res = await products(created.key);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ items: [] });
    expect(await products(`${created.key}x`).then((r) => r.status)).toBe(401);
  });

  it("binds a fulfilment key to its nodes, and the fulfilment API lets it read only those", async () => {
    const created = await tx((x) => createApiKey(x, admin, { name: "Lyon WMS", scope: "FULFILLMENT", channel: "", nodeIds: [dc.id, dc.id] }));
    expect(created.key.startsWith("oms_ff_")).toBe(true);
    expect(await t.db.apiKeyNode.findMany({ where: { apiKeyId: created.id }, select: { nodeId: true } })).toEqual([{ nodeId: dc.id }]);
    const row = await t.db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.channel).toBeNull();
    expect((await t.db.auditEvent.findFirstOrThrow({ where: { entityId: created.id } })).after).toMatchObject({ scope: "FULFILLMENT", nodes: ["DC-LYS"], channel: null });
    const own = await listFulfillmentsRoute(apiRequest(`/api/v1/fulfillments?node=${dc.code}`, { key: created.key }), undefined);
    expect(own.status).toBe(200);
    const other = await listFulfillmentsRoute(apiRequest(`/api/v1/fulfillments?node=${store.code}`, { key: created.key }), undefined);
    expect(other.status).toBe(403);
    // A fulfilment key is not a channel key.
    expect((await products(created.key)).status).toBe(403);
  });

  const refusals: Array<[string, Record<string, unknown>, string[]]> = [
    ["a fulfilment key without nodes", { scope: "FULFILLMENT", channel: "", nodeIds: [] }, ["nodeIds"]],
    ["a channel key without a channel", { scope: "CHANNEL", channel: "", nodeIds: [] }, ["channel"]],
    ["a channel key bound to nodes", { scope: "CHANNEL", channel: "WEB", nodeIds: ["__dc__"] }, ["nodeIds"]],
    ["a fulfilment key with a channel", { scope: "FULFILLMENT", channel: "WEB", nodeIds: ["__dc__"] }, ["channel"]],
    ["an empty name", { name: "  ", scope: "CHANNEL", channel: "WEB" }, ["name"]],
    ["an unknown scope", { scope: "EVERYTHING", channel: "WEB" }, ["scope"]],
    ["an unknown node", { scope: "FULFILLMENT", nodeIds: ["no-such-node"] }, ["nodeIds"]],
  ];
  for (const [what, over, fields] of refusals) {
    it(`refuses ${what} on ${fields.join(", ")} and creates nothing`, async () => {
      const keys = await t.db.apiKey.count();
      const audits = await t.db.auditEvent.count();
      const input = { name: "Some system", ...over, nodeIds: ((over.nodeIds as string[] | undefined) ?? []).map((id) => (id === "__dc__" ? dc.id : id)) };
      const error = await tx((x) => createApiKey(x, admin, input as never)).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(fieldsOf(error)).toEqual(fields);
      expect(await t.db.apiKey.count()).toBe(keys);
      expect(await t.db.auditEvent.count()).toBe(audits);
    });
  }
});

describe("revokeApiKey", () => {
  it("stops the key on its next request, records who, when and why, and keeps other keys working", async () => {
    const doomed = await tx((x) => createApiKey(x, admin, { name: "Old POS", scope: "CHANNEL", channel: "STORE" }));
    const kept = await tx((x) => createApiKey(x, admin, { name: "New POS", scope: "CHANNEL", channel: "STORE" }));
    expect((await products(doomed.key)).status).toBe(200);

    const result = await tx((x) => revokeApiKey(x, admin, { id: doomed.id, reason: "Key leaked in a log" }));
    const res = await products(doomed.key);
    expect(res.status).toBe(401);
    expect((await res.json()).error).toMatchObject({ code: "UNAUTHENTICATED", params: { reason: "API_KEY_UNKNOWN" } });
    expect((await products(kept.key)).status).toBe(200);

    expect(await t.db.apiKey.findUniqueOrThrow({ where: { id: doomed.id } })).toMatchObject({ revokedAt: result.revokedAt, revokedById: admin.id });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: doomed.id, action: "apikey.revoke" } });
    expect(audit).toMatchObject({ reason: "Key leaked in a log", actorId: admin.id, before: { name: "Old POS", revokedAt: null, revokedById: null } });
    expect(audit.after).toMatchObject({ name: "Old POS", revokedAt: result.revokedAt.toISOString(), revokedById: admin.id });
  });

  it("asks for a reason, refuses a second revocation and an unknown key", async () => {
    const key = await tx((x) => createApiKey(x, admin, { name: "Marketplace", scope: "CHANNEL", channel: "MARKETPLACE" }));
    const noReason = await tx((x) => revokeApiKey(x, admin, { id: key.id, reason: "   " })).catch((e) => e);
    expect(noReason).toBeInstanceOf(ValidationError);
    expect(fieldsOf(noReason)).toEqual(["reason"]);
    expect((await t.db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).toBeNull();

    await tx((x) => revokeApiKey(x, admin, { id: key.id, reason: "Contract ended" }));
    const again = await tx((x) => revokeApiKey(x, admin, { id: key.id, reason: "Twice" })).catch((e) => e);
    expect(again).toBeInstanceOf(RuleViolation);
    expect((again as RuleViolation).code).toBe("API_KEY_ALREADY_REVOKED");
    expect(await t.db.auditEvent.count({ where: { entityId: key.id, action: "apikey.revoke" } })).toBe(1);

    await expect(tx((x) => revokeApiKey(x, admin, { id: "nope", reason: "x" }))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("last used", () => {
  it("is recorded by a request, at most once a minute per key", async () => {
    const key = await tx((x) => createApiKey(x, admin, { name: "Call centre", scope: "CHANNEL", channel: "CALL_CENTER" }));
    const lastUsed = async () => (await t.db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt;
    const before = Date.now();
    await products(key.key);
    const first = await lastUsed();
    expect(first?.getTime()).toBeGreaterThanOrEqual(before);
    await products(key.key);
    expect(await lastUsed()).toEqual(first);
    // Two minutes later (as far as the key knows), the next request writes it again.
    const old = new Date(Date.now() - 120_000);
    await t.db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: old } });
    await products(key.key);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(old.getTime() + 60_000);
  });

  it("never fails the request when it cannot be written", async () => {
    const key = await tx((x) => createApiKey(x, admin, { name: "Flaky", scope: "CHANNEL", channel: "WEB" }));
    const failing = new Proxy(t.db, {
      get(target, prop, receiver) {
        if (prop !== "apiKey") return Reflect.get(target, prop, receiver);
        const delegate = target.apiKey;
        return new Proxy(delegate, {
          get: (d, p, r) => (p === "updateMany" ? () => Promise.reject(new Error("database is read-only")) : Reflect.get(d, p, r)),
        });
      },
    }) as Db;
    const warn = console.warn;
    console.warn = () => {};
    try {
      await expect(authenticateApiKey(failing, `Bearer ${key.key}`)).resolves.toMatchObject({ kind: "apiKey", id: key.id, role: "CHANNEL", channel: "WEB" });
    } finally {
      console.warn = warn;
    }
    expect((await t.db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toBeNull();
  });
});

describe("listApiKeys", () => {
  it("says who created and revoked each key, why, and lists active keys first", async () => {
    const other = actorFor(await buildUser(t.db, { role: "ADMIN", name: "Bob Admin" }));
    const a = await tx((x) => createApiKey(x, admin, { name: "Listed active", scope: "FULFILLMENT", channel: null, nodeIds: [store.id, dc.id] }));
    const r = await tx((x) => createApiKey(x, admin, { name: "Listed revoked", scope: "CHANNEL", channel: "WEB" }));
    await tx((x) => revokeApiKey(x, other, { id: r.id, reason: "Replaced" }));
    const keys = await listApiKeys(t.db, admin);
    const active = keys.find((k) => k.id === a.id)!;
    expect(active).toMatchObject({ name: "Listed active", scope: "FULFILLMENT", channel: null, nodes: [{ code: "DC-LYS" }, { code: "ST-PAR-01" }], prefix: a.prefix, createdBy: "Ada Admin", revokedAt: null, revokedBy: null });
    expect(keys.find((k) => k.id === r.id)).toMatchObject({ createdBy: "Ada Admin", revokedBy: "Bob Admin", revokeReason: "Replaced" });
    const firstRevoked = keys.findIndex((k) => k.revokedAt);
    expect(keys.slice(0, firstRevoked).every((k) => !k.revokedAt)).toBe(true);
    expect(keys.slice(firstRevoked).every((k) => k.revokedAt)).toBe(true);
    expect(JSON.stringify(keys)).not.toMatch(/keyHash|oms_ch_[A-Za-z0-9_-]{20}/);
  });

  it("is refused to every role but admin, as are the form's node choices", async () => {
    for (const role of ["AGENT", "STORE_ASSOCIATE", "SUPPLY_CHAIN"] as const) {
      const actor = actorFor(await buildUser(t.db, { role }));
      await expect(listApiKeys(t.db, actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listKeyNodeChoices(t.db, actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await listKeyNodeChoices(t.db, admin)).map((n) => n.code)).toEqual(["DC-LYS", "ST-PAR-01"]);
  });
});
