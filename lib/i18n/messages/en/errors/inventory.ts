// Error codes of lib/inventory and lib/nodes (see ./common.ts for how codes and parameters work).
export const inventory = {
  // Stock
  STOCK_CHANGED: "Stock changed while the order was being placed; nothing was reserved. Try again.",
  COUNT_STOCK_CHANGED: "Stock changed while the count was being recorded; nothing was changed. Count again.",
  NOT_IN_TRANSIT: "Shipment {reference} is already {status}.",
  // Stock feeds (lib/inventory/commands/apply-feed.ts): one item's refusal, the others apply
  ON_HAND_BELOW_ZERO: "On hand of {sku} cannot go below zero ({onHand} on hand now). Nothing was changed for this SKU.",
  FEED_ITEM_SHAPE: "In a {mode} feed each item is {shape}.",
  FEED_DUPLICATE_SKU: "SKU {sku} is in this feed more than once (items {items}); send each SKU once. None of them was applied.",
  // Inbound supply (lib/inventory/commands/{create-inbound,ship-transfer,receive-inbound,close-inbound}.ts)
  INBOUND_DUPLICATE_SKU: "This SKU is already on another line.",
  INBOUND_SAME_NODE: "The destination must be another node than the source.",
  INBOUND_NOTHING_RECEIVED: "Enter the units received on at least one line.",
  INBOUND_SHIP_REFUSED: "Transfer {reference} was not shipped: some lines ask for more than is free at the source.",
  INBOUND_TRANSFER_NOT_CREATED: "The transfer was not created: some lines ask for more than is free at the source.",
  INBOUND_NOT_ENOUGH_FREE_STOCK: "Only {available} units of {sku} are free to ship at {node}.",
  INBOUND_NOT_A_TRANSFER: "{reference} is a purchase order: only transfers are shipped from a node.",
  INBOUND_NOT_SHIPPED: "Transfer {reference} has not been shipped yet: ship it first, or cancel it.",
  INBOUND_RECEIPT_REFUSED: "Nothing was received on {reference}: some lines are wrong.",
  INBOUND_SKU_NOT_ON_SHIPMENT: "{sku} is not on {reference}.",
  INBOUND_OVER_RECEIPT: "Only {remaining} more units of {sku} are expected.",
  INBOUND_TRANSFER_SHIPPED: "Transfer {reference} has left its source: receive it or close it short instead of cancelling it.",
  INBOUND_PARTLY_RECEIVED: "Units of {reference} have been received: close it short instead of cancelling it.",
  // A node's settings (lib/nodes)
  TIME_FORMAT: "Use the 24-hour format HH:MM, e.g. 09:30.",
  CLOSES_BEFORE_OPENING: "The closing time must be after the opening time.",
  TOO_MANY_INTERVALS: "At most 4 intervals per day.",
  OVERLAPPING_INTERVALS: "Intervals of the same day must not overlap.",
} as const;
