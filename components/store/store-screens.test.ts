// The store tablet's screens rendered on the server as the first paint: what an associate sees
// for work to pick (scan field, confirm and short-pick buttons), for work another store does next,
// for the queue's tabs, and for the counter before a search. No browser needed.
import { createElement as h } from "react";
import { describe, expect, it, vi } from "vitest";

// The screens only call the server actions on a tap; rendering needs their names, not the database.
vi.mock("@/app/(app)/store/actions", () =>
  Object.fromEntries(
    ["startPicking", "confirmPick", "shortPick", "pack", "ship", "receiveAtStore", "markReady", "markDelivered", "handOver", "expirePickup", "cycleCount"].map((name) => [`${name}Action`, async () => ({ ok: true, data: {} })]),
  ),
);
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {} }), usePathname: () => "/store" }));

import { nextSteps } from "@/lib/fulfillment/client";
import { buildWork as work } from "@/lib/fulfillment/testing/work-fixture";
import { renderHtml as html, renderText as render } from "@/components/testing/render";
import type { StoreQueue } from "@/lib/fulfillment/client";
import { WorkScreen } from "./work/work-screen";
import { StoreQueueLive } from "./store-queue-live";
import { CounterScreen } from "./counter/counter-screen";




describe("work screen", () => {
  it("shows the order, the scan field and the lines by category with confirm and short-pick buttons", () => {
    const text = render(h(WorkScreen, { initialData: work(), nodeId: "node-par" }));
    expect(text).toContain("Order O-1001");
    expect(text).toContain("Léa Martin");
    expect(text).toContain("Scan or type a barcode or SKU");
    expect(text).toContain("Denim");
    expect(text).toContain("Tops");
    expect(text).toContain("Confirm 1");
    expect(text).toContain("Short-pick");
    expect(text).toContain("1 short: Not on the shelf");
    expect(text).toContain("Start picking");
  });

  it("offers pack or ready for a picked same-store pickup, in French too", () => {
    const picked = work({ status: "PICKING", mode: "PICKUP", sameStorePickup: true, pickupStore: { id: "node-par", code: "ST-PAR-01", name: "Paris Rivoli", timeZone: "Europe/Paris" } });
    picked.lines = picked.lines.map((l) => ({ ...l, pickedQty: l.qty }));
    const ready = { ...picked, nextSteps: nextSteps(picked) };
    const text = render(h(WorkScreen, { initialData: ready, nodeId: "node-par" }), "fr");
    expect(text).toContain("Marquer prête au retrait");
    expect(text).toContain("Marquer comme emballée");
    expect(text).not.toContain("Scannez ou saisissez");
  });

  it("shows no step to another store's associate looking at a transfer on its way", () => {
    const transfer = work({ status: "IN_TRANSIT_TO_STORE", mode: "PICKUP", pickupStore: { id: "node-bas", code: "ST-PAR-02", name: "Paris Bastille", timeZone: "Europe/Paris" } });
    const text = render(h(WorkScreen, { initialData: transfer, nodeId: "node-par" }));
    expect(text).toContain("The next step happens at Paris Bastille.");
    expect(text).not.toContain("Receive at the store");
  });
});

describe("queue and counter", () => {
  const queue: StoreQueue = {
    store: { id: "node-par", code: "ST-PAR-01", name: "Paris Rivoli", city: "Paris", timeZone: "Europe/Paris", dailyCapacity: 100 },
    generatedAt: "2026-11-25T09:00:00Z",
    counts: { toPick: 1, picking: 0, toPack: 0, toShip: 0, arriving: 0, readyForPickup: 0, overdue: 2 },
    sections: {
      toPick: [
        { id: "fo-1", number: "FO-1001-1", orderNumber: "O-1001", customerFirstName: "Léa", status: "RELEASED", version: 1, mode: "SHIP", pickupStoreCode: null, pickupExpiresAt: null, promisedDate: null, since: "2026-11-25T08:00:00Z", ageMinutes: 60, uncollected: false, lines: [{ sku: "JEANS-32", name: "Slim jeans 32", qty: 2, pickedQty: 0 }] },
      ],
      picking: [],
      toPack: [],
      toShip: [],
      arriving: [],
      readyForPickup: [],
      overdue: [],
    },
    pickupRules: { reminderAfterDays: 3, windowDays: 7 },
  };

  it("lists the seven stages as tabs with counts, and the open tab's cards as links to their work", () => {
    const markup = html(h(StoreQueueLive, { initialData: queue }));
    expect(markup.match(/role="tab"/g)).toHaveLength(7);
    expect(markup).toContain('href="/store/work/fo-1"');
    expect(render(h(StoreQueueLive, { initialData: queue }))).toContain("Overdue 2");
  });

  it("asks for a code, an order number or a name before searching", () => {
    expect(render(h(CounterScreen, { initialQuery: "", overdueAfterDays: 3 }))).toContain("Type a code, an order number or a name to find a ready pickup.");
  });
});
