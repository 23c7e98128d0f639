// POST /api/v1/inventory as one command: a warehouse or store system feeds its node's stock (FULL
// counts or DELTA changes) exactly once per Idempotency-Key; the answer says how many items applied
// and why each refused one was refused. GET /api/v1/inventory reads the key's positions with every
// figure. The inventory context does the work; this module checks the request and shapes the answer.
import type { Prisma } from "@/generated/prisma/client";
import { getDb, withTx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { applyInventoryFeed, inventoryFeedSchema, listPositionFigures, positionFiguresQuerySchema, type FeedRejection, type PositionFiguresPage } from "@/lib/inventory";
import type { FulfillmentActor } from "./fulfillment-auth";
import { requestHash, runIdempotent } from "./idempotency";

/** A 100,000-item feed with reasons fits (about 80 bytes an item). */
export const FEED_MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface FedInventory {
  status: number;
  body: { applied: number; rejected: FeedRejection[] };
  replayed: boolean;
}

/**
 * Applies the feed once per (API key, Idempotency-Key): a replay with the same body answers the
 * first result and changes nothing; the same key with another body is a 409. The key is the feed's
 * reference on every stock movement it makes.
 */
export async function feedInventory(actor: FulfillmentActor, input: { idempotencyKey: string; body: Record<string, unknown> }, options: { now?: Date } = {}): Promise<FedInventory> {
  const feed = parseInput(inventoryFeedSchema, input.body);
  const hash = requestHash(feed);
  const result = await withTx(
    (tx) =>
      runIdempotent(tx, { apiKeyId: actor.id, key: input.idempotencyKey, requestHash: hash }, async () => {
        const fed = await applyInventoryFeed(tx, actor, feed, { now: options.now, reference: input.idempotencyKey });
        return { status: 200, body: { applied: fed.applied, rejected: fed.rejected } as unknown as Prisma.InputJsonValue };
      }),
    // A 100,000-item feed takes seconds, not the default transaction's budget.
    { timeoutMs: 120_000 },
  );
  return { status: result.status, body: result.body as FedInventory["body"], replayed: result.replayed };
}

/** The key's positions (or one node's, one SKU's), page by page. */
export async function listInventoryForKey(actor: FulfillmentActor, query: URLSearchParams): Promise<PositionFiguresPage> {
  const input = parseInput(positionFiguresQuerySchema, { sku: query.get("sku"), node: query.get("node"), cursor: query.get("cursor"), limit: query.get("limit") });
  return listPositionFigures(await getDb(), actor, input);
}
