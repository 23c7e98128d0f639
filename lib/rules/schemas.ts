// The definitions of the four business-rule kinds (RuleSet.definition), validated with zod, and the
// defaults the demo world publishes as version 1. A rule set's JSON is only trusted after
// parseRuleDefinition() has accepted it for its kind.
import { z } from "zod";
import { OrderStatus, RuleKind } from "@/generated/prisma/enums";

const money = z.number().nonnegative();

/** Sourcing: what a plan costs, and the limits a plan must respect. Costs are in EUR (major units). */
export const sourcingRulesSchema = z.object({
  costs: z.object({
    /** Fixed cost of every parcel or transfer leg. */
    perShipment: money,
    /** Transport cost per unit and km between the node and the destination. */
    perKm: money,
    /** Pick-and-pack cost per unit; stores are dearer than DCs. */
    handlingPerUnit: z.object({ DC: money, STORE: money }),
    /** Penalty per unit left unfilled (backordered); high so that filling wins when it can. */
    unfilledPerUnit: money,
  }),
  /** At most this many shipments (nodes) per order. */
  maxShipments: z.number().int().min(1).max(10),
  /** Stores farther than this from the customer do not ship to them. */
  shipFromStoreMaxKm: z.number().nonnegative(),
  /** Node codes never used for sourcing (maintenance, inventory count). */
  excludedNodes: z.array(z.string()),
  /** Franchise stores' stock serves only pickups at that store. */
  protectFranchisePickupStock: z.boolean(),
});

/** Holds: orders matching a rule wait for an agent before they are sourced. */
export const holdRulesSchema = z.object({
  /** Orders with totalMinor at or above this are held (HIGH_VALUE). */
  highValueMinor: z.number().int().nonnegative(),
  /** More units than this of one SKU in an order are held (QUANTITY). */
  maxUnitsPerSku: z.number().int().min(1),
  /** A first order shipped to an address that is not one of the customer's is held (ADDRESS_CHECK). */
  newCustomerAddressMismatch: z.boolean(),
});

export const MODIFICATION_CHANGES = ["changeAddress", "changeDeliveryMethod", "changeQuantity", "addLine", "removeLine", "cancelLine", "cancelOrder"] as const;
export type ModificationChange = (typeof MODIFICATION_CHANGES)[number];

const changesSchema = z.object(Object.fromEntries(MODIFICATION_CHANGES.map((c) => [c, z.boolean()])) as Record<ModificationChange, z.ZodBoolean>);
const orderStatuses = Object.values(OrderStatus) as [OrderStatus, ...OrderStatus[]];

/** Modification: for every order status, which changes an agent may make. */
export const modificationRulesSchema = z.object({
  byStatus: z.record(z.enum(orderStatuses), changesSchema),
});

/** Returns: the window, the reasons a customer can give, and what a refund covers. */
export const returnRulesSchema = z
  .object({
    /** Days after delivery or pickup during which a return is accepted. */
    windowDays: z.number().int().min(0),
    reasons: z.array(z.string().min(1)).min(1),
    /** Reasons whose units go back to sellable stock (the others are inspected as damaged). */
    restockableReasons: z.array(z.string()),
    /** Whether a full return also refunds the shipping fee. */
    refundShipping: z.boolean(),
  })
  .refine((r) => r.restockableReasons.every((x) => r.reasons.includes(x)), {
    message: "every restockable reason must be one of the reasons",
    path: ["restockableReasons"],
  });

/** Pickups: how long a ready pickup waits for its customer, and when the store is reminded. */
export const pickupRulesSchema = z
  .object({
    /** Days a ready pickup waits; then it is cancelled, its units go back on the shelf and the payment is released. */
    windowDays: z.number().int().min(1).max(60),
    /** Days after which a waiting pickup shows as overdue in the store queue. */
    reminderAfterDays: z.number().int().min(0).max(60),
  })
  .refine((r) => r.reminderAfterDays < r.windowDays, { message: "the reminder must come before the window ends", path: ["reminderAfterDays"] });

export type SourcingRules = z.infer<typeof sourcingRulesSchema>;
export type PickupRules = z.infer<typeof pickupRulesSchema>;
export type HoldRules = z.infer<typeof holdRulesSchema>;
export type ModificationRules = z.infer<typeof modificationRulesSchema>;
export type ReturnRules = z.infer<typeof returnRulesSchema>;

export interface RuleDefinitions {
  SOURCING: SourcingRules;
  HOLDS: HoldRules;
  MODIFICATION: ModificationRules;
  RETURNS: ReturnRules;
  PICKUP: PickupRules;
}

export const RULE_SCHEMAS = {
  SOURCING: sourcingRulesSchema,
  HOLDS: holdRulesSchema,
  MODIFICATION: modificationRulesSchema,
  RETURNS: returnRulesSchema,
  PICKUP: pickupRulesSchema,
} satisfies Record<RuleKind, z.ZodType>;

const all = (allowed: boolean): Record<ModificationChange, boolean> =>
  Object.fromEntries(MODIFICATION_CHANGES.map((c) => [c, allowed])) as Record<ModificationChange, boolean>;

/** Everything until the work is released; the address until it ships; nothing once fulfilled. */
const DEFAULT_MODIFICATION: ModificationRules = {
  byStatus: {
    CREATED: all(true),
    ON_HOLD: all(true),
    SCHEDULED: all(true),
    BACKORDERED: all(true),
    RELEASED: all(true),
    IN_FULFILLMENT: { ...all(false), changeAddress: true },
    FULFILLED: all(false),
    COMPLETED: all(false),
    CANCELLED: all(false),
    RETURN_REQUESTED: all(false),
    RETURNED: all(false),
    REFUNDED: all(false),
  },
};

export const RETURN_REASONS = ["SIZE_TOO_SMALL", "SIZE_TOO_LARGE", "NOT_AS_DESCRIBED", "CHANGED_MIND", "DAMAGED", "WRONG_ITEM", "ARRIVED_LATE"] as const;

export const DEFAULT_RULES: RuleDefinitions = {
  SOURCING: {
    costs: { perShipment: 6, perKm: 0.004, handlingPerUnit: { DC: 0.4, STORE: 1.2 }, unfilledPerUnit: 250 },
    maxShipments: 3,
    shipFromStoreMaxKm: 300,
    excludedNodes: [],
    protectFranchisePickupStock: true,
  },
  HOLDS: { highValueMinor: 150_000, maxUnitsPerSku: 10, newCustomerAddressMismatch: true },
  MODIFICATION: DEFAULT_MODIFICATION,
  RETURNS: {
    windowDays: 30,
    reasons: [...RETURN_REASONS],
    restockableReasons: ["SIZE_TOO_SMALL", "SIZE_TOO_LARGE", "NOT_AS_DESCRIBED", "CHANGED_MIND", "WRONG_ITEM", "ARRIVED_LATE"],
    refundShipping: false,
  },
  PICKUP: { windowDays: 7, reminderAfterDays: 3 },
};

/** Validates a stored definition for its kind; throws a ZodError listing each problem. */
export function parseRuleDefinition<K extends RuleKind>(kind: K, definition: unknown): RuleDefinitions[K] {
  return RULE_SCHEMAS[kind].parse(definition) as RuleDefinitions[K];
}
