// Reading an uploaded feed file's rows: the header is found whatever its case or separators, the
// required columns are named when missing, and cells become what the feed rule checks (numbers
// as numbers, words left as words so the rule refuses them by name).
import { describe, expect, it } from "vitest";
import { feedHeader, feedItemFromRecord } from "./feed-upload";
import { parseFeedItem } from "./schemas";

describe("feed file rows", () => {
  it("finds the columns whatever their case or separators, and names the missing ones", () => {
    expect(feedHeader("FULL", ["SKU", "on_hand"])).toEqual({ ok: true, index: { sku: 0, onHand: 1 } });
    expect(feedHeader("DELTA", ["reason", "Delta", "sku"])).toEqual({ ok: true, index: { sku: 2, delta: 1, reason: 0 } });
    expect(feedHeader("DELTA", ["sku", "onHand"])).toEqual({ ok: false, missing: ["delta"] });
  });

  it("turns cells into an item the feed rule checks", () => {
    const index = { sku: 0, delta: 1, reason: 2 };
    expect(feedItemFromRecord(index, [" MUG ", "-3", "Broken"])).toEqual({ sku: "MUG", delta: -3, reason: "Broken" });
    expect(feedItemFromRecord(index, ["MUG", "1 200", ""])).toEqual({ sku: "MUG", delta: 1200 });
    expect(parseFeedItem("DELTA", feedItemFromRecord(index, ["MUG", "1.5", ""]))).toMatchObject({ ok: false, error: { field: "delta" } });
    expect(parseFeedItem("DELTA", feedItemFromRecord(index, ["MUG", "lots", ""]))).toMatchObject({ ok: false, error: { field: "delta" } });
    expect(parseFeedItem("FULL", feedItemFromRecord({ sku: 0, onHand: 1 }, ["MUG", "-2"]))).toMatchObject({ ok: false });
    expect(parseFeedItem("FULL", feedItemFromRecord({ sku: 0, onHand: 1 }, ["MUG", "12"]))).toEqual({ ok: true, item: { sku: "MUG", qty: 12 } });
  });
});
