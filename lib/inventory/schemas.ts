// Stock feed inputs, shared by the API, the CSV upload form (browser) and the command: a feed names a
// node and a mode and carries items, and each item is checked on its own (parseFeedItem), so one bad
// row never stops the good ones. FULL: each item is the SKU's counted on hand (positions the feed
// does not list are left alone). DELTA: each item adds to (or takes from) on hand, with a reason.
import { z } from "zod";
import { issueFor, type ErrorIssue } from "@/lib/errors";

export const FEED_MODES = ["FULL", "DELTA"] as const;
export type FeedMode = (typeof FEED_MODES)[number];

/** Items per feed (a 100,000-row file is one feed). */
export const FEED_MAX_ITEMS = 100_000;
/** The largest quantity one item may state. */
export const FEED_MAX_QTY = 10_000_000;

const sku = z.string().trim().min(1, "SKU_REQUIRED").max(64);
const reason = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined);

/** A FULL feed's item: the units counted on hand. */
export const feedCountItemSchema = z.object({ sku, onHand: z.number().int().min(0).max(FEED_MAX_QTY), reason });
/** A DELTA feed's item: units added (positive) or taken away (negative), and why. */
export const feedDeltaItemSchema = z.object({ sku, delta: z.number().int().min(-FEED_MAX_QTY).max(FEED_MAX_QTY), reason });

export type FeedCountItem = z.output<typeof feedCountItemSchema>;
export type FeedDeltaItem = z.output<typeof feedDeltaItemSchema>;
/** An item as sent: `{ sku, onHand }` in a FULL feed, `{ sku, delta, reason? }` in a DELTA feed. */
export type FeedItemInput = z.input<typeof feedCountItemSchema> | z.input<typeof feedDeltaItemSchema>;

/**
 * The feed as a whole. Items are left unchecked here on purpose: each is parsed by parseFeedItem
 * and a bad one is reported, not allowed to refuse the others.
 */
export const inventoryFeedSchema = z.object({
  /** Node code. */
  node: z.string().trim().min(1).max(40),
  mode: z.enum(FEED_MODES),
  items: z.array(z.unknown()).min(1).max(FEED_MAX_ITEMS),
});
export type InventoryFeedInput = z.input<typeof inventoryFeedSchema>;

/** A refused item: a code and its parameters, and the item's field at fault when there is one. */
export type FeedItemError = ErrorIssue & { field?: string };

export type ParsedFeedItem = { ok: true; item: { sku: string; qty: number; reason?: string } } | { ok: false; error: FeedItemError };

const SHAPE: Record<FeedMode, string> = { FULL: "{ sku, onHand }", DELTA: "{ sku, delta, reason? }" };

/**
 * One item of a feed in `mode`, checked on its own: `qty` is the counted on hand (FULL) or the
 * change (DELTA). An item of the other mode's shape is refused with FEED_ITEM_SHAPE.
 */
export function parseFeedItem(mode: FeedMode, raw: unknown): ParsedFeedItem {
  const shape = (): ParsedFeedItem => ({ ok: false, error: { code: "FEED_ITEM_SHAPE", params: { mode, shape: SHAPE[mode] } } });
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return shape();
  const has = (k: string) => (raw as Record<string, unknown>)[k] !== undefined;
  const [own, other] = mode === "FULL" ? ["onHand", "delta"] : ["delta", "onHand"];
  if (has(other)) return shape();
  const parsed = mode === "FULL" ? feedCountItemSchema.safeParse(raw) : feedDeltaItemSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.map(String).join(".") || undefined;
    if (field === own && !has(own)) return shape();
    return { ok: false, error: { ...issueFor(issue), ...(field ? { field } : {}) } };
  }
  const v = parsed.data;
  return { ok: true, item: { sku: v.sku, qty: "onHand" in v ? v.onHand : v.delta, ...(v.reason ? { reason: v.reason } : {}) } };
}
