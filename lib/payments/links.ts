// Payment links: a phone order the buyer pays later on a public page (/pay/<token>). The order is
// captured with a PAYMENT hold and its stock reserved; paying authorises the amount and releases
// the hold, so the order proceeds to its nodes. A link works for 48 hours and once.
import { randomBytes } from "node:crypto";

export const PAYMENT_LINK_TTL_MS = 48 * 60 * 60 * 1000;

/** A token nobody can guess: 24 random bytes, URL-safe. */
export function newPaymentLinkToken(): string {
  return randomBytes(24).toString("base64url");
}

/** The buyer's payment page for this link. */
export function paymentLinkUrl(token: string, baseUrl: string | undefined = process.env.APP_URL): string {
  const base = (baseUrl || "http://localhost:3000").replace(/\/+$/, "");
  return `${base}/pay/${encodeURIComponent(token)}`;
}
