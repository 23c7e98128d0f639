// The DC console rendered on the server as the first paint: the stages with their counts as
// filter links, the table of work with each row opening its work screen, the empty states, the
// table's sorting, and the shared work screen offering "Mark delivered" on the DC console only.
import { createElement as h } from "react";
import { describe, expect, it, vi } from "vitest";

// The screens only call the server actions on a tap; rendering needs their names, not the database.
vi.mock("@/app/(app)/store/actions", () =>
  Object.fromEntries(
    ["startPicking", "confirmPick", "shortPick", "pack", "ship", "receiveAtStore", "markReady", "markDelivered", "handOver", "expirePickup", "cycleCount"].map((name) => [`${name}Action`, async () => ({ ok: true, data: {} })]),
  ),
);
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {} }), usePathname: () => "/dc" }));

import { WorkScreen } from "@/components/store/work/work-screen";
import type { DcConsole } from "@/lib/fulfillment/client";
import type { FulfillmentWork } from "@/lib/fulfillment/client";
import { buildWork } from "@/lib/fulfillment/testing/work-fixture";
import { renderHtml as html, renderText as render } from "@/components/testing/render";
import { DcConsoleLive } from "./dc-console-live";
import { sortRows, toRows } from "./dc-work-table";



const LYON = { id: "node-lys", code: "DC-LYS", name: "Lyon DC", type: "DC" as const, timeZone: "Europe/Paris" };

/** A released DC order of three lamps, one picked and one damaged. */
function work(over: Partial<FulfillmentWork> = {}): FulfillmentWork {
  return buildWork({ node: LYON, lines: [{ id: "l1", lineNo: 1, sku: "LAMP", name: "Desk lamp", barcode: null, category: "Home", qty: 3, pickedQty: 1, shortQty: 1, shortReason: "DAMAGED", handedOverQty: 0 }], ...over });
}


function board(over: Partial<DcConsole> = {}): DcConsole {
  return {
    dc: { id: LYON.id, code: LYON.code, name: LYON.name, city: "Saint-Priest", timeZone: LYON.timeZone },
    dcs: [
      { code: "DC-LYS", name: "Lyon DC", city: "Saint-Priest" },
      { code: "DC-PAR", name: "Paris DC", city: "Gonesse" },
    ],
    generatedAt: "2026-11-25T11:05:00Z",
    counts: { RELEASED: 4, PICKING: 1, PACKED: 0, SHIPPED: 7, IN_TRANSIT_TO_STORE: 0 },
    shippedToday: 3,
    status: null,
    items: [work()],
    nextCursor: null,
    ...over,
  };
}

describe("DC console", () => {
  it("shows each stage's count as a filter link, and each row's number opening its work", () => {
    const markup = html(h(DcConsoleLive, { initialData: board({ nextCursor: "fo-1" }), cursor: null }));
    expect(markup).toContain('href="/dc/work/fo-1"');
    expect(markup).toContain('href="/dc?node=DC-LYS&amp;status=SHIPPED"');
    expect(markup).toContain('href="/dc?node=DC-LYS&amp;cursor=fo-1"');
    expect(markup).toMatch(/aria-current="page"[^>]*>.*All open work/);
    expect(markup).toContain('aria-sort="descending"');
    const text = render(h(DcConsoleLive, { initialData: board(), cursor: null }));
    expect(text).toContain("To pick 4");
    expect(text).toContain("Awaiting delivery 7");
    expect(text).toContain("Shipped today 3");
    expect(text).toContain("FO-1001-1 O-1001 Léa Martin 27 Nov 2026 Released 3 1 / 1 2 h 5 min");
  });

  it("says so when a DC or a stage has no work, in French too", () => {
    expect(render(h(DcConsoleLive, { initialData: board({ items: [] }), cursor: null }))).toContain("No open work at this DC.");
    expect(render(h(DcConsoleLive, { initialData: board({ items: [], status: "PACKED" }), cursor: null }), "fr")).toContain("Rien à cette étape.");
  });

  it("sorts the page by a column, rows without a value last", () => {
    const rows = toRows(
      [
        work({ id: "a", number: "FO-2", order: { ...work().order, customerName: "Zoé Petit", promisedDate: null } }),
        work({ id: "b", number: "FO-10", releasedAt: "2026-11-25T10:00:00Z" }),
        work({ id: "c", number: "FO-3", status: "CREATED", releasedAt: null }),
      ],
      "2026-11-25T11:00:00Z",
    );
    expect(sortRows(rows, "number", "ascending", "en").map((r) => r.work.id)).toEqual(["a", "c", "b"]);
    expect(sortRows(rows, "age", "descending", "en").map((r) => r.work.id)).toEqual(["a", "b", "c"]);
    expect(sortRows(rows, "customer", "descending", "en").map((r) => r.work.id)).toEqual(["a", "b", "c"]);
    expect(sortRows(rows, "promised", "ascending", "en").map((r) => r.work.id)).toEqual(["b", "c", "a"]);
  });
});

describe("work screen on the DC console", () => {
  const place = { backHref: "/dc?node=DC-LYS", backLabel: "dc.work.back" as const, confirmsDelivery: true };
  const shipped = work({ status: "SHIPPED", carrier: "DPD", trackingNumber: "DPD-0042", lines: [{ ...work().lines[0], pickedQty: 2, shortQty: 1 }] });

  it("offers to mark shipped work delivered, with the back link to the DC", () => {
    const markup = html(h(WorkScreen, { initialData: shipped, nodeId: LYON.id, place }));
    expect(markup).toContain('href="/dc?node=DC-LYS"');
    const text = render(h(WorkScreen, { initialData: shipped, nodeId: LYON.id, place }));
    expect(text).toContain("Back to the DC console");
    expect(text).toContain("Mark delivered");
  });

  it("never offers it on the store tablet", () => {
    const text = render(h(WorkScreen, { initialData: shipped, nodeId: null }));
    expect(text).not.toContain("Mark delivered");
    expect(text).toContain("Back to the queue");
  });
});
