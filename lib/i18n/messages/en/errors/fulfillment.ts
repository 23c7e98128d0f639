// Error codes of lib/fulfillment (see ./common.ts for how codes and parameters work).
export const fulfillment = {
  // Whose work it is
  OTHER_STORE: "This belongs to another store.",
  NOT_YOUR_NODE: "This node is not yours.",
  NO_STORE_LINKED: "Your account is not linked to a store.",
  // Picking
  WRONG_ITEM: "{scan} is not {sku} ({name}); nothing was picked.",
  SCAN_NOT_LINE_ITEM: "This is not {sku}. Scan the item of this line.",
  ALREADY_PICKED: "Every unit of {sku} is already picked.",
  LINE_PICKED_IN_FULL: "Already picked in full.",
  PICK_EXCEEDS_LINE: "Only {left} unit(s) of {sku} are left to pick.",
  SHORT_EXCEEDS_LINE: "Only {unpicked} unit(s) of {sku} are still to pick; picked units cannot be short.",
  SCAN_REQUIRED: "Scan or type the item's barcode or SKU.",
  SHORT_REASON_REQUIRED: "Choose why the units are missing.",
  // Packing and shipping
  NOT_FULLY_PICKED: "{left} unit(s) of {number} are not picked yet: confirm or short-pick them first.",
  PICK_EVERY_UNIT_FIRST: "Pick every unit first.",
  PARCEL_TOO_HEAVY: "At most 70 kg (70000 g) a parcel.",
  CARRIER_REQUIRED: "Choose the carrier.",
  TRACKING_NUMBER_FORMAT: "Letters, digits and dashes only.",
  PAYMENT_HOLD: "Order {orderNumber} waits for the buyer's payment: keep the parcel until the order is released (the agent asks the buyer to pay again).",
  // The counter
  WRONG_PICKUP_CODE: "That pickup code does not match order {orderNumber}; nothing was handed over.",
  PICKUP_CODE_WRONG: "Wrong code. Ask the customer for the code in their message, or check their ID instead.",
  NAME_MISMATCH: "The name on the ID does not match the customer of order {orderNumber}; nothing was handed over.",
  BUYER_NAME_MISMATCH: "Does not match the order's customer. Only the customer can collect without the code.",
  HANDOVER_EXCEEDS_PICKUP: "Some quantities are not waiting for this customer; nothing was handed over.",
  NOT_A_PICKUP_LINE: "Not a line of this pickup.",
  LINE_LISTED_TWICE: "Listed twice.",
  NO_UNITS_CHOSEN: "Choose at least one unit to hand over.",
  PICKUP_CODE_FORMAT: "Enter the 6-digit pickup code.",
  BUYER_NAME_REQUIRED: "Enter the name shown on the ID.",
  ID_DOCUMENT_REQUIRED: "Choose the ID shown.",
  // Stock counts
  UNKNOWN_SKU: "No SKU or barcode {code}.",
  NO_SUCH_SKU: "No item has this SKU code or barcode.",
  SKU_REQUIRED: "Scan or type the SKU.",
  COUNT_BELOW_PICKED: "{held} unit(s) of {sku} are already picked, packed or waiting for customers here; count them too. Nothing was changed.",
  COUNT_INCLUDES_PICKED: "At least {minimum}: units already picked for orders are part of the count.",
} as const;
