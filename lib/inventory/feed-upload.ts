// A stock feed uploaded as a CSV file from the browser: the file is read and checked there row by
// row (parseFeedItem, the API's own rule), then sent to the server in chunks of FEED_CHUNK_ROWS
// rows, each applied as one feed (one transaction), so a 100k-row file shows its progress and a
// failure loses at most one chunk. Columns: sku,onHand (FULL) or sku,delta,reason (DELTA).
import { z } from "zod";
import { FEED_MODES, type FeedMode } from "./schemas";

export const FEED_CHUNK_ROWS = 5_000;

/** One chunk as the upload page sends it: `rows` are the file's line numbers of its items. */
export const feedChunkSchema = z.object({
  node: z.string().trim().min(1).max(40),
  mode: z.enum(FEED_MODES),
  items: z.array(z.unknown()).min(1).max(FEED_CHUNK_ROWS),
  rows: z.array(z.number().int().min(1)).max(FEED_CHUNK_ROWS),
});
export type FeedChunkInput = z.input<typeof feedChunkSchema>;

/** The node and mode chosen on the upload form (validated before the file is read). */
export const feedUploadFormSchema = feedChunkSchema.pick({ node: true, mode: true });
export type FeedUploadForm = z.input<typeof feedUploadFormSchema>;

export interface FeedChunkResult {
  applied: number;
  /** Refused rows, by the file's line number. */
  rejected: Array<{ row: number; sku: string | null; error: { code: string; params?: Record<string, string | number> } }>;
}

/** The columns a file must have, per mode (header names, case and "_" or " " ignored). */
export const FEED_COLUMNS: Record<FeedMode, readonly string[]> = { FULL: ["sku", "onHand"], DELTA: ["sku", "delta", "reason"] };
const REQUIRED: Record<FeedMode, readonly string[]> = { FULL: ["sku", "onHand"], DELTA: ["sku", "delta"] };

const normalise = (name: string) => name.trim().toLowerCase().replace(/[\s_-]/g, "");

/** Where each column sits in the file's header, or the required columns it lacks. */
export function feedHeader(mode: FeedMode, header: readonly string[]): { ok: true; index: Record<string, number> } | { ok: false; missing: string[] } {
  const positions = header.map(normalise);
  const index: Record<string, number> = {};
  for (const column of FEED_COLUMNS[mode]) {
    const at = positions.indexOf(normalise(column));
    if (at >= 0) index[column] = at;
  }
  const missing = REQUIRED[mode].filter((c) => index[c] === undefined);
  return missing.length ? { ok: false, missing } : { ok: true, index };
}

/**
 * A CSV record as a feed item for parseFeedItem: quantities that read as numbers become numbers
 * ("1 200" and "12.0" too), anything else stays text so the schema refuses it by name; empty
 * cells are absent.
 */
export function feedItemFromRecord(index: Record<string, number>, fields: readonly string[]): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [column, at] of Object.entries(index)) {
    const cell = (fields[at] ?? "").trim();
    if (cell === "") continue;
    if (column === "sku" || column === "reason") item[column] = cell;
    else {
      const compact = cell.replace(/[\s\u00a0\u202f]/g, "");
      item[column] = /^[+-]?\d+(\.\d+)?$/.test(compact) ? Number(compact) : cell;
    }
  }
  return item;
}
