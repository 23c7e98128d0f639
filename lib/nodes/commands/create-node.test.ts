// Opening a node: every field checked on its own, the code unique, the node audited; and a new
// store without stock does not break order capture, quotes or the inventory screens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx } from "@/lib/db";
import { ValidationError, type FieldIssues } from "@/lib/errors";
import { actorFor, buildUser, WEEKDAY_HOURS } from "../testing";
import { createNode, type CreateNodeInput } from "./create-node";
import { updateNode } from "./update-node";

let t: TestDb;
let admin: ReturnType<typeof actorFor>;
beforeAll(async () => {
  t = await createTestDb();
  admin = actorFor(await buildUser(t.db, { role: "ADMIN", name: "Ada Admin" }));
});
afterAll(async () => {
  await t.close();
});

const hours = () => JSON.parse(JSON.stringify(WEEKDAY_HOURS)) as CreateNodeInput["openingHours"];
let n = 0;
function store(over: Partial<CreateNodeInput> = {}): CreateNodeInput {
  n += 1;
  return {
    code: `ST-NAN-${String(n).padStart(2, "0")}`,
    name: "Nantes Centre",
    type: "STORE",
    addressLine1: "12 rue Crébillon",
    city: "Nantes",
    postalCode: "44000",
    country: "FR",
    lat: 47.2133,
    lng: -1.5604,
    timeZone: "Europe/Paris",
    canShip: true,
    canPickup: true,
    canShipFromStore: true,
    canReturn: true,
    dailyCapacity: 120,
    openingHours: hours(),
    holidays: [{ date: "2026-12-25", name: "Christmas", hours: [] }],
    franchise: false,
    ...over,
  };
}
const run = (input: CreateNodeInput) => withTx((tx) => createNode(tx, admin, input), { db: t.db });

describe("createNode", () => {
  it("creates the node, active, with its hours and holidays, and audits node.create with the actor", async () => {
    const input = store({ timeZone: "europe/paris" });
    const created = await run(input);
    const saved = await t.db.node.findUniqueOrThrow({ where: { id: created.id } });
    expect(saved).toMatchObject({ code: input.code, type: "STORE", timeZone: "Europe/Paris", canPickup: true, dailyCapacity: 120, active: true, version: 1, franchise: false });
    expect(saved.holidays).toEqual([{ date: "2026-12-25", name: "Christmas", hours: [] }]);
    expect(await t.db.inventoryPosition.count({ where: { nodeId: created.id } })).toBe(0);
    const audits = await t.db.auditEvent.findMany({ where: { entityType: "Node", entityId: created.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "node.create", actorId: admin.id, actorName: "Ada Admin", before: null });
    expect(audits[0].after).toMatchObject({ code: input.code, type: "STORE", timeZone: "Europe/Paris" });
  });

  it("creates a DC that ships and takes returns", async () => {
    const created = await run(store({ code: "DC-BDX", type: "DC", canPickup: false, canShipFromStore: false, dailyCapacity: 4000 }));
    expect(created.code).toBe("DC-BDX");
  });

  it("refuses a code already in use, and writes nothing", async () => {
    const first = store();
    await run(first);
    const error = await run({ ...first, name: "Another" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ code: { code: "NODE_CODE_TAKEN", params: { code: first.code } } });
    expect(await t.db.node.count({ where: { code: first.code } })).toBe(1);
  });

  const refusals: Array<[string, Partial<CreateNodeInput>, string, FieldIssues[string]]> = [
    ["a lower-case code", { code: "st-nan-99" }, "code", { code: "NODE_CODE_FORMAT" }],
    ["a code with spaces", { code: "ST NAN" }, "code", { code: "NODE_CODE_FORMAT" }],
    ["a one-letter code", { code: "S" }, "code", { code: "TOO_SHORT", params: { minimum: 2 } }],
    ["an empty name", { name: " " }, "name", { code: "REQUIRED" }],
    ["an unknown type", { type: "WAREHOUSE" as never }, "type", { code: "INVALID_OPTION", params: { options: "DC, STORE" } }],
    ["an empty address", { addressLine1: "" }, "addressLine1", { code: "REQUIRED" }],
    ["an empty city", { city: "" }, "city", { code: "REQUIRED" }],
    ["an empty postcode", { postalCode: "" }, "postalCode", { code: "REQUIRED" }],
    ["a country that is not a code", { country: "France" }, "country", { code: "NODE_COUNTRY_FORMAT" }],
    ["an unknown country code", { country: "ZZ" }, "country", { code: "NODE_COUNTRY_FORMAT" }],
    ["a latitude past 90", { lat: 91 }, "lat", { code: "TOO_BIG", params: { maximum: 90 } }],
    ["a longitude below -180", { lng: -181 }, "lng", { code: "TOO_SMALL", params: { minimum: -180 } }],
    ["a latitude that is not a number", { lat: "north" as never }, "lat", { code: "NOT_A_NUMBER" }],
    ["an unknown time zone", { timeZone: "Europe/Atlantis" }, "timeZone", { code: "NODE_TIME_ZONE_UNKNOWN" }],
    ["a DC offering pickups", { type: "DC", canPickup: true, canShipFromStore: false }, "canPickup", { code: "NODE_DC_NO_PICKUP" }],
    ["a DC shipping from store", { type: "DC", canPickup: false, canShipFromStore: true }, "canShipFromStore", { code: "NODE_DC_NO_SHIP_FROM_STORE" }],
    ["a franchise DC", { type: "DC", canPickup: false, canShipFromStore: false, franchise: true }, "franchise", { code: "NODE_DC_NO_FRANCHISE" }],
    ["a negative capacity", { dailyCapacity: -1 }, "dailyCapacity", { code: "TOO_SMALL", params: { minimum: 0 } }],
    ["a fractional capacity", { dailyCapacity: 1.5 }, "dailyCapacity", { code: "NOT_INTEGER" }],
    ["hours closing before opening", { openingHours: { ...hours(), mon: [["19:00", "09:00"]] } }, "openingHours.mon.0", { code: "CLOSES_BEFORE_OPENING" }],
    ["a holiday on a date that does not exist", { holidays: [{ date: "2026-02-30", name: "x", hours: [] }] }, "holidays.0.date", { code: "HOLIDAY_DATE_FORMAT" }],
    ["a holiday without a name", { holidays: [{ date: "2026-12-25", name: "", hours: [] }] }, "holidays.0.name", { code: "REQUIRED" }],
    [
      "two holidays on one date",
      { holidays: [{ date: "2026-12-25", name: "Christmas", hours: [] }, { date: "2026-12-25", name: "Again", hours: [] }] },
      "holidays.1.date",
      { code: "HOLIDAY_DUPLICATE_DATE" },
    ],
    ["holiday hours going backwards", { holidays: [{ date: "2026-12-24", name: "Eve", hours: [["13:00", "09:00"]] }] }, "holidays.0.hours.0", { code: "CLOSES_BEFORE_OPENING" }],
    ["overlapping holiday hours", { holidays: [{ date: "2026-12-24", name: "Eve", hours: [["09:00", "13:00"], ["12:00", "14:00"]] }] }, "holidays.0.hours", { code: "OVERLAPPING_INTERVALS" }],
    ["a holiday time that is not HH:MM", { holidays: [{ date: "2026-12-24", name: "Eve", hours: [["9h", "13:00"]] }] }, "holidays.0.hours.0.0", { code: "TIME_FORMAT" }],
  ];
  for (const [what, over, field, issue] of refusals) {
    it(`refuses ${what} with an error on ${field} and creates nothing`, async () => {
      const input = store(over);
      const error = await run(input).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields?.[field]).toEqual(issue);
      expect(await t.db.node.count({ where: { name: input.name, code: input.code } })).toBe(0);
    });
  }
});

describe("updateNode with holidays and the node's type", () => {
  it("saves holidays sorted by date and keeps them when a save does not send them", async () => {
    const created = await run(store());
    const form = { code: created.code, name: "Nantes", canShip: true, canPickup: true, canShipFromStore: true, canReturn: true, dailyCapacity: 100, openingHours: hours(), active: true };
    await withTx((tx) => updateNode(tx, admin, { ...form, version: 1, holidays: [{ date: "2027-01-01", name: "New Year", hours: [] }, { date: "2026-12-24", name: "Eve", hours: [["09:00", "13:00"]] }] }), { db: t.db });
    const saved = await t.db.node.findUniqueOrThrow({ where: { id: created.id } });
    expect((saved.holidays as Array<{ date: string }>).map((h) => h.date)).toEqual(["2026-12-24", "2027-01-01"]);
    await withTx((tx) => updateNode(tx, admin, { ...form, version: 2 }), { db: t.db });
    expect((await t.db.node.findUniqueOrThrow({ where: { id: created.id } })).holidays).toEqual(saved.holidays);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "node.update" }, orderBy: { createdAt: "asc" } });
    expect(audit.after).toMatchObject({ holidays: [{ date: "2026-12-24" }, { date: "2027-01-01" }] });
  });

  it("refuses to make a stored DC a pickup point, whatever type the form sends", async () => {
    const dc = await run(store({ code: "DC-TLS", type: "DC", canPickup: false, canShipFromStore: false }));
    const error = await withTx(
      (tx) => updateNode(tx, admin, { code: dc.code, version: 1, name: "Toulouse DC", canShip: true, canPickup: true, canShipFromStore: false, canReturn: true, dailyCapacity: 100, openingHours: hours(), active: true }),
      { db: t.db },
    ).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ canPickup: { code: "NODE_DC_NO_PICKUP" } });
  });
});
