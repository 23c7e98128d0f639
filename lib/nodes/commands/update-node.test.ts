// Editing a node: validation, optimistic locking and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
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

  const refusals: Array<[string, Partial<UpdateNodeInput>, string]> = [
    ["a negative capacity", { dailyCapacity: -1 }, "dailyCapacity"],
    ["a fractional capacity", { dailyCapacity: 2.5 }, "dailyCapacity"],
    ["a missing capacity", { dailyCapacity: null as never }, "dailyCapacity"],
    ["an empty name", { name: "  " }, "name"],
    ["a time that is not HH:MM", { openingHours: { ...hours(), mon: [["9h", "19:00"]] } }, "openingHours.mon.0.0"],
    ["an hour past 23", { openingHours: { ...hours(), mon: [["09:00", "24:30"]] } }, "openingHours.mon.0.1"],
    ["closing before opening", { openingHours: { ...hours(), tue: [["19:00", "09:00"]] } }, "openingHours.tue.0"],
    ["closing when opening", { openingHours: { ...hours(), tue: [["09:00", "09:00"]] } }, "openingHours.tue.0"],
    ["overlapping intervals", { openingHours: { ...hours(), wed: [["09:00", "13:00"], ["12:00", "18:00"]] } }, "openingHours.wed"],
  ];
  for (const [what, over, field] of refusals) {
    it(`refuses ${what} with an error on ${field} and changes nothing`, async () => {
      const node = await buildNode(t.db, { name: "Unchanged", dailyCapacity: 100 });
      const error = await run(formFor(node, over)).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fields ?? {})).toContain(field);
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
