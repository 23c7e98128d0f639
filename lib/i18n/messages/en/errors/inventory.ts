// Error codes of lib/inventory and lib/nodes (see ./common.ts for how codes and parameters work).
export const inventory = {
  // Stock
  STOCK_CHANGED: "Stock changed while the order was being placed; nothing was reserved. Try again.",
  COUNT_STOCK_CHANGED: "Stock changed while the count was being recorded; nothing was changed. Count again.",
  NOT_IN_TRANSIT: "Shipment {reference} is already {status}.",
  // A node's settings (lib/nodes)
  TIME_FORMAT: "Use the 24-hour format HH:MM, e.g. 09:30.",
  CLOSES_BEFORE_OPENING: "The closing time must be after the opening time.",
  TOO_MANY_INTERVALS: "At most 4 intervals per day.",
  OVERLAPPING_INTERVALS: "Intervals of the same day must not overlap.",
} as const;
