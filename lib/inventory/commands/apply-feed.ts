// A stock feed from a warehouse or store system (or a file uploaded by supply chain) sets a node's
// on hand for many SKUs at once: FULL items are counted figures, DELTA items changes. Each item is
// checked on its own; a refused item (unknown SKU, bad number, on hand below zero, a SKU sent twice,
// units already picked) is reported and changes nothing, the others apply. Reservations always
// survive: an item that leaves less on hand than is reserved takes the difference off the node's
// unpicked work and sources it again, exactly as a cycle count does (correctOnHand). Every change is
// a FEED movement in the ledger with the feed's reference and the item's reason.
//
// Speed: a 100,000-item feed runs a handful of set-based statements (the SKU lookup, one read, one
// insert of the new positions, one lock, an update per distinct reason); only items that go below
// reserved take the slow path. Locks follow the order of every command (orders, their work, then
// positions by SKU and node), so feeds, counts and checkouts on one node wait for each other
// instead of deadlocking. docs/inventory.md "Stock feeds" has the measurements.
import { Prisma } from "@/generated/prisma/client";
import { assertStoreScope, type Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError, type ErrorParams } from "@/lib/errors";
import { correctOnHand, holdersAt, lockStockHolders } from "@/lib/fulfillment";
import { englishMessage } from "@/lib/i18n";
import { inventoryFeedSchema, parseFeedItem, type FeedItemError, type InventoryFeedInput } from "../schemas";
import { isStoreAssociate } from "../queries/scope";
import { nameMovement } from "./movement";

export { inventoryFeedSchema };
export type { InventoryFeedInput };

export interface FeedRejection {
  /** The item's position in the feed's `items`, from 0. */
  index: number;
  /** The SKU as sent, or null when the item had none. */
  sku: string | null;
  error: { code: string; message: string; params?: ErrorParams; field?: string };
}

export interface InventoryFeedResult {
  /** Items accepted (on hand changed, or already at the figure). */
  applied: number;
  rejected: FeedRejection[];
  /** Positions whose on hand moved. */
  changed: number;
  /** Reserved units taken off this node's work because on hand went below them, and sourced again. */
  resourcedUnits: number;
}

export interface ApplyFeedOptions {
  now?: Date;
  /** Recorded on every movement: the API's Idempotency-Key, or "upload:<user id>" for a file. */
  reference?: string;
}

interface Row {
  index: number;
  text: string;
  qty: number;
  reason?: string;
  skuId?: string;
  skuCode?: string;
}

/** Codes correctOnHand refuses with before it changes anything: the item is reported, the feed goes on. */
const ITEM_REFUSALS = new Set<string>(["ON_HAND_BELOW_ZERO", "COUNT_BELOW_PICKED", "COUNT_STOCK_CHANGED"]);

export async function applyInventoryFeed(tx: Tx, actor: Actor, input: InventoryFeedInput, options: ApplyFeedOptions = {}): Promise<InventoryFeedResult> {
  const now = options.now ?? new Date();
  const feed = inventoryFeedSchema.parse(input);
  const node = await tx.node.findUnique({ where: { code: feed.node }, select: { id: true, code: true } });
  // A system or an associate learns nothing about nodes outside its scope, not even that they exist.
  if (!node) throw actor.kind === "apiKey" || isStoreAssociate(actor) ? new ForbiddenError("NOT_YOUR_NODE") : new NotFoundError("node", feed.node);
  assertStoreScope(actor, node.id);
  const reference = options.reference ?? `upload:${actor.id}`;
  const full = feed.mode === "FULL";

  const rejected = new Map<number, FeedRejection>();
  const reject = (index: number, sku: string | null, issue: FeedItemError) =>
    rejected.set(index, { index, sku, error: { code: issue.code, message: englishMessage(issue.code, issue.params), ...(issue.params ? { params: issue.params } : {}), ...(issue.field ? { field: issue.field } : {}) } });

  // 1. Each item on its own. A refused item still names its SKU for the duplicate check (3).
  let rows: Row[] = [];
  const refusedNaming: Array<{ index: number; text: string }> = [];
  feed.items.forEach((raw, index) => {
    const parsed = parseFeedItem(feed.mode, raw);
    if (parsed.ok) rows.push({ index, text: parsed.item.sku, qty: parsed.item.qty, reason: parsed.item.reason });
    else {
      const sku = skuOf(raw);
      reject(index, sku, parsed.error);
      if (sku) refusedNaming.push({ index, text: sku });
    }
  });

  // 2. SKUs: by code in one statement; what is left by code in any letter case or by barcode.
  const texts = [...new Set([...rows.map((r) => r.text), ...refusedNaming.map((r) => r.text)])];
  const exact = await jsonRows<{ id: string; code: string }>(
    tx,
    Prisma.sql`SELECT s.id, s.code FROM "Sku" s WHERE s.code = ANY(ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(texts)}::jsonb)))`,
  );
  const byText = new Map(exact.map((s) => [s.code, s]));
  const unmatched = texts.filter((t) => !byText.has(t));
  if (unmatched.length) {
    const list = JSON.stringify(unmatched);
    // Two statements, each able to use a fast plan: the barcode's index, a hash join on the code.
    const others = [
      ...(await jsonRows<{ id: string; code: string; barcode: string | null }>(
        tx,
        Prisma.sql`SELECT s.id, s.code, s.barcode FROM "Sku" s WHERE s.barcode = ANY(ARRAY(SELECT jsonb_array_elements_text(${list}::jsonb)))`,
      )),
      ...(await jsonRows<{ id: string; code: string; barcode: string | null }>(
        tx,
        Prisma.sql`SELECT s.id, s.code, NULL AS barcode FROM "Sku" s
                     JOIN (SELECT DISTINCT UPPER(t) AS code FROM jsonb_array_elements_text(${list}::jsonb) t) u ON UPPER(s.code) = u.code`,
      )),
    ];
    const byBarcode = new Map(others.filter((s) => s.barcode !== null).map((s) => [s.barcode!, s]));
    const byUpper = new Map(others.map((s) => [s.code.toUpperCase(), s]));
    for (const t of unmatched) {
      const found = byBarcode.get(t) ?? byUpper.get(t.toUpperCase());
      if (found) byText.set(t, found);
    }
  }
  rows = rows.filter((r) => {
    const sku = byText.get(r.text);
    if (!sku) reject(r.index, r.text, { code: "UNKNOWN_SKU", params: { code: r.text }, field: "sku" });
    else Object.assign(r, { skuId: sku.id, skuCode: sku.code });
    return !!sku;
  });

  // 3. A SKU twice (by code and by barcode too, refused items included) is ambiguous: none of its
  // items apply.
  const bySku = new Map<string, number[]>();
  const named = [...rows.map((r) => ({ index: r.index, skuId: r.skuId! })), ...refusedNaming.flatMap((r) => (byText.has(r.text) ? [{ index: r.index, skuId: byText.get(r.text)!.id }] : []))];
  for (const { index, skuId } of named) {
    const same = bySku.get(skuId);
    if (same) same.push(index);
    else bySku.set(skuId, [index]);
  }
  const listed = new Map<string, string>();
  rows = rows.filter((r) => {
    const same = bySku.get(r.skuId!)!;
    if (same.length === 1) return true;
    if (!listed.has(r.skuId!)) listed.set(r.skuId!, itemList(same));
    reject(r.index, r.text, { code: "FEED_DUPLICATE_SKU", params: { sku: r.skuCode!, items: listed.get(r.skuId!)! }, field: "sku" });
    return false;
  });

  const targetOf = (r: Row, onHand: number) => (full ? r.qty : onHand + r.qty);
  const skuIdsJson = (list: Row[]) => JSON.stringify(list.map((r) => r.skuId));
  let resourcedUnits = 0;
  let changed = 0;

  // 4. Lock everything the feed may change before changing anything, in the order every command
  // takes its locks (two feeds on one node at once would otherwise deadlock): the orders holding
  // units of the SKUs going below reserved and their unpicked work here (as a cycle count does,
  // read here without a lock and checked again once locked), then the positions in one statement
  // ordered by SKU and node: this node's for every item, every node's for the SKUs whose orders are
  // sourced again. Positions to be created are inserted empty first, in SKU order.
  const held = await jsonRows<{ skuId: string; onHand: number; reserved: number }>(
    tx,
    Prisma.sql`SELECT "skuId", "onHand", reserved FROM "InventoryPosition"
                WHERE "nodeId" = ${node.id} AND reserved > 0 AND "skuId" = ANY(ARRAY(SELECT jsonb_array_elements_text(${skuIdsJson(rows)}::jsonb)))`,
  );
  const heldBySku = new Map(held.map((p) => [p.skuId, p]));
  let below = rows.filter((r) => {
    const p = heldBySku.get(r.skuId!);
    return p !== undefined && targetOf(r, p.onHand) < p.reserved;
  });
  below.sort((a, b) => (a.skuId! < b.skuId! ? -1 : 1));
  const belowIds = below.map((r) => r.skuId!);
  const { orderIds } = await lockStockHolders(tx, node.id, belowIds);
  // Positions the node never held are created in one statement, in SKU order (one another feed
  // creates meanwhile waits its turn). When the items creating them share a reason (the ledger reads
  // it per statement) they are created with their figures; otherwise empty, and set below.
  const created = rows.filter((r) => targetOf(r, 0) > 0);
  const createdReasons = new Set(created.map((r) => r.reason ?? ""));
  const withFigures = createdReasons.size === 1;
  const createdWithFigures = new Set<string>();
  if (created.length) {
    if (withFigures) await nameMovement(tx, { kind: "FEED", reason: created[0].reason ?? null, reference, at: options.now });
    const figures = JSON.stringify(created.map((r) => ({ skuId: r.skuId, onHand: withFigures ? targetOf(r, 0) : 0 })));
    const [{ ids }] = await tx.$queryRaw<Array<{ ids: string }>>`
      WITH ins AS (
        INSERT INTO "InventoryPosition" ("id", "nodeId", "skuId", "onHand", "reserved", "safetyStock", "targetStock", "version", "updatedAt")
        SELECT 'pos_' || ${node.id} || '_' || r."skuId", ${node.id}, r."skuId", r."onHand", 0, 0, 0, 1, now()
          FROM jsonb_to_recordset(${figures}::jsonb) AS r("skuId" text, "onHand" int)
         WHERE NOT EXISTS (SELECT 1 FROM "InventoryPosition" p WHERE p."nodeId" = ${node.id} AND p."skuId" = r."skuId")
         ORDER BY r."skuId"
        ON CONFLICT ("nodeId", "skuId") DO NOTHING
        RETURNING "skuId")
      SELECT COALESCE(json_agg("skuId"), '[]')::text AS ids FROM ins`;
    if (withFigures) for (const id of JSON.parse(ids) as string[]) createdWithFigures.add(id);
    changed += createdWithFigures.size;
  }
  const locked = rows.length
    ? await jsonRows<{ nodeId: string; skuId: string; onHand: number; reserved: number }>(
        tx,
        Prisma.sql`SELECT "nodeId", "skuId", "onHand", reserved FROM "InventoryPosition"
                    WHERE ("nodeId" = ${node.id} AND "skuId" = ANY(ARRAY(SELECT jsonb_array_elements_text(${skuIdsJson(rows)}::jsonb))))
                       OR "skuId" = ANY(ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(belowIds)}::jsonb)))
                    ORDER BY "skuId", "nodeId" FOR UPDATE`,
      )
    : [];
  // An order that reserved one of these SKUs here since the read above holds a lock taken after
  // the stock's: its item is sent again rather than waited for.
  const unlockedHolder = new Set((await holdersAt(tx, node.id, belowIds)).filter((h) => !orderIds.includes(h.orderId)).map((h) => h.skuId));
  below = below.filter((r) => {
    if (!unlockedHolder.has(r.skuId!)) return true;
    reject(r.index, r.text, { code: "COUNT_STOCK_CHANGED", params: { sku: r.skuCode! }, field: full ? "onHand" : "delta" });
    return false;
  });

  // 5. Items that leave less on hand than is reserved: one by one, in SKU order, as a cycle count
  // (whose locks are all held already).
  for (const r of below) {
    const reason = r.reason ? `Stock feed: ${r.reason}` : "Stock feed";
    try {
      const done = await correctOnHand(tx, actor, {
        node,
        sku: { id: r.skuId!, code: r.skuCode! },
        onHand: full ? r.qty : (current) => current + r.qty,
        reason,
        movement: { kind: "FEED", reason: r.reason ?? null, reference, at: options.now },
        now,
      });
      resourcedUnits += done.resourcedUnits;
      if (done.after.onHand !== done.before.onHand) changed += 1;
    } catch (e) {
      if (!(e instanceof DomainError) || !ITEM_REFUSALS.has(e.code)) throw e;
      reject(r.index, r.text, { code: e.code, params: e.params, field: full ? "onHand" : "delta" });
    }
  }
  const slow = new Set(below.map((r) => r.index));
  rows = rows.filter((r) => !slow.has(r.index) && !rejected.has(r.index) && !createdWithFigures.has(r.skuId!));

  // 6. The rest in a few statements: check each item against the locked figures, then write.
  const current = new Map(locked.filter((p) => p.nodeId === node.id).map((p) => [p.skuId, p]));
  const writes = new Map<string, Array<{ skuId: string; onHand: number }>>();
  for (const r of rows) {
    const p = current.get(r.skuId!);
    const onHand = p?.onHand ?? 0;
    const target = targetOf(r, onHand);
    if (target < 0) {
      reject(r.index, r.text, { code: "ON_HAND_BELOW_ZERO", params: { sku: r.skuCode!, onHand }, field: "delta" });
    } else if (p && target < p.reserved) {
      // Reserved here since the read above: send the item again.
      reject(r.index, r.text, { code: "COUNT_STOCK_CHANGED", params: { sku: r.skuCode! }, field: full ? "onHand" : "delta" });
    } else if (target !== onHand) {
      const key = r.reason ?? "";
      const list = writes.get(key);
      const write = { skuId: r.skuId!, onHand: target };
      if (list) list.push(write);
      else writes.set(key, [write]);
    }
  }
  // The ledger's trigger reads the movement's reason per statement: one update per distinct reason
  // (every position written exists by now, locked).
  for (const [reason, list] of writes) {
    await nameMovement(tx, { kind: "FEED", reason: reason || null, reference, at: options.now });
    await tx.$executeRaw`
      UPDATE "InventoryPosition" p
         SET "onHand" = r."onHand", "version" = p."version" + 1, "updatedAt" = now()
        FROM jsonb_to_recordset(${JSON.stringify(list)}::jsonb) AS r("skuId" text, "onHand" int)
       WHERE p."nodeId" = ${node.id} AND p."skuId" = r."skuId"`;
    changed += list.length;
  }

  const result: InventoryFeedResult = {
    applied: feed.items.length - rejected.size,
    rejected: [...rejected.values()].sort((a, b) => a.index - b.index),
    changed,
    resourcedUnits,
  };
  await recordAudit(tx, actor, {
    entityType: "Node",
    entityId: node.id,
    action: "inventory.feed_applied",
    reason: reference,
    after: { node: node.code, mode: feed.mode, reference, items: feed.items.length, applied: result.applied, rejected: rejected.size, changed, resourcedUnits },
  });
  return result;
}

/** Item indexes for a message: the first ten, then how many more. */
function itemList(indexes: number[]): string {
  const sorted = [...indexes].sort((a, b) => a - b);
  return sorted.length > 10 ? `${sorted.slice(0, 10).join(", ")} … (+${sorted.length - 10})` : sorted.join(", ");
}

/** A query's rows as one JSON text: 100,000 rows come back in one value instead of row by row. */
async function jsonRows<T>(tx: Tx, query: Prisma.Sql): Promise<T[]> {
  const [row] = await tx.$queryRaw<Array<{ rows: string }>>`SELECT COALESCE(json_agg(q), '[]')::text AS rows FROM (${query}) q`;
  return JSON.parse(row.rows) as T[];
}

function skuOf(raw: unknown): string | null {
  const sku = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>).sku : undefined;
  return typeof sku === "string" ? sku.trim().slice(0, 64) : null;
}
