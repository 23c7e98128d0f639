// The inventory positions matching the screen's filters as a CSV download, streamed in batches
// straight from the database (every matching row, not just the page on screen). Same query string
// as /inventory; the file is in SKU then node order.
import { sessionRoute } from "@/lib/auth";
import { csvResponse, type CsvColumn } from "@/lib/csv";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { listPositionsInputSchema, streamInventoryPositions, type PositionRow } from "@/lib/inventory";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

/** Stable column names and codes (not the screen's words), so programs can read the file too. */
const COLUMNS: CsvColumn<PositionRow>[] = [
  { header: "sku", value: (r) => r.sku.code },
  { header: "sku_name", value: (r) => r.sku.name },
  { header: "category", value: (r) => r.category.code },
  { header: "node", value: (r) => r.node.code },
  { header: "node_name", value: (r) => r.node.name },
  { header: "node_type", value: (r) => r.node.type },
  { header: "region", value: (r) => r.node.country },
  { header: "on_hand", value: (r) => r.onHand },
  { header: "reserved", value: (r) => r.reserved },
  { header: "safety_stock", value: (r) => r.safetyStock },
  { header: "atp", value: (r) => r.atp },
  { header: "in_transit", value: (r) => r.inTransit },
  { header: "next_eta", value: (r) => r.nextEta },
  { header: "on_demand", value: (r) => r.onDemand },
  { header: "daily_demand", value: (r) => Math.round(r.dailyDemand * 100) / 100 },
  { header: "days_of_cover", value: (r) => (r.daysOfCover === null ? null : Math.round(r.daysOfCover * 10) / 10) },
  { header: "status", value: (r) => (!r.stocked ? "NOT_STOCKED" : r.outOfStock ? "OUT_OF_STOCK" : r.belowSafety ? "BELOW_SAFETY" : r.atRisk ? "AT_RISK" : "OK") },
];

export const GET = sessionRoute("inventory.view", async (req, actor) => {
  const params = new URL(req.url).searchParams;
  const raw = Object.fromEntries([...params.entries()].filter(([, v]) => v !== ""));
  const input = parseInput(listPositionsInputSchema, raw);
  const db = await getDb();
  const batches = streamInventoryPositions(db, actor, input);
  // The first batch runs before the answer starts, so a refused scope (another store, an unknown
  // node) is still answered as a 403/404 rather than as a broken download.
  const first = await batches.next();
  async function* all() {
    if (first.done) return;
    yield first.value;
    yield* batches;
  }
  return csvResponse({
    filename: `inventory-${new Date().toISOString().slice(0, 10)}.csv`,
    columns: COLUMNS,
    batches: all(),
    onError: (e) => console.error("[inventory export]", e),
  });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
