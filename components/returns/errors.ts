// Turns what the server or a schema says about a refused return, refund or goodwill refund into the
// user's language: the catalogue's text for the refusal's code, and for a schema message the
// catalogue's text of that message. An unknown refusal keeps the server's words as its detail.
import type { Key, Translate } from "@/lib/i18n";

export type ReturnActionError = { code: string; message: string; fields?: Record<string, string> };

const CODES = [
  "CONFLICT",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "NOT_FOUND",
  "VALIDATION_FAILED",
  "NETWORK",
  "INTERNAL",
  "OUTSIDE_WINDOW",
  "NON_RETURNABLE",
  "NOT_SHIPPED",
  "ALREADY_RETURNED",
  "CHANNEL_NOT_ACCEPTED",
  "APPEASEMENT_DECIDED",
  "APPEASEMENT_NOT_ALLOWED",
  "EXCHANGE_NOT_PAID",
  "NOTHING_TO_REFUND",
  "RECEIPT_NOT_ALLOWED",
  "REFUND_ABOVE_LIMIT",
  "REFUND_EXCEEDS_CAPTURED",
  "RETURN_ALREADY_REFUNDED",
  "RETURN_CLOSED",
  "RETURN_NODE_NOT_ACCEPTED",
  "RETURN_NOT_ALLOWED",
] as const;

export function isKnownCode(code: string): code is (typeof CODES)[number] {
  return (CODES as readonly string[]).includes(code);
}

export function errorHeadline(t: Translate, error: ReturnActionError): string {
  return t(isKnownCode(error.code) ? `returns.errors.${error.code}` : "returns.errors.refused");
}

const SCHEMA_MESSAGES: Array<[RegExp, Key, (m: RegExpMatchArray) => Record<string, string>]> = [
  [/^Say why/, "returns.validation.sayWhy", () => ({})],
  [/^Choose at least one line/, "returns.validation.chooseLine", () => ({})],
  [/^Receive at least one line/, "returns.validation.receiveLine", () => ({})],
  [/^Give an amount or a percentage/, "returns.validation.amountOrPercent", () => ({})],
  [/^At most ([\d,.]+)\.?$/, "returns.validation.atMost", (m) => ({ max: m[1] })],
  [/^At least 1\.?$/, "returns.validation.atLeastOne", () => ({})],
  [/^Whole units only\.?$/, "returns.validation.wholeUnits", () => ({})],
];

function knownMessage(t: Translate, message: string | undefined): string | null {
  for (const [pattern, key, params] of SCHEMA_MESSAGES) {
    const m = message?.match(pattern);
    if (m) return t(key, params(m));
  }
  return null;
}

/** A client-side schema or form error as text; `fallback` says what the field wants when zod's own message is all there is. */
export function formFieldMessage(t: Translate, error: { type?: string; message?: string } | undefined, fallback: Key = "returns.validation.invalid"): string | undefined {
  if (!error) return undefined;
  if (error.type === "server" || error.type === "local") return error.message;
  return knownMessage(t, error.message) ?? t(fallback);
}

/** A field error from the server: a known schema message, else the catalogue's words for the refusal's code. */
export function serverFieldMessage(t: Translate, code: string, message: string): string {
  return knownMessage(t, message) ?? (isKnownCode(code) && code !== "VALIDATION_FAILED" ? t(`returns.errors.${code}`) : t("returns.validation.invalid"));
}
