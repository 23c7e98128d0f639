// The hand-over form: what it sends (only the check that was chosen; lines only for a partial
// collection, without the lines left for later) and where the schema's refusals are shown.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/app/(app)/store/actions", () => ({ handOverAction: async () => ({ ok: true, data: {} }), expirePickupAction: async () => ({ ok: true, data: {} }) }));

import { handOverResolver, toInput, type HandOverForm } from "./pickup-dialogs";

const form = (over: Partial<HandOverForm> = {}): HandOverForm => ({
  fulfillmentOrderId: "fo-1",
  expectedVersion: 4,
  check: "PICKUP_CODE",
  pickupCode: "482913",
  buyerName: "Léa Martin",
  idDocument: "PASSPORT",
  partial: false,
  collect: { a: 2, b: 1 },
  ...over,
});
const resolve = (values: HandOverForm, locale: "en" | "fr" = "en") => handOverResolver(locale)(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe("hand-over form", () => {
  it("sends the code alone when the customer has it, and every remaining unit", () => {
    expect(toInput(form())).toEqual({ fulfillmentOrderId: "fo-1", expectedVersion: 4, check: "PICKUP_CODE", pickupCode: "482913", buyerName: undefined, idDocument: undefined, lines: undefined });
  });

  it("sends the name and the ID for an ID check, and only the units taken now", () => {
    const input = toInput(form({ check: "ID_CHECK", partial: true, collect: { a: 1, b: 0 } }));
    expect(input).toMatchObject({ check: "ID_CHECK", pickupCode: undefined, buyerName: "Léa Martin", idDocument: "PASSPORT", lines: [{ lineId: "a", qty: 1 }] });
  });

  it("puts a bad code on the code field and a bad quantity on its line", async () => {
    expect((await resolve(form({ pickupCode: "12" }))).errors).toMatchObject({ pickupCode: { message: "Enter the 6-digit pickup code." } });
    expect((await resolve(form({ pickupCode: "12" }), "fr")).errors).toMatchObject({ pickupCode: { message: "Saisissez le code de retrait à 6 chiffres." } });
    expect((await resolve(form({ partial: true, collect: { a: 0, b: Number.NaN } }))).errors).toMatchObject({ collect: { b: { type: "invalid_type" } } });
  });

  it("asks for at least one unit when a partial collection takes none", async () => {
    expect((await resolve(form({ partial: true, collect: { a: 0, b: 0 } }))).errors).toMatchObject({ partial: { message: "Choose at least one unit to hand over." } });
    expect((await resolve(form({ partial: false, collect: { a: 0, b: 0 } }))).errors).toEqual({});
  });
});
