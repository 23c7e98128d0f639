// Holidays in promised dates: a node closed on a holiday neither ships nor prepares that day, and a
// holiday's special hours move the day's cut-off and pickup readiness with them.
import { describe, expect, it } from "vitest";
import { dispatchAt, promisedDate, type PromiseNode } from "./promise";

const weekdays = { mon: [["09:00", "19:00"]], tue: [["09:00", "19:00"]], wed: [["09:00", "19:00"]], thu: [["09:00", "19:00"]], fri: [["09:00", "19:00"]], sat: [["10:00", "18:00"]], sun: [] } as PromiseNode["openingHours"];
const store: PromiseNode = { type: "STORE", timeZone: "Europe/Paris", openingHours: weekdays };
const dc: PromiseNode = { type: "DC", timeZone: "Europe/Paris", openingHours: { ...weekdays, sat: [], sun: [] } };

// 2026-11-25 is a Wednesday; Paris is UTC+1 in November. Wednesday 10:00 local.
const wed10 = new Date("2026-11-25T09:00:00Z");
const closed = (date: string) => ({ date, hours: [] as Array<[string, string]> });

describe("promised dates with holidays", () => {
  it("moves a DC's dispatch, and so the delivery, by a day when it is closed on the holiday", () => {
    const withHoliday: PromiseNode = { ...dc, holidays: [closed("2026-11-25")] };
    expect(dispatchAt(dc, wed10).toISOString()).toBe("2026-11-25T10:00:00.000Z");
    expect(dispatchAt(withHoliday, wed10).toISOString()).toBe("2026-11-26T09:00:00.000Z");
    expect(promisedDate({ source: dc, kind: "SHIP_TO_CUSTOMER", km: 100, availableFrom: wed10 }).toISOString()).toBe("2026-11-26T17:00:00.000Z");
    expect(promisedDate({ source: withHoliday, kind: "SHIP_TO_CUSTOMER", km: 100, availableFrom: wed10 }).toISOString()).toBe("2026-11-27T17:00:00.000Z");
  });

  it("skips a holiday that falls on the next working day", () => {
    // Wednesday 18:30 local is past the cut-off: Thursday, unless Thursday is a holiday -> Friday 10:00 local.
    const late = new Date("2026-11-25T17:30:00Z");
    expect(dispatchAt({ ...dc, holidays: [closed("2026-11-26")] }, late).toISOString()).toBe("2026-11-27T09:00:00.000Z");
  });

  it("prepares a pickup on the day after a store's holiday", () => {
    const withHoliday: PromiseNode = { ...store, holidays: [closed("2026-11-25")] };
    expect(promisedDate({ source: withHoliday, kind: "PICKUP_IN_STORE", km: 0, availableFrom: wed10 }).toISOString()).toBe("2026-11-26T10:00:00.000Z");
  });

  it("shifts the cut-off with a holiday's special hours", () => {
    const shortDay: PromiseNode = { ...dc, holidays: [{ date: "2026-11-25", hours: [["08:00", "12:00"]] }] };
    // 10:00 local: done by 11:00, before the early close.
    expect(dispatchAt(shortDay, wed10).toISOString()).toBe("2026-11-25T10:00:00.000Z");
    // 11:30 local: an ordinary Wednesday ships at 12:30; closing at 12:00 leaves no hour -> Thursday.
    const at1130 = new Date("2026-11-25T10:30:00Z");
    expect(dispatchAt(dc, at1130).toISOString()).toBe("2026-11-25T11:30:00.000Z");
    expect(dispatchAt(shortDay, at1130).toISOString()).toBe("2026-11-26T09:00:00.000Z");
  });

  it("opens a node on a holiday with special hours on a day it is usually closed", () => {
    // Sunday 2026-11-29: the store is closed on Sundays, but opens 10:00-16:00 that day.
    const sundayOpening: PromiseNode = { ...store, holidays: [{ date: "2026-11-29", hours: [["10:00", "16:00"]] }] };
    const sat17 = new Date("2026-11-28T16:30:00Z");
    expect(promisedDate({ source: store, kind: "PICKUP_IN_STORE", km: 0, availableFrom: sat17 }).toISOString()).toBe("2026-11-30T10:00:00.000Z");
    expect(promisedDate({ source: sundayOpening, kind: "PICKUP_IN_STORE", km: 0, availableFrom: sat17 }).toISOString()).toBe("2026-11-29T11:00:00.000Z");
  });

  it("shelves a transfer at the pickup store after the store's holiday", () => {
    // Dispatched Wednesday, 2 days -> Friday; the pickup store is closed on Friday -> Saturday 11:00 local.
    const ready = promisedDate({ source: dc, kind: "TRANSFER_TO_PICKUP_STORE", km: 450, pickupStore: { ...store, holidays: [closed("2026-11-27")] }, availableFrom: wed10 });
    expect(ready.toISOString()).toBe("2026-11-28T10:00:00.000Z");
  });

  it("ignores holidays stored in a shape it cannot read", () => {
    expect(dispatchAt({ ...dc, holidays: "not a list" as never }, wed10).toISOString()).toBe("2026-11-25T10:00:00.000Z");
  });
});
