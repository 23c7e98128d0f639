"use server";
// The stock feed upload's one action: apply a chunk of the file's rows to a node as one feed. The
// page sends the rows the browser found valid with their line numbers; the answer names refused
// rows by those line numbers so the page can list them in its error report.
import { commandAction } from "@/lib/actions";
import { applyInventoryFeed, feedChunkSchema, type FeedChunkResult } from "@/lib/inventory";

export const applyFeedChunkAction = commandAction(
  "inventory.feed",
  feedChunkSchema,
  async (tx, actor, input): Promise<FeedChunkResult> => {
    const result = await applyInventoryFeed(tx, actor, { node: input.node, mode: input.mode, items: input.items }, { reference: `upload:${actor.id}` });
    return {
      applied: result.applied,
      rejected: result.rejected.map((r) => ({ row: input.rows[r.index] ?? r.index + 1, sku: r.sku, error: { code: r.error.code, ...(r.error.params ? { params: r.error.params } : {}) } })),
    };
  },
  { revalidate: ["/inventory"] },
);
