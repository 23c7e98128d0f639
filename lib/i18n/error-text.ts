// Turns an error code and its parameters into a sentence in the reader's language. The server
// sends codes, never sentences, to screens; the API's English `message` is this with locale "en".
// Parameters are formatted by name: `...Minor` is money (in the `currency` parameter, EUR when
// absent), `...Date`/`...At` a date (an ISO day stays that day), `entity` an entity's name,
// `status`/`currentStatus` a status said in words; anything else is shown as it is.
import { en } from "./messages/en";
import { CATALOGUES, interpolate, type Locale } from "./translate";
import { DISPLAY_TIME_ZONE, formatDate, formatDateTime, formatMoney } from "./format";
import type { Params } from "./types";

export type ErrorCode = keyof typeof en.errors;

/** A refusal as it travels: a code and its parameters. */
export interface ErrorIssue {
  code: string;
  params?: Params;
}

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(en.errors, code);
}



function formatParam(name: string, value: string | number, params: Params, locale: Locale, timeZone: string): string | number {
  if (/Minor$/.test(name) && typeof value === "number") return formatMoney(value, String(params.currency ?? "EUR"), locale);
  if (/(Date|At)$/.test(name) && typeof value === "string") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(`${value}T12:00:00Z`, locale, "UTC");
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) return /At$/.test(name) ? formatDateTime(d, locale, timeZone) : formatDate(d, locale, timeZone);
  }
  if (name === "entity" && typeof value === "string") {
    const names = CATALOGUES[locale].errorEntities as Record<string, string>;
    return names[value] ?? value;
  }
  if ((name === "status" || name === "currentStatus") && typeof value === "string") return statusWords(value, locale);
  return value;
}

/** A status as the screens name it (order, line or fulfilment order), in lower case mid-sentence. */
function statusWords(status: string, locale: Locale): string {
  const o = CATALOGUES[locale].orders as unknown as Record<string, Record<string, string>>;
  const words = o.status[status] ?? o.lineStatus[status] ?? o.fulfillmentStatus[status];
  if (!words) return status.replace(/_/g, " ").toLowerCase();
  return words.charAt(0).toLowerCase() + words.slice(1);
}

/** The issue in the reader's language; an unknown code reads as a plain refusal. */
export function errorText(locale: Locale, issue: ErrorIssue, timeZone = DISPLAY_TIME_ZONE): string {
  const messages = CATALOGUES[locale].errors as Record<string, string>;
  // A code may have a text per value of one parameter (`MODIFICATION_NOT_ALLOWED.changeAddress`):
  // a phrase passed as a parameter would stay in one language.
  const cases = Object.values(issue.params ?? {}).map((v) => `${issue.code}.${v}`);
  const pick = (m: Record<string, string>) => cases.map((k) => m[k]).find((t) => t !== undefined) ?? m[issue.code];
  // A general code whose `reason` is itself a code (403 FORBIDDEN for OTHER_STORE) says the reason.
  const reason = issue.params?.reason;
  const own = typeof reason === "string" && isErrorCode(reason) ? reason : null;
  const template = (own && (messages[own] ?? (CATALOGUES.en.errors as Record<string, string>)[own])) ?? pick(messages) ?? pick(CATALOGUES.en.errors as Record<string, string>);
  if (template === undefined) return messages.REFUSED;
  const params = issue.params ?? {};
  const shown: Params = {};
  for (const [k, v] of Object.entries(params)) shown[k] = formatParam(k, v, params, locale, timeZone);
  return interpolate(template, shown);
}

/** The English sentence of an issue: the API's `message`, and the message of a thrown DomainError. */
export function englishMessage(code: string, params?: Params): string {
  return errorText("en", { code, params }, "UTC");
}
