// One SKU's drill-down as JSON for its live page: every node's position (?sort=) and the stock
// history (?node=, ?cursor= of the movement ledger), as the page renders them.
import { sessionRoute } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { getSkuHistory, getSkuInventory, skuHistoryInputSchema, skuInventoryInputSchema } from "@/lib/inventory";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute<{ params: Promise<{ sku: string }> }>("inventory.view", async (req, actor, ctx) => {
  const sku = decodeURIComponent((await ctx.params).sku);
  const params = new URL(req.url).searchParams;
  const positions = parseInput(skuInventoryInputSchema, { sku, sort: params.get("sort") || undefined });
  const history = parseInput(skuHistoryInputSchema, { sku, node: params.get("node") || undefined, cursor: params.get("cursor") || undefined });
  const db = await getDb();
  const [inventory, stockHistory] = await Promise.all([getSkuInventory(db, actor, positions), getSkuHistory(db, actor, history)]);
  return Response.json({ inventory, history: stockHistory }, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
