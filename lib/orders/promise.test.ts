import { describe, expect, it } from "vitest";
import { dispatchAt, promisedDate, transitDays, type PromiseNode } from "./promise";

const weekdays = { mon: [["09:00", "19:00"]], tue: [["09:00", "19:00"]], wed: [["09:00", "19:00"]], thu: [["09:00", "19:00"]], fri: [["09:00", "19:00"]], sat: [["10:00", "18:00"]], sun: [] } as PromiseNode["openingHours"];
const store: PromiseNode = { type: "STORE", timeZone: "Europe/Paris", openingHours: weekdays };
const dc: PromiseNode = { type: "DC", timeZone: "Europe/Paris", openingHours: { ...weekdays, sat: [], sun: [] } };

// 2026-11-25 is a Wednesday; Paris is UTC+1 in November.
const wed10 = new Date("2026-11-25T09:00:00Z");
const wed18 = new Date("2026-11-25T17:30:00Z");
const sat17 = new Date("2026-11-28T16:30:00Z");

describe("promised dates", () => {
  it("has an in-store pickup ready two hours later while the store is open", () => {
    expect(promisedDate({ source: store, kind: "PICKUP_IN_STORE", km: 0, availableFrom: wed10 }).toISOString()).toBe("2026-11-25T11:00:00.000Z");
  });

  it("moves a late-evening pickup to the next opening", () => {
    // 18:30 local: not two hours before 19:00 closing -> Thursday 09:00 + 2h = 11:00 local = 10:00Z.
    expect(promisedDate({ source: store, kind: "PICKUP_IN_STORE", km: 0, availableFrom: wed18 }).toISOString()).toBe("2026-11-26T10:00:00.000Z");
  });

  it("skips the closed Sunday", () => {
    // Saturday 17:30 local, store closes 18:00 -> Monday 11:00 local.
    expect(promisedDate({ source: store, kind: "PICKUP_IN_STORE", km: 0, availableFrom: sat17 }).toISOString()).toBe("2026-11-30T10:00:00.000Z");
  });

  it("ships from a DC the same day before the cut-off and the next working day after it", () => {
    expect(dispatchAt(dc, wed10).toISOString()).toBe("2026-11-25T10:00:00.000Z");
    expect(dispatchAt(dc, wed18).toISOString()).toBe("2026-11-26T09:00:00.000Z");
    // Friday evening: the DC is closed at the weekend -> Monday.
    expect(dispatchAt(dc, new Date("2026-11-27T17:00:00Z")).toISOString()).toBe("2026-11-30T09:00:00.000Z");
  });

  it("adds carrier transit by distance, never delivering on Sunday", () => {
    expect(transitDays(30)).toBe(1);
    expect(transitDays(600)).toBe(2);
    expect(transitDays(1200)).toBe(3);
    // Dispatched Wednesday, 1 day -> Thursday 18:00 local.
    expect(promisedDate({ source: dc, kind: "SHIP_TO_CUSTOMER", km: 100, availableFrom: wed10 }).toISOString()).toBe("2026-11-26T17:00:00.000Z");
    // Dispatched Saturday? The DC is closed; a store ships Saturday, 1 day -> Monday (no Sunday delivery).
    expect(promisedDate({ source: store, kind: "SHIP_TO_CUSTOMER", km: 100, availableFrom: new Date("2026-11-28T09:30:00Z") }).toISOString()).toBe("2026-11-30T17:00:00.000Z");
  });

  it("puts a transfer on the pickup store's shelf after it arrives", () => {
    const ready = promisedDate({ source: dc, kind: "TRANSFER_TO_PICKUP_STORE", km: 450, pickupStore: store, availableFrom: wed10 });
    // Dispatched Wednesday, 2 days -> Friday; shelved Friday 10:00 local.
    expect(ready.toISOString()).toBe("2026-11-27T09:00:00.000Z");
  });

  it("starts from the supply's arrival for backordered units", () => {
    const eta = new Date("2026-12-02T08:00:00Z");
    expect(promisedDate({ source: dc, kind: "SHIP_TO_CUSTOMER", km: 100, availableFrom: eta }).getTime()).toBeGreaterThan(eta.getTime());
  });
});
