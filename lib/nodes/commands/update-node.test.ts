// Editing a node: validation, optimistic locking and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError, type FieldIssues } from "@/lib/errors";
import { actorFor, buildNode, buildUser, WEEKDAY_HOURS } from "../testing";
import { updateNode, type UpdateNodeInput } from "./update-node";

let t: TestDb;
let admin: ReturnType<typeof actorFor>;
beforeAll(async () => {
  t = await createTestDb();
  admin = actorFor(await buildUser(t.db, { role: "ADMIN", name: "Ada Admin" }));
});
afterAll(async () => {
  await t.close();
});

const hours = () => JSON.parse(JSON.stringify(WEEKDAY_HOURS)) as UpdateNodeInput["openingHours"];

function formFor(node: { code: string; version: number }, over: Partial<UpdateNodeInput> = {}): UpdateNodeInput {
  return {
    code: node.code,
    version: node.version,
    name: "Paris Rivoli",
    canShip: true,
    canPickup: true,
    canShipFromStore: false,
    canReturn: true,
    dailyCapacity: 250,
    openingHours: hours(),
    active: true,
    ...over,
  };
}

const run = (input: UpdateNodeInput) => withTx((tx) => updateNode(tx, admin, input), { db: t.db });

describe("updateNode", () => {
  it("saves the new values, bumps the version and audits before/after with the actor", async () => {
    const node = await buildNode(t.db, { name: "Old name", dailyCapacity: 100 });
    const result = await run(formFor(node, { openingHours: { ...hours(), sun: [["10:00", "13:00"]] } }));
    expect(result.version).toBe(2);

    const saved = await t.db.node.findUniqueOrThrow({ where: { id: node.id } });
    expect(saved).toMatchObject({ name: "Paris Rivoli", canShip: true, canShipFromStore: false, dailyCapacity: 250, version: 2 });
    expect((saved.openingHours as Record<string, unknown>).sun).toEqual([["10:00", "13:00"]]);

    const audits = await t.db.auditEvent.findMany({ where: { entityType: "Node", entityId: node.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "node.update", actorType: "USER", actorId: admin.id, actorName: "Ada Admin" });
    expect(audits[0].before).toMatchObject({ name: "Old name", dailyCapacity: 100, version: 1 });
    expect(audits[0].after).toMatchObject({ name: "Paris Rivoli", dailyCapacity: 250, version: 2 });
  });

  // Each refusal names its field and says what is wrong with it (a code the catalogues say).
  const refusals: Array<[string, Partial<UpdateNodeInput>, string, FieldIssues[string]]> = [
    ["a negative capacity", { dailyCapacity: -1 }, "dailyCapacity", { code: "TOO_SMALL", params: { minimum: 0 } }],
    ["a capacity over the limit", { dailyCapacity: 1_000_001 }, "dailyCapacity", { code: "TOO_BIG", params: { maximum: 1_000_000 } }],
    ["a fractional capacity", { dailyCapacity: 2.5 }, "dailyCapacity", { code: "NOT_INTEGER" }],
    ["a capacity that is not a number", { dailyCapacity: "ten" as never }, "dailyCapacity", { code: "NOT_INTEGER" }],
    ["a missing capacity", { dailyCapacity: null as never }, "dailyCapacity", { code: "REQUIRED" }],
    ["an empty name", { name: "  " }, "name", { code: "REQUIRED" }],
    ["a time that is not HH:MM", { openingHours: { ...hours(), mon: [["9h", "19:00"]] } }, "openingHours.mon.0.0", { code: "TIME_FORMAT" }],
    ["an hour past 23", { openingHours: { ...hours(), mon: [["09:00", "24:30"]] } }, "openingHours.mon.0.1", { code: "TIME_FORMAT" }],
    ["closing before opening", { openingHours: { ...hours(), tue: [["19:00", "09:00"]] } }, "openingHours.tue.0", { code: "CLOSES_BEFORE_OPENING" }],
    ["closing when opening", { openingHours: { ...hours(), tue: [["09:00", "09:00"]] } }, "openingHours.tue.0", { code: "CLOSES_BEFORE_OPENING" }],
    ["overlapping intervals", { openingHours: { ...hours(), wed: [["09:00", "13:00"], ["12:00", "18:00"]] } }, "openingHours.wed", { code: "OVERLAPPING_INTERVALS" }],
  ];
  for (const [what, over, field, issue] of refusals) {
    it(`refuses ${what} with an error on ${field} and changes nothing`, async () => {
      const node = await buildNode(t.db, { name: "Unchanged", dailyCapacity: 100 });
      const error = await run(formFor(node, over)).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields?.[field]).toEqual(issue);
      const after = await t.db.node.findUniqueOrThrow({ where: { id: node.id } });
      expect(after).toMatchObject({ name: "Unchanged", dailyCapacity: 100, version: 1 });
      expect(await t.db.auditEvent.count({ where: { entityId: node.id } })).toBe(0);
    });
  }

  it("accepts zero capacity and a closed day", async () => {
    const node = await buildNode(t.db);
    await run(formFor(node, { dailyCapacity: 0, openingHours: { ...hours(), mon: [] } }));
    expect((await t.db.node.findUniqueOrThrow({ where: { id: node.id } })).dailyCapacity).toBe(0);
  });

  it("gives the second admin saving a stale form a ConflictError and keeps the first admin's change", async () => {
    const node = await buildNode(t.db, { name: "Start" });
    await run(formFor(node, { name: "First admin" }));
    const error = await run(formFor(node, { name: "Second admin" })).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const after = await t.db.node.findUniqueOrThrow({ where: { id: node.id } });
    expect(after).toMatchObject({ name: "First admin", version: 2 });
    expect(await t.db.auditEvent.count({ where: { entityId: node.id } })).toBe(1);
  });

  it("reports an unknown node as not found", async () => {
    await expect(run(formFor({ code: "NOPE", version: 1 }))).rejects.toBeInstanceOf(NotFoundError);
  });
});
