// Error codes of lib/orders and of the contexts around an order (customers, catalogue, geo,
// notifications): see ./common.ts for how codes and parameters work. A `CODE.case` key is the
// code's text for one value of a parameter (lib/i18n/error-text.ts), used where the wording
// depends on it: MODIFICATION_NOT_ALLOWED says which change in each language.
export const orders = {
  // Placing an order (capture) and adding a line: the fields that name catalogue rows
  SKU_UNKNOWN: "Unknown SKU {sku}.",
  SKU_NOT_SOLD: "SKU {sku} is no longer sold.",
  SKU_CURRENCY_MISMATCH: "SKU {sku} is priced in {skuCurrency}, the order in {orderCurrency}.",
  CURRENCY_MIXED: "All lines must be in one currency.",
  PICKUP_STORE_UNKNOWN: "Unknown store {store}.",
  PICKUP_NOT_OFFERED: "{store} does not offer pickup.",
  CUSTOMER_UNKNOWN: "This customer does not exist.",
  PROMO_UNKNOWN: "This promo code does not exist.",
  PROMO_INACTIVE: "This promo code is no longer active.",
  PROMO_NOT_YET_VALID: "This promo code is not valid yet.",
  PROMO_EXPIRED: "This promo code has expired.",
  PROMO_MINIMUM_NOT_REACHED: "The order does not reach this promo code's minimum amount.",
  ADDRESS_NOT_SERVED: "We do not deliver to country {country}.",
  COUNTRY_NOT_SERVED: "Not a country we deliver to.",
  PRICE_CHANGED: "Prices changed while the order was being placed; nothing was charged. Try again.",

  // Changing an order
  MODIFICATION_NOT_ALLOWED: "The rules do not allow agents to make this change to an order that is {status}.",
  "MODIFICATION_NOT_ALLOWED.changeAddress": "The rules do not allow agents to change the shipping address of an order that is {status}.",
  "MODIFICATION_NOT_ALLOWED.changeDeliveryMethod": "The rules do not allow agents to change the delivery method of an order that is {status}.",
  "MODIFICATION_NOT_ALLOWED.changeQuantity": "The rules do not allow agents to change a quantity of an order that is {status}.",
  "MODIFICATION_NOT_ALLOWED.addLine": "The rules do not allow agents to add a line to an order that is {status}.",
  "MODIFICATION_NOT_ALLOWED.removeLine": "The rules do not allow agents to remove a line of an order that is {status}.",
  "MODIFICATION_NOT_ALLOWED.cancelLine": "The rules do not allow agents to cancel a line of an order that is {status}.",
  "MODIFICATION_NOT_ALLOWED.cancelOrder": "The rules do not allow agents to cancel an order that is {status}.",
  ADDRESS_REQUIRED: "This order has no shipping address yet; add one before a line can ship to it.",
  ADDRESS_FIRST: "Add a shipping address first.",
  NOTHING_SHIPS: "Nothing in this order ships to an address.",
  NO_LINE_SHIPS: "No line ships to the customer.",
  ALREADY_SHIPPED: "Everything to ship has already left; the address can no longer change.",
  LINE_CLOSED: "Line {lineNo} is closed (cancelled or shipped) and can no longer change.",
  LINE_IS_CLOSED: "This line is closed.",
  NO_CHANGE: "Nothing to change: the line is already like this.",
  SAME_AS_NOW: "Same as now.",
  LINE_ALREADY_SHIPPED: "Line {lineNo} has already left the node; start a return instead.",
  LINE_ALREADY_CANCELLED: "Line {lineNo} is already cancelled.",
  ALREADY_LEFT: "Already shipped.",
  ALREADY_CANCELLED: "Already cancelled.",
  WORK_IN_PROGRESS: "Line(s) {lines} are already being picked or have shipped; only units no node has started on can change.",
  WORK_STARTED: "Work in progress.",
  HOLD_ALREADY_RELEASED: "This hold was already released.",
  // PAYMENT_HOLD's own text is the nodes' (errors/fulfillment.ts); an agent releasing the hold reads this one.
  "PAYMENT_HOLD.releaseHold": "This order waits for the buyer's payment: it is released when they pay by the link. Send the link again, or cancel the order.",
  ORDER_CANCELLED: "The order is cancelled.",

  // Paying by link
  PAYMENT_LINK_USED: "This payment link has already been paid.",
  PAYMENT_LINK_EXPIRED: "This payment link has expired.",
  PAYMENT_LINK_CANCELLED: "The order of this payment link was cancelled.",

  // Catalogue, notifications
  CURSOR_INVALID: "Not a cursor from this API.",
  OUTBOX_NOT_FAILED: "Only a message that failed can be retried.",
  SEARCH_TEXT_REQUIRED: "Type part of a SKU code or a product name.",
  DATE_RANGE_REVERSED: "The end date is before the start date.",

  // The order dialogs' schemas (lib/orders/schemas.ts, from cancel-line on); PICKUP_STORE_REQUIRED
  // and DELIVERY_OPTION_REQUIRED say the same for a new order's lines.
  CANCEL_LINE_REASON_REQUIRED: "Say why the line is cancelled.",
  CANCEL_ORDER_REASON_REQUIRED: "Say why the order is cancelled.",
  QTY_ZERO_CANCEL_INSTEAD: "At least 1 unit; cancel the line to remove it.",
  PICKUP_STORE_REQUIRED: "Choose the store where the customer collects.",
  DELIVERY_OPTION_REQUIRED: "Choose how this item reaches the customer.",
  HOLD_CHECK_REQUIRED: "Say what you checked.",
  NOTE_REQUIRED: "Write the note first.",
  // A new order's own fields (lib/orders/schemas.ts, capture-order)
  POSTCODE_FORMAT: "Enter a postcode (letters, digits, spaces, dashes).",
  COUNTRY_CODE_FORMAT: "Use the two-letter country code, e.g. FR.",
  PHONE_FORMAT: "Enter a phone number of 6 to 20 digits.",
  LINES_REQUIRED: "An order needs at least one line.",
  PICKUP_STORE_SHIP_LINE: "Only pickup lines have a pickup store.",
  SHIPPING_ADDRESS_REQUIRED: "A shipping address is required to ship to the customer.",
  PAYMENT_METHOD_REQUIRED: "Choose how the customer pays.",
} as const;
