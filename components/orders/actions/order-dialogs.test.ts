// The order dialogs validate with their commands' schemas: each field's problem shows on the
// first submit, in the agent's language, and the buttons say what they do.
import { describe, expect, it } from "vitest";
import { localisedZodResolver } from "@/components/forms/use-zod-form";
import { createTranslator } from "@/lib/i18n/client";
import { addLineSchema, addNoteSchema, cancelLineSchema, cancelOrderSchema, changeDeliveryMethodSchema, changeQuantitySchema, releaseHoldSchema } from "@/lib/orders/client";
import { cancelUnitsLabel } from "./dialog-labels";

const ids = { orderId: "o-1", lineId: "l-1", expectedVersion: 3 };
const options = { fields: {}, shouldUseNativeValidation: false } as const;

async function errorsOf(schema: Parameters<typeof localisedZodResolver>[0], values: Record<string, unknown>, locale: "en" | "fr" = "fr") {
  const { errors } = await localisedZodResolver(schema, locale)(values, undefined, options);
  const flat: Record<string, string> = {};
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== "object") return;
    const e = node as { message?: unknown };
    if (typeof e.message === "string") flat[path.join(".")] = e.message;
    for (const [k, v] of Object.entries(node)) if (k !== "ref" && k !== "message" && k !== "type") walk(v, [...path, k]);
  };
  walk(errors, []);
  return flat;
}

describe("order dialogs' validation", () => {
  it("says why a line cancel is refused, in French, on the first submit", async () => {
    expect(await errorsOf(cancelLineSchema, { ...ids, qty: Number.NaN, reason: "  " })).toEqual({
      qty: "Saisissez un nombre entier.",
      reason: "Indiquez pourquoi la ligne est annulée.",
    });
  });

  it("sends the agent to the cancel dialog for a quantity of zero", async () => {
    expect(await errorsOf(changeQuantitySchema, { ...ids, qty: 0 }, "en")).toEqual({ qty: "At least 1 unit; cancel the line to remove it." });
    expect(await errorsOf(changeQuantitySchema, { ...ids, qty: 1000 }, "fr")).toEqual({ qty: expect.stringContaining("999") });
  });

  it("asks for the delivery option, then for the store of a pickup", async () => {
    expect(await errorsOf(changeDeliveryMethodSchema, { ...ids, reason: "" })).toEqual({ mode: "Choisissez comment cet article parvient au client." });
    expect(await errorsOf(changeDeliveryMethodSchema, { ...ids, mode: "PICKUP", reason: "" })).toEqual({ pickupStore: "Choisissez le magasin où le client retire sa commande." });
  });

  it("asks for the reason, the check and the note in the agent's language", async () => {
    expect(await errorsOf(cancelOrderSchema, { orderId: "o-1", expectedVersion: 3, reason: "" }, "en")).toEqual({ reason: "Say why the order is cancelled." });
    expect(await errorsOf(releaseHoldSchema, { orderId: "o-1", holdId: "h-1", expectedVersion: 3, note: "" })).toEqual({ note: "Indiquez ce que vous avez vérifié." });
    expect(await errorsOf(addNoteSchema, { orderId: "o-1", body: "" })).toEqual({ body: "Rédigez d’abord la note." });
  });

  it("puts a new line's problems on the line's fields", async () => {
    const errors = await errorsOf(addLineSchema, { orderId: "o-1", expectedVersion: 3, line: { sku: "", qty: 1 } });
    expect(Object.keys(errors).sort()).toEqual(["line.mode", "line.sku"]);
    expect(Object.values(errors).every((m) => !/^[A-Z_]+$/.test(m))).toBe(true);
  });
});

describe("the line-cancel dialog's confirm button", () => {
  it("names the units it cancels, in each language", () => {
    const en = createTranslator("en");
    const fr = createTranslator("fr");
    expect(cancelUnitsLabel(en, 1)).toBe("Cancel 1 unit");
    expect(cancelUnitsLabel(en, 3)).toBe("Cancel 3 units");
    expect(cancelUnitsLabel(fr, 3)).toBe("Annuler 3 unités");
    expect(cancelUnitsLabel(en, Number.NaN)).toBe("Cancel units");
    expect(en("orders.actions.cancelLine.keep")).not.toBe(cancelUnitsLabel(en, 1));
  });
});
