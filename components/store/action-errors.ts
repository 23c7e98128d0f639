// Turns what the server or a schema says about a refused step into the associate's language. The
// fulfilment schemas (lib/fulfillment/schemas.ts) carry English messages and the commands English
// sentences with a code: the UI never shows those sentences, it shows the catalogue text for the
// code, and for a schema message the catalogue text of that message (patterns below).
import type { Key, Translate } from "@/lib/i18n/client";

export type StoreActionError = { code: string; message: string; fields?: Record<string, string> };

/** A conflict: the tablet's view is stale; the screen refreshes to the current state. */
export const STALE_CODES: readonly string[] = ["CONFLICT", "INVALID_TRANSITION"];

const HEADLINES: Record<string, Key> = {
  CONFLICT: "store.errors.conflict",
  INVALID_TRANSITION: "store.errors.invalidTransition",
  FORBIDDEN: "store.errors.forbidden",
  UNAUTHENTICATED: "store.errors.unauthenticated",
  NOT_FOUND: "store.errors.notFound",
  VALIDATION_FAILED: "store.errors.validation",
  NETWORK: "store.errors.network",
  INTERNAL: "store.errors.internal",
  WRONG_ITEM: "store.errors.wrongItem",
  ALREADY_PICKED: "store.errors.alreadyPicked",
  PICK_EXCEEDS_LINE: "store.errors.tooMany",
  SHORT_EXCEEDS_LINE: "store.errors.tooMany",
  NOT_FULLY_PICKED: "store.errors.notFullyPicked",
  WRONG_PICKUP_CODE: "store.errors.wrongPickupCode",
  NAME_MISMATCH: "store.errors.nameMismatch",
  HANDOVER_EXCEEDS_PICKUP: "store.errors.handoverExceeds",
  UNKNOWN_SKU: "store.errors.unknownSku",
  COUNT_BELOW_PICKED: "store.errors.countBelowPicked",
};

export function errorHeadline(t: Translate, error: StoreActionError): string {
  return t(HEADLINES[error.code] ?? "store.errors.refused");
}

/** The fulfilment schemas' messages, by pattern, with the numbers they carry. */
const SCHEMA_MESSAGES: Array<[RegExp, Key, (m: RegExpMatchArray) => Record<string, string>]> = [
  [/^Required\.$/, "store.validation.required", () => ({})],
  [/^Whole units only\.$/, "store.validation.wholeUnits", () => ({})],
  [/^At least 1\.$/, "store.validation.atLeastOne", () => ({})],
  [/^At most ([\d,]+)\.$/, "store.validation.atMost", (m) => ({ max: m[1] })],
  [/^At most (\d+) characters\.$/, "store.validation.tooLong", (m) => ({ max: m[1] })],
  [/^At least (\d+) characters\.$/, "store.validation.tooShort", (m) => ({ min: m[1] })],
  [/^At least (\d+): units already picked/, "store.validation.countBelowPicked", (m) => ({ min: m[1] })],
  [/^Type at least 2 characters\.$/, "store.counter.search.tooShort", () => ({})],
  [/^Cannot be negative\.$/, "store.validation.notNegative", () => ({})],
  [/^Scan or type the item's barcode or SKU\.$/, "store.validation.scanRequired", () => ({})],
  [/^Scan or type the SKU\.$/, "store.validation.skuRequired", () => ({})],
  [/^Choose why the units are missing\.$/, "store.validation.chooseReason", () => ({})],
  [/^At most 70 kg a parcel\.$/, "store.validation.parcelTooHeavy", () => ({})],
  [/^At least one parcel\.$/, "store.validation.atLeastOneParcel", () => ({})],
  [/^At most 20 parcels\.$/, "store.validation.atMostParcels", () => ({})],
  [/^Choose the carrier\.$/, "store.validation.chooseCarrier", () => ({})],
  [/^Letters, digits and dashes only\.$/, "store.validation.trackingChars", () => ({})],
  [/^Enter the 6-digit pickup code\.$/, "store.validation.pickupCode", () => ({})],
  [/^Enter the name shown on the ID\.$/, "store.validation.buyerName", () => ({})],
  [/^Choose the ID shown\.$/, "store.validation.chooseId", () => ({})],
  [/^Say why \(at least 3 characters\)\.$/, "store.validation.sayWhy", () => ({})],
];

/** zod's own issue codes, for checks the schemas leave to zod's default message. */
const BY_ISSUE: Record<string, Key> = {
  invalid_type: "store.validation.number",
  too_small: "store.validation.invalid",
  too_big: "store.validation.invalid",
  invalid_value: "store.validation.invalid",
};

function knownMessage(t: Translate, message: string | undefined): string | null {
  for (const [pattern, key, params] of SCHEMA_MESSAGES) {
    const m = message?.match(pattern);
    if (m) return t(key, params(m));
  }
  return null;
}

/** A schema message (client or server side) in the user's language; `fallback` says what the field wants when zod's own message is all there is. */
export function schemaMessage(t: Translate, message: string | undefined, issue?: string, fallback?: Key): string {
  return knownMessage(t, message) ?? t(fallback ?? ((issue && BY_ISSUE[issue]) || "store.validation.invalid"));
}

/**
 * A field error from the server: a known message with its numbers ("At most 2."), else the
 * catalogue's words for the refusal's code.
 */
export function serverFieldMessage(t: Translate, code: string, message: string): string {
  return knownMessage(t, message) ?? t(HEADLINES[code] && code !== "VALIDATION_FAILED" ? HEADLINES[code] : "store.validation.invalid");
}

/** A react-hook-form field error as text: server errors are already translated. */
export function formFieldMessage(t: Translate, error: { type?: string; message?: string } | undefined, fallback?: Key): string | undefined {
  if (!error) return undefined;
  if (error.type === "server") return error.message;
  return schemaMessage(t, error.message, error.type, fallback);
}
