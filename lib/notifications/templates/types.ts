// The shape every language's customer-message templates must have: the typed record of topics makes
// a language that forgets a topic a compile error.
import type { ChangeKind, CustomerTopic } from "../topics";

/** One order line as a message shows it (already formatted for the customer's language). */
export interface MessageLine {
  name: string;
  sku: string;
  qty: number;
  mode: "SHIP" | "PICKUP";
  /** Formatted date, or null when none is promised yet. */
  promisedDate: string | null;
  /** Pickup store name for PICKUP lines. */
  store: string | null;
}

/** Everything a template may print; amounts and dates are formatted before they get here. */
export interface TemplateData {
  orderNumber: string;
  firstName: string;
  lines: MessageLine[];
  promisedDate: string | null;
  total: string;
  trackingUrl: string;
  pickup?: { code: string; store: string; address: string | null };
  shipment?: { carrier: string | null; trackingNumber: string | null };
  /** No free-text reason: agents write those for colleagues, not for customers. */
  cancellation?: { whole: boolean };
  refund?: { amount: string };
  /** A return: its RMA number, how the units come back, and (once received) the refund to expect. */
  returnInfo?: { number: string; method: "MAIL" | "STORE"; expectedRefund: string | null; exchangeOrderNumber: string | null };
  changes?: ChangeKind[];
  /** A pay-by-link order: the buyer's payment page, the amount and until when it works. */
  paymentLink?: { url: string; amount: string; expires: string };
  /** Signed, formatted; null when the change did not move the price. */
  priceDifference?: { amount: string; direction: "charge" | "refund" } | null;
}

export interface TopicTemplate {
  subject(d: TemplateData): string;
  /** The message's own paragraphs, between the greeting and the lines summary. */
  body(d: TemplateData): string[];
}

export interface LocaleTemplates {
  greeting(firstName: string): string;
  linesHeading(topic: CustomerTopic): string;
  line(l: MessageLine): string;
  promised(date: string): string;
  total(amount: string): string;
  trackIntro: string;
  trackLinkLabel: string;
  signOff: string;
  footer: string;
  topics: Record<CustomerTopic, TopicTemplate>;
}
