// The node administration actions ask the real permission table: only an administrator creates or
// imports nodes; a refusal is a typed result and changes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/auth";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { actorFor, buildNode, buildUser, WEEKDAY_HOURS } from "@/lib/nodes/testing";

const session = vi.hoisted(() => ({ actor: null as UserActor | null }));

vi.mock("@/lib/auth/session", async () => {
  const { can } = await import("@/lib/auth/client");
  const { ForbiddenError, UnauthenticatedError } = await import("@/lib/errors");
  const requireActor = async (action: Parameters<typeof can>[1]) => {
    if (!session.actor) throw new UnauthenticatedError();
    if (!can(session.actor.role, action)) throw new ForbiddenError();
    return session.actor;
  };
  return { currentActor: async () => session.actor, requireActor, requirePageActor: requireActor };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { createNodeAction, importNodesAction, updateNodeAction } = await import("./actions");

let t: TestDb;
const actors = {} as Record<"AGENT" | "STORE_ASSOCIATE" | "SUPPLY_CHAIN" | "ADMIN", UserActor>;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  const store = await buildNode(t.db, { code: "ST-PAR-01" });
  for (const role of ["AGENT", "SUPPLY_CHAIN", "ADMIN"] as const) actors[role] = actorFor(await buildUser(t.db, { role }));
  actors.STORE_ASSOCIATE = actorFor(await buildUser(t.db, { role: "STORE_ASSOCIATE", storeId: store.id }));
});
afterAll(async () => {
  await t.close();
});

async function expectForbidden(call: () => Promise<unknown>) {
  const outcome = await call().then(
    (r) => ({ returned: r }),
    (e: unknown) => ({ thrown: e }),
  );
  expect(outcome).toEqual({ returned: { ok: false, error: expect.objectContaining({ code: "FORBIDDEN" }) } });
}

const NON_ADMINS = ["AGENT", "STORE_ASSOCIATE", "SUPPLY_CHAIN"] as const;
const hours = () => JSON.parse(JSON.stringify(WEEKDAY_HOURS));
const newStore = (code: string) => ({
  code,
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
});
const csvRow = (code: string) => ({
  line: 2,
  values: {
    code,
    name: "Bordeaux DC",
    type: "DC",
    addressLine1: "5 avenue de Canteloup",
    city: "Bordeaux",
    postalCode: "33000",
    country: "FR",
    lat: "44.8378",
    lng: "-0.5792",
    timeZone: "Europe/Paris",
    canShip: "yes",
    canPickup: "no",
    canShipFromStore: "no",
    canReturn: "yes",
    dailyCapacity: "4000",
    openingHours: "mon-fri 06:00-22:00",
  },
});

describe("node administration actions refuse every role but ADMIN", () => {
  it("createNodeAction", async () => {
    for (const role of NON_ADMINS) {
      session.actor = actors[role];
      await expectForbidden(() => createNodeAction(newStore(`ST-NAN-${role.slice(0, 2)}`)));
    }
    expect(await t.db.node.count({ where: { city: "Nantes" } })).toBe(0);
    session.actor = actors.ADMIN;
    expect(await createNodeAction(newStore("ST-NAN-01"))).toEqual({ ok: true, data: { code: "ST-NAN-01" } });
    // Field by field, as results the form puts next to its fields.
    const again = await createNodeAction({ ...newStore("ST-NAN-01"), lat: 100 });
    expect(again).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", fields: { lat: { code: "TOO_BIG", params: { maximum: 90 } } } } });
    const taken = await createNodeAction(newStore("ST-NAN-01"));
    expect(taken).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", fields: { code: { code: "NODE_CODE_TAKEN", params: { code: "ST-NAN-01" } } } } });
  });

  it("importNodesAction, for a check as for the import", async () => {
    for (const role of NON_ADMINS) {
      session.actor = actors[role];
      await expectForbidden(() => importNodesAction({ mode: "CREATE", rows: [csvRow("DC-BDX")], dryRun: true }));
      await expectForbidden(() => importNodesAction({ mode: "CREATE", rows: [csvRow("DC-BDX")] }));
    }
    expect(await t.db.node.count({ where: { code: "DC-BDX" } })).toBe(0);
    session.actor = actors.ADMIN;
    expect(await importNodesAction({ mode: "CREATE", rows: [csvRow("DC-BDX")], dryRun: true })).toEqual({ ok: true, data: { written: false, created: ["DC-BDX"], updated: [], problems: [] } });
    expect(await importNodesAction({ mode: "CREATE", rows: [csvRow("DC-BDX")] })).toEqual({ ok: true, data: { written: true, created: ["DC-BDX"], updated: [], problems: [] } });
    expect(await t.db.auditEvent.count({ where: { action: "node.create", entityId: (await t.db.node.findUniqueOrThrow({ where: { code: "DC-BDX" } })).id } })).toBe(1);
  });

  it("updateNodeAction saves holidays for an admin only", async () => {
    const input = { code: "ST-PAR-01", version: 1, name: "Paris Rivoli", canShip: true, canPickup: true, canShipFromStore: true, canReturn: true, dailyCapacity: 80, openingHours: hours(), holidays: [{ date: "2026-12-24", name: "Christmas Eve", hours: [["09:00", "13:00"]] }], active: true };
    for (const role of NON_ADMINS) {
      session.actor = actors[role];
      await expectForbidden(() => updateNodeAction(input));
    }
    session.actor = actors.ADMIN;
    expect(await updateNodeAction(input)).toEqual({ ok: true, data: { code: "ST-PAR-01", version: 2 } });
    expect((await t.db.node.findUniqueOrThrow({ where: { code: "ST-PAR-01" } })).holidays).toEqual([{ date: "2026-12-24", name: "Christmas Eve", hours: [["09:00", "13:00"]] }]);
  });

  it("answers a visitor without a session with a typed UNAUTHENTICATED result", async () => {
    session.actor = null;
    expect(await createNodeAction({})).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await importNodesAction({})).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });
});
