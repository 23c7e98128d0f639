// The audit page's query: filters by entity type, action, actor, entity (id or code) and Paris days,
// newest first, paged by keyset, with each entity's name and admin page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActorType } from "@/generated/prisma/enums";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError } from "@/lib/errors";
import { actorFor, buildNode, buildUser } from "@/lib/nodes/testing";
import { auditFilterChoices, listAuditEvents, type ListAuditEventsInput } from "./list-audit-events";

let t: TestDb;
let admin: ReturnType<typeof actorFor>;
let other: ReturnType<typeof actorFor>;
let node: { id: string; code: string };
let user: { id: string; email: string };
let keyId: string;

let seq = 0;
async function event(at: string, over: { entityType: string; entityId: string; action: string; actorType?: ActorType; actorId?: string | null; actorName?: string; before?: object; after?: object }) {
  seq += 1;
  return t.db.auditEvent.create({
    data: {
      id: `aud_${String(seq).padStart(3, "0")}`,
      createdAt: new Date(at),
      actorType: over.actorType ?? "USER",
      actorId: over.actorId === undefined ? admin.id : over.actorId,
      actorName: over.actorName ?? admin.name,
      entityType: over.entityType,
      entityId: over.entityId,
      action: over.action,
      ...(over.before ? { before: over.before } : {}),
      ...(over.after ? { after: over.after } : {}),
    },
  });
}

beforeAll(async () => {
  t = await createTestDb();
  admin = actorFor(await buildUser(t.db, { role: "ADMIN", name: "Ada Admin" }));
  other = actorFor(await buildUser(t.db, { role: "ADMIN", name: "Bob Admin" }));
  node = await buildNode(t.db, { code: "ST-LYO-01" });
  user = await buildUser(t.db, { email: "sam@oms.test" });
  keyId = (await t.db.apiKey.create({ data: { name: "Web shop", channel: "WEB", keyHash: "h", prefix: "oms_ch_Abcde" } })).id;
  await event("2026-03-01T09:00:00Z", { entityType: "Node", entityId: node.id, action: "node.update", before: { name: "Lyon" }, after: { name: "Lyon Part-Dieu" } });
  await event("2026-03-01T23:30:00Z", { entityType: "User", entityId: user.id, action: "user.create", after: { email: user.email } }); // 00:30 on 2 March in Paris
  await event("2026-03-02T10:00:00Z", { entityType: "ApiKey", entityId: keyId, action: "apikey.create", actorId: other.id, actorName: other.name });
  await event("2026-03-02T10:00:00Z", { entityType: "RuleSet", entityId: "rs-gone", action: "rules.publish", actorId: other.id, actorName: other.name });
  await event("2026-03-03T08:00:00Z", { entityType: "OutboxMessage", entityId: "msg-1", action: "outbox.retry", actorType: "SYSTEM", actorId: null, actorName: "System" });
  await event("2026-03-04T08:00:00Z", { entityType: "Node", entityId: node.id, action: "node.update" });
  await event("2026-03-05T08:00:00Z", { entityType: "ApiKey", entityId: keyId, action: "apikey.revoke" });
});
afterAll(async () => {
  await t?.close();
});

const ids = async (input: ListAuditEventsInput = {}) => (await listAuditEvents(t.db, admin, input)).items.map((i) => i.id);

describe("listAuditEvents", () => {
  it("lists everything newest first, a tie in time broken by id", async () => {
    expect(await ids()).toEqual(["aud_007", "aud_006", "aud_005", "aud_004", "aud_003", "aud_002", "aud_001"]);
  });

  it("filters by entity type, by action and by actor (a user, or the system)", async () => {
    expect(await ids({ entityType: "Node" })).toEqual(["aud_006", "aud_001"]);
    expect(await ids({ action: "apikey.create" })).toEqual(["aud_003"]);
    expect(await ids({ actor: other.id })).toEqual(["aud_004", "aud_003"]);
    expect(await ids({ actor: "system" })).toEqual(["aud_005"]);
    expect(await ids({ entityType: "Node", actor: other.id })).toEqual([]);
  });

  it("finds an entity by its id or by the code people know it by", async () => {
    expect(await ids({ entity: node.id })).toEqual(["aud_006", "aud_001"]);
    expect(await ids({ entity: "st-lyo-01" })).toEqual(["aud_006", "aud_001"]);
    expect(await ids({ entity: "SAM@oms.test" })).toEqual(["aud_002"]);
    expect(await ids({ entity: "oms_ch_Abcde" })).toEqual(["aud_007", "aud_003"]);
    expect(await ids({ entity: "rs-gone" })).toEqual(["aud_004"]);
    expect(await ids({ entity: "nothing-like-it" })).toEqual([]);
  });

  it("reads a date range as whole days in Paris time", async () => {
    // 23:30 UTC on 1 March is already 2 March in Paris.
    expect(await ids({ from: "2026-03-02", to: "2026-03-02" })).toEqual(["aud_004", "aud_003", "aud_002"]);
    expect(await ids({ to: "2026-03-01" })).toEqual(["aud_001"]);
    expect(await ids({ from: "2026-03-04" })).toEqual(["aud_007", "aud_006"]);
  });

  it("pages by keyset without gaps or repeats, across entries recorded at the same instant", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAuditEvents(t.db, admin, { limit: 2, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toEqual(await ids());
    // A filter applies on every page.
    const first = await listAuditEvents(t.db, admin, { entityType: "ApiKey", limit: 1 });
    expect(first.items.map((i) => i.id)).toEqual(["aud_007"]);
    const second = await listAuditEvents(t.db, admin, { entityType: "ApiKey", limit: 1, cursor: first.nextCursor! });
    expect(second).toMatchObject({ items: [{ id: "aud_003" }], nextCursor: null });
  });

  it("names each entity and links to its admin page when it still exists", async () => {
    const byId = new Map((await listAuditEvents(t.db, admin)).items.map((i) => [i.id, i]));
    expect(byId.get("aud_001")).toMatchObject({ entityLabel: `ST-LYO-01 · Store ST-LYO-01`, href: "/admin/nodes/ST-LYO-01", before: { name: "Lyon" }, after: { name: "Lyon Part-Dieu" } });
    expect(byId.get("aud_002")).toMatchObject({ entityLabel: "sam@oms.test", href: `/admin/users/${user.id}` });
    expect(byId.get("aud_003")).toMatchObject({ entityLabel: "Web shop", href: `/admin/keys#key-${keyId}`, actorName: "Bob Admin" });
    expect(byId.get("aud_004")).toMatchObject({ entityLabel: null, href: null });
    expect(byId.get("aud_005")).toMatchObject({ actorType: "SYSTEM", actorId: null });
  });

  it("offers the types, actions and actors the trail holds as filter choices", async () => {
    const choices = await auditFilterChoices(t.db, admin);
    expect(choices.entityTypes).toEqual(["ApiKey", "Node", "OutboxMessage", "RuleSet", "User"]);
    expect(choices.actions).toEqual(["apikey.create", "apikey.revoke", "node.update", "outbox.retry", "rules.publish", "user.create"]);
    expect(choices.actors).toEqual([
      { value: admin.id, name: "Ada Admin", type: "USER" },
      { value: other.id, name: "Bob Admin", type: "USER" },
      { value: "system", name: "System", type: "SYSTEM" },
    ]);
  });

  it("is refused to every role but admin", async () => {
    for (const role of ["AGENT", "STORE_ASSOCIATE", "SUPPLY_CHAIN"] as const) {
      const actor = actorFor(await buildUser(t.db, { role }));
      await expect(listAuditEvents(t.db, actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(auditFilterChoices(t.db, actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
