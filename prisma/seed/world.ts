// The deterministic demo world: a network of DCs and stores in France and its neighbours, a
// catalogue, stock for every node and SKU with 90 days of stock movements behind it (history.ts),
// inbound supply in every state (some late, one partly received, transfers planned), customers
// and 90 days of orders in every channel and state, the supply-chain demo journeys
// (inventory-journeys.ts), plus the demo users, channel API keys, a fulfilment API key bound to
// every node, promo codes and version 1 of each business-rule set (ALERTS included). The same
// options (seed, scale, now) always give the same rows.
//
// Money follows lib/orders/pricing (the code that captures and re-prices real orders): VAT-inclusive
// EUR prices in minor units; subtotal = sum(open qty * unit price); the promo discount is spread over
// the lines (line.discountMinor, for the full line qty) and discountMinor is their sum (pro rata to
// the open qty); total = subtotal - discount + shipping; taxMinor is the VAT share *included* in the
// total (round(total - total / 1.2)), for reporting, never added. Totals describe the order as it
// stands: cancelled units leave the totals, and the payment ledger records the difference (VOID
// before capture). Returns keep the totals and add a REFUND to the ledger.
import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";
import type { Db, Tx } from "@/lib/db";
import type { Channel, RuleKind } from "@/generated/prisma/enums";
import { DEFAULT_RULES } from "@/lib/rules/client";
import { buildCatalog } from "./catalog";
import { buildCustomers } from "./customers";
import { apiKeyPrefix, DEMO_API_KEYS, DEMO_FULFILLMENT_API_KEY, DEMO_USERS } from "./demo-users";
import { buildStockHistory, type StockEvent } from "./history";
import { addInboundToWatch, buildInbound, buildStock, inboundRows, positionRows } from "./inventory";
import { demoBackorderSku, planInventoryJourneys } from "./inventory-journeys";
import type { NodeRec, Row, SkuRec } from "./model";
import { buildNetwork, MAX_DCS, MAX_STORES, nodeId } from "./network";
import { RETURNS_JOURNEY_CUSTOMER, RETURNS_JOURNEY_STORE, seedReturnsJourney } from "./returns-journeys";
import { EXPLANATION_JOURNEY_DCS, seedSourcingExplanationJourney } from "./sourcing-explanation-journey";
import { JOURNEY_STORE, seedStoreJourneys } from "./store-journeys";
import { seedSimulationJourney } from "./simulation-journey";
import { buildOrderRows } from "./order-rows";
import { demoPromos, OrderPlanner } from "./orders";
import { pad, Random } from "./random";
import { DAY, MINUTE } from "./time";

export interface SeedScale {
  dcs: number;
  stores: number;
  skus: number;
  customers: number;
  orders: number;
}

/** The world `npm run db:seed` creates. */
export const DEFAULT_SCALE: Readonly<SeedScale> = Object.freeze({ dcs: 4, stores: 45, skus: 2000, customers: 300, orders: 5400 });

/** A world small enough for integration tests (seconds), with the full network. */
export const SMALL_SCALE: Readonly<SeedScale> = Object.freeze({ dcs: 3, stores: 40, skus: 200, customers: 30, orders: 300 });

/**
 * The default world times `factor` (`npm run db:seed -- --scale 10`): the same network, `factor`
 * times the SKUs, customers and orders (and so the positions, history and inbound lines).
 */
export function scaledWorld(factor: number): SeedScale {
  if (!Number.isFinite(factor) || factor <= 0) throw new Error("The scale factor must be a positive number");
  return {
    ...DEFAULT_SCALE,
    skus: Math.round(DEFAULT_SCALE.skus * factor),
    customers: Math.max(5, Math.round(DEFAULT_SCALE.customers * factor)),
    orders: Math.max(1, Math.round(DEFAULT_SCALE.orders * factor)),
  };
}

/**
 * Units a store sells over the counter per day at a position it carries: the best seller about 0.7
 * a day in a large store, the long tail almost never (it sets the default seed's ~51,000 sales rows).
 */
export const STORE_SALES_PER_DAY = 0.5;
function storeSalesPerDay(node: NodeRec, sku: SkuRec, target: number): number {
  if (target <= 0) return 0;
  const size = node.size === "L" ? 1.4 : node.size === "M" ? 1 : 0.7;
  return STORE_SALES_PER_DAY * size * Math.pow(sku.popularity, 4.5);
}

export const DEFAULT_SEED = 20261125;

export interface SeedOptions {
  /** The world's "now": orders are placed in the 90 days before it. Defaults to the current time. */
  now?: Date;
  scale?: Partial<SeedScale>;
  /** PRNG seed: another seed gives another (equally plausible) world. */
  seed?: number;
  /** Wipe every table (except the migration history) first; otherwise a non-empty database is refused. */
  reset?: boolean;
  log?: (message: string) => void;
  /**
   * Also place today's work at the demo store through the real capture command (default true).
   * Those orders get real ids, codes and clock times, so the deterministic world leaves them out.
   */
  storeJourneys?: boolean;
}

export interface SeedSummary {
  now: Date;
  seed: number;
  scale: SeedScale;
  durationMs: number;
  /** Rows written per table. */
  counts: Record<string, number>;
  ordersByStatus: Record<string, number>;
  ordersByChannel: Record<string, number>;
}

export class AlreadySeededError extends Error {
  constructor(nodes: number) {
    super(`The database already has ${nodes} nodes: the demo world is only seeded into an empty database. Use the reset option (npm run db:seed -- --reset) to wipe it and seed again.`);
    this.name = "AlreadySeededError";
  }
}

/** Rule-set rows, one PUBLISHED version 1 per kind, from the defaults in lib/rules. */
export const RULE_SET_IDS: Record<RuleKind, string> = {
  SOURCING: "rs_sourcing_v1",
  HOLDS: "rs_holds_v1",
  MODIFICATION: "rs_modification_v1",
  RETURNS: "rs_returns_v1",
  PICKUP: "rs_pickup_v1",
  ALERTS: "rs_alerts_v1",
};

const RULE_SET_NAMES: Record<RuleKind, string> = {
  SOURCING: "Default sourcing rules",
  HOLDS: "Default hold rules",
  MODIFICATION: "Default modification windows",
  RETURNS: "Default return policy",
  PICKUP: "Default pickup window",
  ALERTS: "Default alert thresholds",
};

/** Insert order respects the foreign keys. */
const TABLES = [
  "Category", "Product", "Sku", "Node", "User", "ApiKey", "ApiKeyNode", "RuleSet", "PromoCode", "InventoryPosition", "StockMovement", "InboundShipment", "InboundShipmentLine", "InboundReceipt",
  "Customer", "Address", "Order", "OrderHold", "OrderLine", "FulfillmentOrder", "FulfillmentOrderLine", "Reservation", "SourcingDecision",
  "Return", "ReturnLine", "PaymentTransaction", "OrderEvent", "OrderNote", "OutboxMessage", "AuditEvent",
] as const;
type Table = (typeof TABLES)[number];

export function resolveScale(scale: Partial<SeedScale> = {}): SeedScale {
  const s = { ...DEFAULT_SCALE, ...scale };
  const bad = (k: keyof SeedScale, min: number, max = Infinity) => {
    if (!Number.isInteger(s[k]) || s[k] < min || s[k] > max) throw new Error(`scale.${k} must be an integer from ${min} to ${max}`);
  };
  bad("dcs", 1, MAX_DCS);
  bad("stores", 2, MAX_STORES);
  bad("skus", 20);
  bad("customers", 5);
  bad("orders", 1);
  return s;
}

/** Generates the whole world in memory: rows per table, in insert order. */
export function generateWorld(options: Omit<SeedOptions, "reset"> = {}): { rows: Record<Table, Row[]>; summary: Omit<SeedSummary, "durationMs"> } {
  const log = options.log ?? (() => {});
  const scale = resolveScale(options.scale);
  const seed = options.seed ?? DEFAULT_SEED;
  const nowDate = options.now ?? new Date();
  const now = nowDate.getTime();
  const root = new Random(seed);
  const epoch = new Date(now - 400 * DAY);

  const { nodes, rows: nodeRows } = buildNetwork(scale.dcs, scale.stores, epoch);
  const dcs = nodes.filter((n) => n.type === "DC");
  const stores = nodes.filter((n) => n.type === "STORE");
  const catalog = buildCatalog(root.fork("catalog"), scale.skus, epoch);
  const stock = buildStock(root.fork("stock"), nodes, catalog.skus);
  const inbound = buildInbound(root.fork("inbound"), nodes, catalog.skus, stock, now);
  const customers = buildCustomers(root.fork("customers"), scale.customers, nodes);
  log(`Network ${dcs.length} DCs + ${stores.length} stores, ${catalog.skus.length} SKUs, ${customers.length} customers`);

  const promos = demoPromos(now);
  const planner = new OrderPlanner({
    rng: root.fork("orders"),
    now,
    dcs,
    stores,
    skus: catalog.skus,
    productSkus: catalog.productSkus,
    customers,
    stock,
    inbound,
    promos,
    sourcing: DEFAULT_RULES.SOURCING,
    holds: DEFAULT_RULES.HOLDS,
    returns: DEFAULT_RULES.RETURNS,
    backorderSku: demoBackorderSku(catalog.skus, nodes),
  });
  const orders = planner.plan(scale.orders);
  for (const add of planner.inboundAdditions) add.po.lines.set(add.skuIdx, (add.po.lines.get(add.skuIdx) ?? 0) + add.qty + 24);

  const agent = DEMO_USERS.find((u) => u.role === "AGENT")!;
  const storeUsers = new Map(DEMO_USERS.filter((u) => u.storeCode).map((u) => [u.storeCode!, { id: u.id, name: u.name }]));
  const apiKeys = Object.fromEntries(DEMO_API_KEYS.map((k) => [k.channel, { id: k.id, name: k.name }])) as Record<Channel, { id: string; name: string }>;
  const orderRows = buildOrderRows(orders, {
    now,
    stock,
    sourcing: DEFAULT_RULES.SOURCING,
    sourcingRuleSetId: RULE_SET_IDS.SOURCING,
    holdRuleSetId: RULE_SET_IDS.HOLDS,
    returns: DEFAULT_RULES.RETURNS,
    agent: { id: agent.id, name: agent.name },
    storeUsers,
    apiKeys,
    decisionDays: 21,
  });
  finishOutbox(orderRows.outbox, now);
  log(`Planned ${orders.length} orders`);

  // Supply to watch (late, partly received, planned) and the demo journeys' positions.
  const supplyPlanner = DEMO_USERS.find((u) => u.role === "SUPPLY_CHAIN") ?? null;
  addInboundToWatch(root.fork("inbound-watch"), nodes, catalog.skus, stock, now, inbound, supplyPlanner);
  const journeys = planInventoryJourneys(nodes, catalog.skus, stock, planner.stockedOut, inbound);
  const shipments = inbound.filter((s) => s.lines.size > 0);

  // Customers: long-standing ones joined months ago; "new" ones registered just before their first order.
  const crng = root.fork("customer-dates");
  const firstOrder = new Map<string, number>();
  for (const o of orders) if (!firstOrder.has(o.customer.id)) firstOrder.set(o.customer.id, o.placedAt);
  const customerRows: Row[] = [];
  const addressRows: Row[] = [];
  for (const c of customers) {
    const first = firstOrder.get(c.id);
    const createdAt = new Date(c.isNew && first !== undefined ? first - crng.int(2, 30) * MINUTE : now - crng.int(100, 900) * DAY);
    customerRows.push({ id: c.id, number: c.number, firstName: c.firstName, lastName: c.lastName, email: c.email, phone: c.phone, locale: c.locale, version: 1, createdAt, updatedAt: createdAt });
    c.addresses.forEach((a, i) =>
      addressRows.push({ id: a.id, customerId: c.id, label: a.label, line1: a.line1, line2: null, city: a.city, postalCode: a.postalCode, country: a.country, lat: a.lat, lng: a.lng, isDefault: i === 0, createdAt }),
    );
  }

  // People and access.
  const urng = root.fork("users");
  const userRows: Row[] = DEMO_USERS.map((u) => {
    // A salt from the seeded generator keeps reruns identical (these are public demo passwords).
    const salt = `$2b$10$${bcrypt.encodeBase64(Array.from({ length: 16 }, () => urng.int(0, 255)), 16)}`;
    return {
      id: u.id,
      email: u.email,
      name: u.name,
      passwordHash: bcrypt.hashSync(u.password, salt),
      role: u.role,
      storeId: u.storeCode ? nodeId(u.storeCode) : null,
      locale: u.locale,
      active: true,
      version: 1,
      createdAt: epoch,
      updatedAt: epoch,
      lastLoginAt: null,
    };
  });
  const admin = DEMO_USERS.find((u) => u.role === "ADMIN")!;
  const keyHash = (key: string) => createHash("sha256").update(key).digest("hex");
  // Every row names every column: the insert takes its column list from the first row.
  const apiKeyRows: Row[] = [
    ...DEMO_API_KEYS.map((k) => ({ id: k.id, name: k.name, scope: "CHANNEL", channel: k.channel, keyHash: keyHash(k.key), prefix: apiKeyPrefix(k.key), createdAt: epoch, revokedAt: null, lastUsedAt: null })),
    {
      id: DEMO_FULFILLMENT_API_KEY.id,
      name: DEMO_FULFILLMENT_API_KEY.name,
      scope: "FULFILLMENT",
      channel: null,
      keyHash: keyHash(DEMO_FULFILLMENT_API_KEY.key),
      prefix: apiKeyPrefix(DEMO_FULFILLMENT_API_KEY.key),
      createdAt: epoch,
      revokedAt: null,
      lastUsedAt: null,
    },
  ];
  const apiKeyNodeRows: Row[] = nodes.map((n) => ({ apiKeyId: DEMO_FULFILLMENT_API_KEY.id, nodeId: nodeId(n.code) }));
  const published = new Date(now - 30 * DAY);
  const ruleRows: Row[] = (Object.keys(RULE_SET_IDS) as RuleKind[]).map((kind) => ({
    id: RULE_SET_IDS[kind],
    kind,
    version: 1,
    status: "PUBLISHED",
    name: RULE_SET_NAMES[kind],
    definition: DEFAULT_RULES[kind],
    createdById: admin.id,
    publishedById: admin.id,
    createdAt: published,
    publishedAt: published,
    lockVersion: 1,
  }));
  const promoRows: Row[] = promos.map((p) => ({
    code: p.code,
    description: p.description,
    percentOff: p.percentOff,
    amountOffMinor: p.amountOffMinor,
    minSubtotalMinor: p.minSubtotalMinor,
    active: p.active,
    validFrom: p.validFrom === null ? null : new Date(p.validFrom),
    validUntil: p.validUntil === null ? null : new Date(p.validUntil),
  }));

  const audit: Row[] = [];
  const auditRow = (entityType: string, entityId: string, action: string, at: Date, after: unknown, actor = admin, reason: string | null = null, before: unknown = null) =>
    audit.push({ id: `aud_${pad(audit.length + 1, 5)}`, entityType, entityId, action, actorType: "USER", actorId: actor.id, actorName: actor.name, reason, before, after, createdAt: at });
  for (const u of DEMO_USERS) auditRow("User", u.id, "user.created", epoch, { email: u.email, role: u.role, storeCode: u.storeCode });
  for (const k of DEMO_API_KEYS) auditRow("ApiKey", k.id, "api_key.created", epoch, { channel: k.channel, prefix: apiKeyPrefix(k.key) });
  auditRow("ApiKey", DEMO_FULFILLMENT_API_KEY.id, "api_key.created", epoch, { scope: "FULFILLMENT", nodes: nodes.map((n) => n.code), prefix: apiKeyPrefix(DEMO_FULFILLMENT_API_KEY.key) });
  for (const r of ruleRows) auditRow("RuleSet", String(r.id), "rule_set.published", published, { kind: r.kind, version: 1 });

  // Deliveries at a DC are recorded by its warehouse system, at a store by the associate when it has one.
  const fulfilmentKey = `apiKey:${DEMO_FULFILLMENT_API_KEY.id}`;
  const inboundOut = inboundRows(shipments, catalog.skus, root.fork("inbound-lines"), {
    receivedBy: (node) => (storeUsers.has(node.code) ? `user:${storeUsers.get(node.code)!.id}` : fulfilmentKey),
  });
  const positions = positionRows(stock, nodes, catalog.skus, planner.stockedOut, new Date(now));
  for (const [i, o] of journeys.overrides) {
    const p = positions[i];
    if (o.safetyStock !== undefined) p.safetyStock = o.safetyStock;
    if (o.targetStock !== undefined) p.targetStock = o.targetStock;
    if (o.free !== undefined) p.onHand = Number(p.reserved) + Number(p.safetyStock) + o.free;
  }
  const finalOnHand = Int32Array.from(positions, (p) => Number(p.onHand));
  const stockEvents: StockEvent[] = [...orderRows.stockEvents, ...inboundOut.events];

  // A few counted stock corrections at the demo store, as the associate would record them.
  const associate = DEMO_USERS.find((u) => u.storeCode === stores[0].code)!;
  const arng = root.fork("audit");
  const corrections: { audit: Row; event: StockEvent }[] = [];
  for (let k = 0; k < 6; k++) {
    const skuIdx = arng.int(0, catalog.skus.length - 1);
    const pos = positions[stores[0].idx * catalog.skus.length + skuIdx];
    const at = new Date(now - arng.float(1, 20) * DAY);
    const reason = arng.pick(["Cycle count", "Damaged unit found on the shelf", "Unit found in the stockroom"]);
    const change = -arng.pick([-1, 1, 2]);
    auditRow("InventoryPosition", String(pos.id), "inventory.adjusted", at, { onHand: pos.onHand }, associate, reason, { onHand: Number(pos.onHand) - change });
    const event: StockEvent = { node: stores[0].idx, sku: skuIdx, at: at.getTime(), qty: change, kind: "ADJUSTMENT", reference: null, reason };
    corrections.push({ audit: audit[audit.length - 1], event });
    stockEvents.push(event);
  }

  // The movement ledger: 90 days per position, ending at its on hand.
  const history = buildStockHistory({
    rng: root.fork("history"),
    now,
    nodes,
    skus: catalog.skus,
    stock,
    final: finalOnHand,
    events: stockEvents,
    storeSalesPerDay: (node, sku, i) => storeSalesPerDay(node, sku, Number(positions[i].targetStock)),
    rushes: journeys.rushes,
  });
  // A correction's audit row tells the on hand before and after it, as the ledger has them.
  for (const c of corrections) {
    c.audit.before = { onHand: c.event.after! - c.event.qty };
    c.audit.after = { onHand: c.event.after! };
  }
  log(`Stock history: ${history.rows.length} movements (${Object.entries(history.counts).map(([k, n]) => `${k} ${n}`).join(", ")})`);

  const rows: Record<Table, Row[]> = {
    Category: catalog.categoryRows,
    Product: catalog.productRows,
    Sku: catalog.skuRows,
    Node: nodeRows,
    User: userRows,
    ApiKey: apiKeyRows,
    ApiKeyNode: apiKeyNodeRows,
    RuleSet: ruleRows,
    PromoCode: promoRows,
    InventoryPosition: positions,
    StockMovement: history.rows,
    InboundShipment: inboundOut.shipments,
    InboundShipmentLine: inboundOut.lines,
    InboundReceipt: inboundOut.receipts,
    Customer: customerRows,
    Address: addressRows,
    Order: orderRows.orders,
    OrderHold: orderRows.holds,
    OrderLine: orderRows.lines,
    FulfillmentOrder: orderRows.fulfillmentOrders,
    FulfillmentOrderLine: orderRows.fulfillmentLines,
    Reservation: orderRows.reservations,
    SourcingDecision: orderRows.decisions,
    Return: orderRows.returns,
    ReturnLine: orderRows.returnLines,
    PaymentTransaction: orderRows.payments,
    OrderEvent: orderRows.events,
    OrderNote: orderRows.notes,
    OutboxMessage: orderRows.outbox,
    AuditEvent: audit,
  };
  const ordersByChannel: Record<string, number> = {};
  for (const o of orders) ordersByChannel[o.channel] = (ordersByChannel[o.channel] ?? 0) + 1;
  return {
    rows,
    summary: {
      now: nowDate,
      seed,
      scale,
      counts: Object.fromEntries(TABLES.map((t) => [t, rows[t].length])),
      ordersByStatus: orderRows.statusCounts,
      ordersByChannel,
    },
  };
}

/** Old messages were sent; the last few minutes' are still pending, and a few recent ones failed. */
function finishOutbox(outbox: Row[], now: number): void {
  const sorted = [...outbox].sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime() || String(a.id).localeCompare(String(b.id)));
  const pending = (m: Row) => Object.assign(m, { status: "PENDING", attempts: 0, sentAt: null, nextAttemptAt: m.createdAt });
  sorted.forEach((m, i) => {
    // Only e-mails wait in the outbox (kept locally unless SMTP is configured); webhooks are history.
    if (m.channel === "EMAIL" && ((m.createdAt as Date).getTime() > now - 3 * MINUTE || i >= sorted.length - 3)) pending(m);
  });
  const recent = sorted.filter((m) => m.status === "SENT" && (m.createdAt as Date).getTime() > now - 3 * DAY);
  for (let k = 0; k < 4 && recent.length; k++) {
    const m = recent[Math.floor(((k + 0.5) * recent.length) / 4)];
    Object.assign(m, {
      status: "FAILED",
      attempts: 5,
      sentAt: null,
      nextAttemptAt: new Date((m.createdAt as Date).getTime() + 31 * MINUTE),
      lastError: m.channel === "WEBHOOK" ? "Webhook answered HTTP 503 Service Unavailable" : "550 5.1.1 Recipient address rejected: mailbox unavailable",
    });
  }
}

async function insertRows(tx: Tx, table: string, rows: Row[], batch = 5000): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0])
    .map((c) => `"${c}"`)
    .join(", ");
  // One JSON parameter per batch: several times faster than createMany's bound parameters on PGlite.
  for (let i = 0; i < rows.length; i += batch) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      JSON.stringify(rows.slice(i, i + batch)),
    );
  }
}

/** Deletes every row of every table except Prisma's migration history. */
export async function wipeDatabase(db: Db | Tx): Promise<void> {
  const tables = await db.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  if (tables.length) await db.$executeRawUnsafe(`TRUNCATE TABLE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
}

/**
 * Seeds the demo world into an empty database in one transaction. Refuses a database that already
 * has nodes unless `reset` is set, in which case every table is emptied first.
 */
export async function seedDemoWorld(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  if (!options.reset) {
    // Fail fast, before generating anything (checked again inside the transaction).
    const nodes = await db.node.count();
    if (nodes > 0) throw new AlreadySeededError(nodes);
  }
  const { rows, summary } = generateWorld(options);
  log(`Generated in ${((Date.now() - started) / 1000).toFixed(1)} s; writing…`);
  await db.$transaction(
    async (tx) => {
      const nodes = await tx.node.count();
      if (nodes > 0) {
        if (!options.reset) throw new AlreadySeededError(nodes);
        await wipeDatabase(tx);
      }
      // The ledger trigger would record every inserted position as an opening movement: the
      // seeded history (StockMovement rows) is written instead.
      await tx.$executeRawUnsafe(`ALTER TABLE "InventoryPosition" DISABLE TRIGGER "InventoryPosition_stock_movement_insert"`);
      for (const table of TABLES) {
        const t = Date.now();
        await insertRows(tx, table, rows[table]);
        if (rows[table].length > 2000) log(`  ${table}: ${rows[table].length} rows in ${Date.now() - t} ms`);
      }
      await tx.$executeRawUnsafe(`ALTER TABLE "InventoryPosition" ENABLE TRIGGER "InventoryPosition_stock_movement_insert"`);
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );
  if (options.storeJourneys !== false) {
    const journeys = await seedStoreJourneys(db, summary.now);
    log(`Today's work at ${JOURNEY_STORE}: orders ${journeys.orders.join(", ")} (ship ${journeys.shipSku}, backup ${journeys.backupDc}; pickup ${journeys.pickupSku})`);
    const returns = await seedReturnsJourney(db, summary.now, { avoidSkus: [journeys.shipSku, journeys.pickupSku] });
    log(`Order to take back near ${RETURNS_JOURNEY_STORE}: ${returns.order} for ${RETURNS_JOURNEY_CUSTOMER.email} (${returns.skus.join(", ")}; other sizes ${returns.exchangeSkus.join(", ")})`);
    const explained = await seedSourcingExplanationJourney(db, summary.now, { avoidSkus: [journeys.shipSku, journeys.pickupSku, ...returns.skus, ...returns.exchangeSkus] });
    log(`Order with a split line, an address change and a cancelled line: ${explained.order} (${explained.splitSku} over ${EXPLANATION_JOURNEY_DCS.join(", ")})`);
    // A finished what-if simulation to open; the world stands without it if it cannot run.
    try {
      const sim = await seedSimulationJourney(db, summary.now);
      log(`Simulation of sourcing draft v${sim.draftVersion}: run ${sim.runId} ${sim.status} over ${sim.orders} orders of the last 7 days`);
    } catch (e) {
      log(`The simulation journey was skipped: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const durationMs = Date.now() - started;
  log(`Demo world written in ${(durationMs / 1000).toFixed(1)} s`);
  return { ...summary, durationMs };
}
