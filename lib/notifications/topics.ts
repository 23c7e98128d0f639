// The customer messages the OMS sends, and the kinds of order change a "changed" message can name.

export const CUSTOMER_TOPICS = ["ORDER_CONFIRMED", "ORDER_CHANGED", "ORDER_SHIPPED", "READY_FOR_PICKUP", "ORDER_CANCELLED", "PICKUP_EXPIRED", "REFUNDED", "RETURN_AUTHORISED", "RETURN_RECEIVED"] as const;
export type CustomerTopic = (typeof CUSTOMER_TOPICS)[number];

export function isCustomerTopic(value: unknown): value is CustomerTopic {
  return typeof value === "string" && (CUSTOMER_TOPICS as readonly string[]).includes(value);
}

/** What an ORDER_CHANGED message tells the customer changed (lib/orders passes these, never free text). */
export const CHANGE_KINDS = ["ADDRESS", "DELIVERY_METHOD", "PICKUP_STORE", "QUANTITY", "LINES_ADDED", "LINES_REMOVED", "PROMISED_DATE"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const MESSAGE_LOCALES = ["en", "fr"] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];
