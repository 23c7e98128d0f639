// A refused receipt in the associate's words. The returns commands answer with a code and English
// sentences for programs; the screen shows the catalogue's text for the code, and for a field the
// catalogue's text matching the sentence (with its numbers), else what the other store screens say.
import type { Key, Translate } from "@/lib/i18n";
import { errorHeadline, serverFieldMessage, type StoreActionError } from "../action-errors";

const HEADLINES: Record<string, Key> = {
  RETURN_NOT_ALLOWED: "store.returns.errors.RETURN_NOT_ALLOWED",
  RECEIPT_NOT_ALLOWED: "store.returns.errors.RECEIPT_NOT_ALLOWED",
  RETURN_CLOSED: "store.returns.errors.RETURN_CLOSED",
  RETURN_NODE_NOT_ACCEPTED: "store.returns.errors.RETURN_NODE_NOT_ACCEPTED",
  CONFLICT: "store.returns.errors.CONFLICT",
};

/** The commands' field sentences, by pattern, with the numbers they carry. */
const FIELD_MESSAGES: Array<[RegExp, Key, (m: RegExpMatchArray) => Record<string, string>]> = [
  [/return window for .* ended on/, "store.returns.fieldErrors.outsideWindow", () => ({})],
  [/cannot be returned: items of the/, "store.returns.fieldErrors.nonReturnable", () => ({})],
  [/channel cannot be returned/, "store.returns.fieldErrors.channel", () => ({})],
  [/has been shipped or collected yet/, "store.returns.fieldErrors.notShipped", () => ({})],
  [/is already on a return\.$/, "store.returns.fieldErrors.alreadyReturned", () => ({})],
  [/^Only (\d+) units? of .* can be returned/, "store.returns.fieldErrors.onlyReturnable", (m) => ({ max: m[1] })],
  [/^Return .* expects (\d+) more units?/, "store.returns.fieldErrors.rmaExpects", (m) => ({ max: m[1] })],
  [/is not on return/, "store.returns.fieldErrors.notOnRma", () => ({})],
  [/is not on order/, "store.returns.fieldErrors.notOnOrder", () => ({})],
  [/say why you choose otherwise/, "store.returns.validation.overrideReason", () => ({})],
  [/Ask the buyer why|is not a return reason/, "store.returns.validation.chooseReason", () => ({})],
  [/no DC to send the units to/, "store.returns.fieldErrors.noDc", () => ({})],
  [/does not take returns/, "store.returns.errors.RETURN_NODE_NOT_ACCEPTED", () => ({})],
];

export function returnErrorHeadline(t: Translate, error: StoreActionError): string {
  return HEADLINES[error.code] ? t(HEADLINES[error.code]) : errorHeadline(t, error);
}

/** A field's refusal in the associate's words. */
export function returnFieldMessage(t: Translate, code: string, message: string): string {
  for (const [pattern, key, params] of FIELD_MESSAGES) {
    const m = message.match(pattern);
    if (m) return t(key, params(m));
  }
  return serverFieldMessage(t, code, message);
}

/** The form's own checks carry catalogue keys (receive-form-model.ts); server errors are already words. */
export function receiveFieldMessage(t: Translate, error: { type?: string; message?: string } | undefined, params?: Record<string, string | number>): string | undefined {
  if (!error?.message) return undefined;
  if (error.type === "server") return error.message;
  return error.message.startsWith("store.") ? t(error.message as Key, params) : t("store.validation.invalid");
}
