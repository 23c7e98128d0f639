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
  /**
   * Categories some nodes never source: e.g. furniture from no store, or one store's fragile goods.
   * A line of the category takes no stock from the listed nodes nor from any node of the listed types.
   */
  categoryExclusions: z
    .array(
      z
        .object({
          category: z.string().trim().min(1),
          nodes: z.array(z.string()).default([]),
          nodeTypes: z.array(z.enum(["DC", "STORE"])).default([]),
        })
        .refine((r) => r.nodes.length > 0 || r.nodeTypes.length > 0, { message: "CATEGORY_EXCLUSION_EMPTY", path: ["nodes"] }),
    )
    .max(200)
    .default([]),
  /** Stores allowed to ship to customers; empty: every store whose capabilities allow it. */
  shipFromStoreNodes: z.array(z.string()).default([]),
  /** Units of each SKU every store keeps for walk-in customers: not given to shipments or transfers, only to pickups at that store. */
  storeProtectionUnits: z.number().int().min(0).max(1000).default(0),
  /** EUR added to every shipment from a node (a negative figure makes it preferred), by node code. */
  nodePriorities: z.record(z.string(), z.number().min(-1000).max(1000)).default({}),
  /**
   * Network-aware sourcing: the latest shadow prices of scarce stock (periodic LP over expected
   * demand by region, docs/sourcing.md), times `weight`, are added to the handling cost of each
   * (node, SKU) in the per-order solve. Off by default.
   */
  networkPricing: z.object({ enabled: z.boolean(), weight: z.number().min(0).max(5) }).default({ enabled: false, weight: 1 }),
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

const ROLE_LIMITS = z.object({
  AGENT: z.number().int().min(0),
  STORE_ASSOCIATE: z.number().int().min(0),
  SUPPLY_CHAIN: z.number().int().min(0),
  ADMIN: z.number().int().min(0),
});

/**
 * Returns: the window (per category), what cannot come back, the fees the buyer pays for a change
 * of mind, where returns are accepted, when refunds are paid, how exchanges are sourced, and how
 * much money each role may give back on its own. Fields added after the first version default, so
 * older published versions still read.
 */
export const returnRulesSchema = z
  .object({
    /** Days after delivery, pickup or (not yet delivered) shipping during which a return is accepted. */
    windowDays: z.number().int().min(0).max(365),
    /** Category code -> days, overriding windowDays. */
    windowDaysByCategory: z.record(z.string().min(1), z.number().int().min(0).max(365)).default({}),
    /** Category codes whose items cannot be returned. */
    nonReturnableCategories: z.array(z.string().min(1)).default([]),
    reasons: z.array(z.string().min(1)).min(1),
    /** Reasons whose units go back to sellable stock (the others are inspected as damaged). */
    restockableReasons: z.array(z.string()),
    /** Reasons that are the buyer's choice, not the retailer's fault: only they carry the fees below. */
    buyerReasons: z.array(z.string()).default(["CHANGED_MIND"]),
    /** Percentage of the returned units' value kept as a restocking fee (buyer's reasons only). */
    restockingFeePercent: z.number().int().min(0).max(50).default(0),
    /** Who pays a mail return's shipping for the buyer's reasons, and how much. */
    returnShipping: z
      .object({ paidBy: z.enum(["CUSTOMER", "RETAILER"]), feeMinor: z.number().int().min(0).max(10_000) })
      .default({ paidBy: "RETAILER", feeMinor: 0 }),
    /** Whether a full return also refunds the shipping fee. */
    refundShipping: z.boolean(),
    /** Channels whose orders may be returned. */
    acceptedChannels: z.array(z.enum(["WEB", "MOBILE", "CALL_CENTER", "STORE", "MARKETPLACE"])).min(1).default(["WEB", "MOBILE", "CALL_CENTER", "STORE", "MARKETPLACE"]),
    /** Whether stores take returns at the counter (BORIS). */
    acceptInStore: z.boolean().default(true),
    /** Node codes that do not take returns. */
    excludedNodes: z.array(z.string().min(1)).default([]),
    /** ON_RECEIPT: refund when the units arrive. ON_REQUEST_FOR_TRUSTED: a trusted customer is refunded when the return is authorised. */
    refundTiming: z.enum(["ON_RECEIPT", "ON_REQUEST_FOR_TRUSTED"]).default("ON_RECEIPT"),
    /** A customer is trusted after this many orders without a refused or disposed return. */
    trustedAfterOrders: z.number().int().min(1).max(1000).default(3),
    /** ADVANCE: an exchange's replacement is sourced at once; ON_RECEIPT: when the return arrives. */
    exchangeSourcing: z.enum(["ADVANCE", "ON_RECEIPT"]).default("ADVANCE"),
    /** Largest goodwill refund (minor units) each role may give without a supervisor's approval. */
    appeasementLimitMinor: ROLE_LIMITS.default({ AGENT: 5_000, STORE_ASSOCIATE: 2_000, SUPPLY_CHAIN: 0, ADMIN: 100_000 }),
    /** Largest refund each role may pay before the units arrive. */
    earlyRefundLimitMinor: ROLE_LIMITS.default({ AGENT: 20_000, STORE_ASSOCIATE: 0, SUPPLY_CHAIN: 0, ADMIN: 500_000 }),
  })
  .refine((r) => r.restockableReasons.every((x) => r.reasons.includes(x)), {
    message: "RESTOCKABLE_REASON_UNKNOWN",
    path: ["restockableReasons"],
  })
  .refine((r) => r.buyerReasons.every((x) => r.reasons.includes(x)), {
    message: "BUYER_REASON_UNKNOWN",
    path: ["buyerReasons"],
  });

/** Pickups: how long a ready pickup waits for its customer, and when the store is reminded. */
export const pickupRulesSchema = z
  .object({
    /** Days a ready pickup waits; then it is cancelled, its units go back on the shelf and the payment is released. */
    windowDays: z.number().int().min(1).max(60),
    /** Days after which a waiting pickup shows as overdue in the store queue. */
    reminderAfterDays: z.number().int().min(0).max(60),
  })
  .refine((r) => r.reminderAfterDays < r.windowDays, { message: "REMINDER_AFTER_WINDOW", path: ["reminderAfterDays"] });

/** Supply-chain alerts: how far ahead and how long before something is worth a manager's attention. */
export const alertRulesSchema = z.object({
  /** A SKU projected to run out at a node within this many days (recent demand against stock and inbound) raises an alert. */
  stockoutHorizonDays: z.number().int().min(1).max(90),
  /** Days of recent demand the projection averages over. */
  demandWindowDays: z.number().int().min(1).max(90),
  /** An order still in a pre-shipment status after this many hours is stuck. */
  stuckOrderHours: z.number().int().min(1).max(720),
  /** Inbound supply this many days past its ETA is late (0: as soon as the ETA passes). */
  lateInboundDays: z.number().int().min(0).max(60),
  /** A ready pickup expiring within this many hours is about to expire. */
  pickupExpiryHours: z.number().int().min(1).max(168),
  /** A node whose units released today reach this share of its daily capacity (percent) is over capacity. */
  capacityPercent: z.number().int().min(50).max(500),
});

export type SourcingRules = z.output<typeof sourcingRulesSchema>;
export type AlertRules = z.infer<typeof alertRulesSchema>;
export type PickupRules = z.infer<typeof pickupRulesSchema>;
export type HoldRules = z.infer<typeof holdRulesSchema>;
export type ModificationRules = z.infer<typeof modificationRulesSchema>;
export type ReturnRules = z.output<typeof returnRulesSchema>;

export interface RuleDefinitions {
  SOURCING: SourcingRules;
  HOLDS: HoldRules;
  MODIFICATION: ModificationRules;
  RETURNS: ReturnRules;
  PICKUP: PickupRules;
  ALERTS: AlertRules;
}

export const RULE_SCHEMAS = {
  SOURCING: sourcingRulesSchema,
  HOLDS: holdRulesSchema,
  MODIFICATION: modificationRulesSchema,
  RETURNS: returnRulesSchema,
  PICKUP: pickupRulesSchema,
  ALERTS: alertRulesSchema,
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
    categoryExclusions: [],
    shipFromStoreNodes: [],
    storeProtectionUnits: 0,
    nodePriorities: {},
    networkPricing: { enabled: false, weight: 1 },
  },
  HOLDS: { highValueMinor: 150_000, maxUnitsPerSku: 10, newCustomerAddressMismatch: true },
  MODIFICATION: DEFAULT_MODIFICATION,
  RETURNS: {
    windowDays: 30,
    reasons: [...RETURN_REASONS],
    restockableReasons: ["SIZE_TOO_SMALL", "SIZE_TOO_LARGE", "NOT_AS_DESCRIBED", "CHANGED_MIND", "WRONG_ITEM", "ARRIVED_LATE"],
    refundShipping: false,
    windowDaysByCategory: {},
    nonReturnableCategories: [],
    buyerReasons: ["CHANGED_MIND"],
    restockingFeePercent: 0,
    returnShipping: { paidBy: "RETAILER", feeMinor: 0 },
    acceptedChannels: ["WEB", "MOBILE", "CALL_CENTER", "STORE", "MARKETPLACE"],
    acceptInStore: true,
    excludedNodes: [],
    refundTiming: "ON_RECEIPT",
    trustedAfterOrders: 3,
    exchangeSourcing: "ADVANCE",
    appeasementLimitMinor: { AGENT: 5_000, STORE_ASSOCIATE: 2_000, SUPPLY_CHAIN: 0, ADMIN: 100_000 },
    earlyRefundLimitMinor: { AGENT: 20_000, STORE_ASSOCIATE: 0, SUPPLY_CHAIN: 0, ADMIN: 500_000 },
  },
  PICKUP: { windowDays: 7, reminderAfterDays: 3 },
  ALERTS: { stockoutHorizonDays: 7, demandWindowDays: 28, stuckOrderHours: 48, lateInboundDays: 0, pickupExpiryHours: 24, capacityPercent: 100 },
};

/** Validates a stored definition for its kind; throws a ZodError listing each problem. */
export function parseRuleDefinition<K extends RuleKind>(kind: K, definition: unknown): RuleDefinitions[K] {
  return RULE_SCHEMAS[kind].parse(definition) as RuleDefinitions[K];
}

// ---- command inputs (the draft form validates with them too)

export const updateRuleDraftSchema = z.object({
  id: z.string().min(1),
  lockVersion: z.number().int().min(1),
  name: z.string().trim().min(1).max(120),
  /** Checked against the kind's schema once the draft's kind is known (updateRuleDraftSchemaFor). */
  definition: z.unknown(),
});
export type UpdateRuleDraftInput = z.input<typeof updateRuleDraftSchema>;

/** The draft's input with its definition checked by its kind's schema: what a form that knows the kind validates. */
export function updateRuleDraftSchemaFor<K extends RuleKind>(kind: K) {
  return updateRuleDraftSchema.extend({ definition: RULE_SCHEMAS[kind] as (typeof RULE_SCHEMAS)[K] });
}

export const publishRuleSetSchema = z.object({
  id: z.string().min(1),
  lockVersion: z.number().int().min(1),
  /** Why it goes live (kept with the version and in the audit trail). */
  note: z.string().trim().max(500).optional(),
});
export type PublishRuleSetInput = z.input<typeof publishRuleSetSchema>;

/** Publish an earlier version's definition again, as a new version. */
export const rollbackRuleSetSchema = z.object({
  /** The earlier (archived) version to go back to. */
  id: z.string().min(1),
  reason: z.string().trim().min(3).max(500),
});
export type RollbackRuleSetInput = z.input<typeof rollbackRuleSetSchema>;
