// The CSV import of nodes on a real database: all or nothing, one audit row per node, create-only
// and create-or-update modes; and a store opened without stock does not trouble the rest of the
// app (order capture, delivery options, the inventory screens).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/client";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { captureOrder, captureOrderSchema, getDeliveryOptions } from "@/lib/orders";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "@/lib/orders/testing";
import { getInventorySummary, getNetworkOverview, listInventoryPositions } from "@/lib/inventory";
import { nodeRowsFromRecords, type NodeCsvRow } from "../csv";
import { getNode } from "../queries/get-node";
import { actorFor, buildUser, WEEKDAY_HOURS } from "../testing";
import { createNode } from "./create-node";
import { importNodes, type ImportNodesInput } from "./import-nodes";

const HEADER = "code,name,type,addressLine1,city,postalCode,country,lat,lng,timeZone,canShip,canPickup,canShipFromStore,canReturn,dailyCapacity,openingHours,franchise,holidays";
const line = (code: string, over: { type?: string; name?: string; capacity?: string; lat?: string; holidays?: string } = {}) =>
  `${code},${over.name ?? `Node ${code}`},${over.type ?? "STORE"},1 rue Test,Nantes,44000,FR,${over.lat ?? "47.21"},-1.56,Europe/Paris,yes,${over.type === "DC" ? "no" : "yes"},${over.type === "DC" ? "no" : "yes"},yes,${over.capacity ?? "100"},"mon-fri 09:00-19:00; sat 10:00-18:00",no,${over.holidays ?? ""}`;
const rows = (...lines: string[]): NodeCsvRow[] => {
  const read = nodeRowsFromRecords(parseCsv([HEADER, ...lines].join("\n")));
  if (!read.ok) throw new Error(read.issue.code);
  return read.rows;
};

let t: TestDb;
let admin: ReturnType<typeof actorFor>;
beforeAll(async () => {
  t = await createTestDb();
  admin = actorFor(await buildUser(t.db, { role: "ADMIN", name: "Ada Admin" }));
});
afterAll(async () => {
  await t.close();
});
const run = (input: ImportNodesInput) => withTx((tx) => importNodes(tx, admin, input), { db: t.db });

describe("importNodes", () => {
  it("creates every node of a valid file, one node.create audit row each", async () => {
    const result = await run({ mode: "CREATE", rows: rows(line("ST-IMP-01", { holidays: '"2026-12-25 Christmas closed"' }), line("DC-IMP", { type: "DC", capacity: "4000" })) });
    expect(result).toEqual({ written: true, created: ["ST-IMP-01", "DC-IMP"], updated: [], problems: [] });
    const nodes = await t.db.node.findMany({ where: { code: { in: ["ST-IMP-01", "DC-IMP"] } }, orderBy: { code: "asc" } });
    expect(nodes.map((n) => [n.code, n.type, n.dailyCapacity, n.canPickup])).toEqual([
      ["DC-IMP", "DC", 4000, false],
      ["ST-IMP-01", "STORE", 100, true],
    ]);
    expect(nodes[1].holidays).toEqual([{ date: "2026-12-25", name: "Christmas", hours: [] }]);
    const audits = await t.db.auditEvent.findMany({ where: { entityId: { in: nodes.map((n) => n.id) } } });
    expect(audits.map((a) => [a.action, a.reason, a.actorId])).toEqual([
      ["node.create", "import:CREATE", admin.id],
      ["node.create", "import:CREATE", admin.id],
    ]);
  });

  it("writes nothing when one row has a problem, and reports it by line and column", async () => {
    const before = await t.db.node.count();
    const audits = await t.db.auditEvent.count();
    const result = await run({ mode: "CREATE", rows: rows(line("ST-IMP-02"), line("ST-IMP-03", { lat: "123" }), line("ST-IMP-04")) });
    expect(result).toEqual({ written: false, created: ["ST-IMP-02", "ST-IMP-04"], updated: [], problems: [{ line: 3, code: "ST-IMP-03", column: "lat", issue: { code: "TOO_BIG", params: { maximum: 90 } } }] });
    expect(await t.db.node.count()).toBe(before);
    expect(await t.db.auditEvent.count()).toBe(audits);
  });

  it("refuses existing codes in create-only mode", async () => {
    const result = await run({ mode: "CREATE", rows: rows(line("ST-IMP-01"), line("ST-IMP-05")) });
    expect(result.written).toBe(false);
    expect(result.problems).toEqual([{ line: 2, code: "ST-IMP-01", column: "code", issue: { code: "NODE_IMPORT_EXISTS", params: { code: "ST-IMP-01" } } }]);
    expect(await t.db.node.count({ where: { code: "ST-IMP-05" } })).toBe(0);
  });

  it("checks without writing on a dry run", async () => {
    const result = await run({ mode: "UPSERT", rows: rows(line("ST-IMP-01", { name: "Renamed" }), line("ST-IMP-06")), dryRun: true });
    expect(result).toEqual({ written: false, created: ["ST-IMP-06"], updated: ["ST-IMP-01"], problems: [] });
    expect((await t.db.node.findUniqueOrThrow({ where: { code: "ST-IMP-01" } })).name).toBe("Node ST-IMP-01");
    expect(await t.db.node.count({ where: { code: "ST-IMP-06" } })).toBe(0);
  });

  it("updates existing codes in create-or-update mode, bumping the version and auditing before and after", async () => {
    const result = await run({ mode: "UPSERT", rows: rows(line("ST-IMP-01", { name: "Nantes Renamed", capacity: "150" }), line("ST-IMP-07")) });
    expect(result).toEqual({ written: true, created: ["ST-IMP-07"], updated: ["ST-IMP-01"], problems: [] });
    const node = await t.db.node.findUniqueOrThrow({ where: { code: "ST-IMP-01" } });
    expect(node).toMatchObject({ name: "Nantes Renamed", dailyCapacity: 150, version: 2, active: true });
    // The file's holidays column was empty for this row: the node now has none.
    expect(node.holidays).toEqual([]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: node.id, action: "node.update" } });
    expect(audit.reason).toBe("import:UPSERT");
    expect(audit.before).toMatchObject({ name: "Node ST-IMP-01", dailyCapacity: 100, version: 1, holidays: [{ date: "2026-12-25" }] });
    expect(audit.after).toMatchObject({ name: "Nantes Renamed", dailyCapacity: 150, version: 2 });
  });

  it("never changes a node's type", async () => {
    const result = await run({ mode: "UPSERT", rows: rows(line("DC-IMP", { type: "STORE" })) });
    expect(result.problems).toEqual([{ line: 2, code: "DC-IMP", column: "type", issue: { code: "NODE_TYPE_CHANGE", params: { code: "DC-IMP", current: "DC" } } }]);
    expect((await t.db.node.findUniqueOrThrow({ where: { code: "DC-IMP" } })).type).toBe("DC");
  });

  it("refuses an empty or oversized request as a whole", async () => {
    await expect(run({ mode: "CREATE", rows: [] })).rejects.toBeInstanceOf(ValidationError);
    await expect(run({ mode: "MERGE" as never, rows: rows(line("ST-IMP-09")) })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("a new store without stock", () => {
  let world: TestDb;
  const WED_10 = new Date("2026-11-25T09:00:00Z");
  beforeAll(async () => {
    world = await createTestDb();
    await buildWorld(world.db, { stock: { "DC-PAR|TSHIRT-M": 10, "ST-PAR-01|JEANS-32": 2 } });
    const hours = JSON.parse(JSON.stringify(WEEKDAY_HOURS));
    await withTx(
      (tx) =>
        createNode(tx, admin, {
          code: "ST-PAR-09",
          name: "Paris Opéra",
          type: "STORE",
          addressLine1: "1 place de l'Opéra",
          city: "Paris",
          postalCode: "75009",
          country: "FR",
          // Right next to the customer: the nearest node, with nothing on its shelves.
          lat: 48.857,
          lng: 2.356,
          timeZone: "Europe/Paris",
          canShip: true,
          canPickup: true,
          canShipFromStore: true,
          canReturn: true,
          dailyCapacity: 100,
          openingHours: hours,
        }),
      { db: world.db },
    );
  });
  afterAll(async () => {
    await world.close();
  });

  it("captures ship-to-home and pickup orders around it, the pickup sent to it from a DC", async () => {
    const capture = (lines: unknown) => captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines }), { now: WED_10, db: world.db });
    const shipped = await capture([{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }]);
    const shipFo = await world.db.fulfillmentOrder.findFirstOrThrow({ where: { order: { number: shipped.number } }, include: { node: true } });
    expect(shipFo.node.code).toBe("DC-PAR");

    const pickup = await capture([{ sku: "TSHIRT-M", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-09" }]);
    const fo = await world.db.fulfillmentOrder.findFirstOrThrow({ where: { order: { number: pickup.number } }, include: { node: true, pickupNode: true } });
    expect(fo).toMatchObject({ node: { code: "DC-PAR" }, pickupNode: { code: "ST-PAR-09" } });
    expect(fo.promisedDate).not.toBeNull();
  });

  it("offers it as a pickup store in delivery options, with a transfer's date", async () => {
    const result = await getDeliveryOptions(world.db, { lines: [{ sku: "TSHIRT-M", qty: 1 }], shippingAddress: PARIS_ADDRESS, pickupStore: "ST-PAR-09" }, { now: WED_10 });
    const option = result.lines[0].options.find((o) => o.mode === "PICKUP" && o.node === "ST-PAR-09");
    expect(option).toMatchObject({ complete: true });
    expect(option?.promisedDate).not.toBeNull();
  });

  it("shows empty inventory for it, and the network's figures and its own page as usual", async () => {
    const supply = actorFor(await buildUser(world.db, { role: "SUPPLY_CHAIN" }));
    expect(await listInventoryPositions(world.db, supply, { node: "ST-PAR-09" })).toMatchObject({ rows: [], total: 0 });
    const overview = await getNetworkOverview(world.db, supply, { now: WED_10 });
    expect(overview.totals).toBeDefined();
    await expect(getInventorySummary(world.db, supply, { now: WED_10 })).resolves.toBeDefined();
    const node = await getNode(world.db, supply, { code: "ST-PAR-09", now: WED_10 });
    expect(node.today).toMatchObject({ releasedUnits: 0, loadRatio: 0 });
  });
});
