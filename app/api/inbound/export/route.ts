// The inbound supply list matching the screen's filters as a CSV download (every shipment, not just
// the page), streamed page by page with the list's own keyset cursor. Same query string as
// /inventory/inbound (?status=&type=&node=&late=&q=).
import { sessionRoute } from "@/lib/auth";
import { csvResponse, type CsvColumn } from "@/lib/csv";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { listInbound, listInboundInputSchema, type InboundRow } from "@/lib/inventory";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

const COLUMNS: CsvColumn<InboundRow>[] = [
  { header: "reference", value: (r) => r.reference },
  { header: "type", value: (r) => r.type },
  { header: "status", value: (r) => r.status },
  { header: "supplier", value: (r) => r.supplier },
  { header: "from_node", value: (r) => r.from?.code },
  { header: "to_node", value: (r) => r.to.code },
  { header: "eta", value: (r) => r.eta },
  { header: "shipped_at", value: (r) => r.shippedAt },
  { header: "received_at", value: (r) => r.receivedAt },
  { header: "lines", value: (r) => r.lines },
  { header: "units", value: (r) => r.units },
  { header: "received_units", value: (r) => r.receivedUnits },
  { header: "late", value: (r) => r.late },
  { header: "days_late", value: (r) => r.daysLate },
];

export const GET = sessionRoute("inventory.view", async (req, actor) => {
  const params = new URL(req.url).searchParams;
  const input = parseInput(listInboundInputSchema, { ...Object.fromEntries(["status", "type", "node", "late", "q"].map((k) => [k, params.get(k) ?? undefined])), limit: 200 });
  const db = await getDb();
  // The first page runs before the answer starts, so a refusal is still a 403/404.
  const first = await listInbound(db, actor, input);
  async function* pages() {
    let page = first;
    yield page.rows;
    while (page.nextCursor) {
      page = await listInbound(db, actor, { ...input, cursor: page.nextCursor });
      yield page.rows;
    }
  }
  return csvResponse({ filename: `inbound-${new Date().toISOString().slice(0, 10)}.csv`, columns: COLUMNS, batches: pages(), onError: (e) => console.error("[inbound export]", e) });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
