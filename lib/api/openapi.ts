// The v1 API's OpenAPI 3.1 document (channel and fulfilment endpoints), served at
// /api/v1/openapi.json. Request bodies are generated from the same zod schemas that validate them
// (z.toJSONSchema, input side), so the document cannot drift from the validation; answers are
// written out by hand from the query types.
import { z } from "zod";
import { Channel, FulfillmentStatus, LineStatus, OrderStatus, PaymentType, ReturnStatus } from "@/generated/prisma/enums";
import { PRODUCTS_DEFAULT_LIMIT, PRODUCTS_MAX_LIMIT } from "@/lib/catalog";
import { MAX_BODY_BYTES } from "@/lib/http";
import { deliveryOptionsSchema } from "@/lib/orders";
import { DISPOSITIONS, RETURN_CONDITIONS } from "@/lib/returns";
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from "./idempotency";
import { EVENT_REQUIRED_FIELDS, fulfillmentEventSchema } from "./fulfillment-events";
import { FULFILLMENTS_MAX_LIMIT } from "./list-fulfillments";
import { feedCountItemSchema, feedDeltaItemSchema, FEED_MAX_ITEMS, inboundReceiptRequestSchema, POSITION_FIGURES_MAX_LIMIT } from "@/lib/inventory";
import { FEED_MAX_BODY_BYTES } from "./inventory-feed";
import { channelOrderSchema } from "./place-order";
import { channelReturnSchema, returnReceiptSchema } from "./returns";

type JsonSchema = Record<string, unknown>;

function requestSchema(schema: z.ZodType, omit: string[] = []): JsonSchema {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema & { properties?: Record<string, unknown>; required?: string[] };
  const properties = { ...(json.properties as Record<string, unknown>) };
  for (const key of omit) delete properties[key];
  return { ...json, properties, ...(Array.isArray(json.required) ? { required: (json.required as string[]).filter((k) => !omit.includes(k)) } : {}) };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = (description?: string, extra: JsonSchema = {}) => ({ type: "string", ...(description ? { description } : {}), ...extra });
const int = (description?: string, extra: JsonSchema = {}) => ({ type: "integer", ...(description ? { description } : {}), ...extra });
const dateTime = (description: string) => ({ type: ["string", "null"], format: "date-time", description });
const json = (schema: JsonSchema, description: string, headers?: Record<string, unknown>) => ({ description, ...(headers ? { headers } : {}), content: { "application/json": { schema } } });
const error = (description: string) => json(ref("Error"), description);

const schemas: Record<string, JsonSchema> = {
  Error: {
    type: "object",
    description:
      "Every refusal. `code` is stable and machine-readable, `params` its parameters; `message` is the same in English. Per field, by its path in the request (`lines.0.qty`; `_` for the body as a whole): `fieldCodes` gives each problem's code and parameters, `fields` the same in English.",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: str(
            "e.g. UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, VALIDATION_FAILED, IDEMPOTENCY_KEY_REQUIRED, IDEMPOTENCY_KEY_INVALID, IDEMPOTENCY_KEY_REUSED, MALFORMED_JSON, EMPTY_BODY, UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE, METHOD_NOT_ALLOWED (405, with an `Allow` header), ADDRESS_NOT_SERVED; for fulfilment events also INVALID_TRANSITION, CONFLICT, WRONG_ITEM, ALREADY_PICKED, PICK_EXCEEDS_LINE, SHORT_EXCEEDS_LINE, NOT_FULLY_PICKED, WRONG_PICKUP_CODE, HANDOVER_EXCEEDS_PICKUP; for returns also RETURN_NOT_ALLOWED, RECEIPT_NOT_ALLOWED, RETURN_CLOSED, RETURN_NODE_NOT_ACCEPTED",
          ),
          message: str("The code said in English, for a human reading logs; do not parse it."),
          params: {
            type: "object",
            additionalProperties: { type: ["string", "number"] },
            description: "The code's parameters, e.g. `{ \"entity\": \"order\", \"id\": \"OMS-1\" }` with NOT_FOUND: what a client needs to say the refusal in its own words. Amounts (`…Minor`) are in minor units of `currency`.",
          },
          fields: { type: "object", additionalProperties: { type: "string" }, description: "Each field's problem in English, by its path in the request." },
          fieldCodes: {
            type: "object",
            description: "Each field's problem as a code and its parameters, by the same paths as `fields`.",
            additionalProperties: {
              type: "object",
              required: ["code"],
              properties: { code: str("e.g. REQUIRED, TOO_BIG, INVALID_OPTION, UNKNOWN_FIELD, API_SKU_NOT_ON_ORDER"), params: { type: "object", additionalProperties: { type: ["string", "number"] } } },
            },
          },
          currentStatus: { type: "string", enum: Object.values(FulfillmentStatus), description: "With INVALID_TRANSITION (409): the fulfilment order's status now, from which the event is not allowed." },
          requestId: str("With INTERNAL (5xx): quote it when reporting the fault."),
        },
      },
    },
  },
  OrderInput: requestSchema(channelOrderSchema, ["customerId"]),
  Allocation: { type: "object", required: ["node", "qty"], properties: { node: str("Code of the node holding the units (reserved, or consumed once shipped)."), qty: int() } },
  OrderLine: {
    type: "object",
    required: ["id", "sku", "qty", "mode", "status", "allocations", "backorderedQty"],
    properties: {
      id: str(),
      lineNo: int(),
      sku: str(),
      qty: int(),
      cancelledQty: int(),
      mode: { type: "string", enum: ["SHIP", "PICKUP"] },
      pickupStore: { type: ["string", "null"] },
      status: { type: "string", enum: Object.values(LineStatus) },
      unitPriceMinor: int("Unit price in minor units (cents)."),
      promisedDate: dateTime("When the customer has the line's units."),
      allocations: { type: "array", items: ref("Allocation"), description: "Units sourced to nodes; they are reserved stock at those nodes." },
      backorderedQty: int("Units no node could supply yet; they are re-sourced when supply arrives."),
    },
  },
  OrderFulfillment: {
    type: "object",
    description: "One part of the order: the units one node delivers to the customer or to a pickup store.",
    required: ["id", "node", "status", "destination", "lines", "carrier", "trackingNumber", "pickupCode"],
    properties: {
      id: str("The fulfilment order's id."),
      node: str("Code of the node that picks, packs and ships."),
      status: { type: "string", enum: Object.values(FulfillmentStatus) },
      destination: str('"customer" for a delivery, else the code of the pickup store.'),
      lines: { type: "array", items: ref("FulfillmentLine") },
      carrier: { type: ["string", "null"], description: "Once shipped." },
      trackingNumber: { type: ["string", "null"], description: "Once shipped." },
      pickupCode: { type: ["string", "null"], description: "The code the buyer shows at the pickup counter: only on a pickup part that is READY_FOR_PICKUP or PICKED_UP, null before (and on deliveries)." },
    },
  },
  PaymentTotals: {
    type: "object",
    description: "The order's payment ledger: its totals in minor units, how the buyer paid, and every entry.",
    required: ["authorisedMinor", "authorizedMinor", "capturedMinor", "refundedMinor", "balanceMinor", "method", "entries"],
    properties: {
      authorisedMinor: int("Authorised minus voided."),
      authorizedMinor: int("The same figure as authorisedMinor, under the name the first version used.", { deprecated: true }),
      capturedMinor: int("Captured (as units ship or are collected)."),
      refundedMinor: int("Refunds plus goodwill refunds (appeasements)."),
      balanceMinor: int("What the buyer has paid, net: captured − refunded."),
      method: { type: ["string", "null"], description: "How the buyer paid (the authorisation's method, e.g. CARD); null before any payment." },
      entries: { type: "array", items: ref("PaymentEntry"), description: "Every ledger entry, oldest first." },
    },
  },
  PaymentEntry: {
    type: "object",
    required: ["type", "amountMinor", "method", "reference", "returnNumber", "createdAt"],
    properties: {
      type: { type: "string", enum: Object.values(PaymentType), description: "APPEASEMENT is a goodwill refund." },
      amountMinor: int("Positive, in minor units; the type says which way the money moved."),
      method: str(),
      reference: { type: ["string", "null"], description: "The payment provider's reference." },
      returnNumber: { type: ["string", "null"], description: "The return a refund is for." },
      createdAt: { type: "string", format: "date-time" },
    },
  },
  OrderReturn: {
    type: "object",
    description: "A return (RMA) of the order.",
    required: ["number", "status", "method", "lines", "expectedRefundMinor", "refundedMinor", "exchangeOrder"],
    properties: {
      number: str("e.g. RMA-100042"),
      status: { type: "string", enum: Object.values(ReturnStatus) },
      method: { type: "string", enum: ["MAIL", "STORE"] },
      lines: {
        type: "array",
        items: {
          type: "object",
          required: ["lineNo", "sku", "qty", "receivedQty", "reason"],
          properties: { lineNo: int("The order line the units come from."), sku: str(), qty: int("Units authorised."), receivedQty: int("Units received back so far."), reason: str() },
        },
      },
      expectedRefundMinor: int("What the policy says the buyer gets back, fees deducted."),
      refundedMinor: int("Refunded for this return so far (payment ledger)."),
      exchangeOrder: { type: ["string", "null"], description: "Number of the replacement order of an exchange." },
    },
  },
  ReturnInput: requestSchema(channelReturnSchema),
  ReturnReceiptInput: requestSchema(returnReceiptSchema),
  ReturnLine: {
    type: "object",
    required: ["lineNo", "sku", "qty", "reason", "receivedQty", "condition", "disposition", "exchangeSku"],
    properties: {
      lineNo: int("The order line the units come from."),
      sku: str(),
      qty: int("Units authorised."),
      reason: str(),
      receivedQty: int("Units received back so far (a return may arrive in parts)."),
      condition: { type: ["string", "null"], enum: [...RETURN_CONDITIONS, null], description: "What the receiving node found; null until received." },
      disposition: { type: ["string", "null"], enum: [...DISPOSITIONS, null], description: "Where the received units went: back on the shelf, to a DC, or written off; null until received." },
      exchangeSku: { type: ["string", "null"], description: "The SKU sent instead of a refund (an exchange)." },
    },
  },
  Refund: {
    type: "object",
    required: ["amountMinor", "method", "reference", "createdAt"],
    properties: { amountMinor: int(), method: str("The method that paid the order."), reference: { type: ["string", "null"] }, createdAt: { type: "string", format: "date-time" } },
  },
  Return: {
    type: "object",
    description: "A return authorisation (RMA) and what became of it.",
    required: ["number", "orderNumber", "status", "method", "lines", "currency", "expectedRefundMinor", "refundedMinor", "refunds", "exchangeOrder", "version"],
    properties: {
      number: str("e.g. RMA-100042"),
      orderNumber: str(),
      status: { type: "string", enum: Object.values(ReturnStatus), description: "APPROVED once authorised; RECEIVED, REFUNDED or EXCHANGED as the units arrive and the money goes back." },
      method: { type: "string", enum: ["MAIL", "STORE"] },
      lines: { type: "array", items: ref("ReturnLine") },
      currency: str(),
      expectedRefundMinor: int("What the policy says the buyer gets back for the authorised units, fees deducted."),
      restockingFeeMinor: int(),
      returnShippingMinor: int("Return shipping the buyer pays, deducted from the refund."),
      shippingRefundMinor: int("The order's shipping fee given back with a full return."),
      refundedMinor: int("Refunded for this return so far (payment ledger)."),
      refunds: { type: "array", items: ref("Refund"), description: "The ledger's refunds for this return, oldest first." },
      exchangeOrder: { type: ["string", "null"], description: "Number of the replacement order of an exchange." },
      receivingNode: { type: ["string", "null"], description: "Code of the node that received the units." },
      requestedAt: { type: "string", format: "date-time" },
      receivedAt: dateTime("When units were last received."),
      refundedAt: dateTime("When the refund was paid."),
      version: int("Goes up with every change."),
    },
  },
  Order: {
    type: "object",
    required: ["number", "status", "channel", "lines", "totalMinor", "currency", "fulfillments", "returns", "payments"],
    properties: {
      number: str("e.g. OMS-100234"),
      status: { type: "string", enum: Object.values(OrderStatus), description: "ON_HOLD orders wait for an agent; BACKORDERED ones for supply." },
      channel: { type: "string", enum: Object.values(Channel) },
      placedAt: { type: "string", format: "date-time" },
      customer: { type: "object", properties: { name: str(), email: str(undefined, { format: "email" }) } },
      lines: { type: "array", items: ref("OrderLine") },
      subtotalMinor: int(),
      discountMinor: int(),
      shippingMinor: int(),
      totalMinor: int("What the customer pays, in minor units."),
      currency: str("ISO 4217, e.g. EUR"),
      promoCode: { type: ["string", "null"] },
      promisedDate: dateTime("When the whole order is with the customer."),
      version: int(),
      fulfillments: { type: "array", items: ref("OrderFulfillment"), description: "The order's fulfilment orders, oldest first (cancelled ones included)." },
      returns: { type: "array", items: ref("OrderReturn"), description: "The order's returns (RMAs), oldest first." },
      payments: ref("PaymentTotals"),
    },
  },
  AvailabilityInput: requestSchema(deliveryOptionsSchema),
  DeliveryOption: {
    type: "object",
    required: ["mode", "promisedDate"],
    properties: {
      mode: { type: "string", enum: ["SHIP", "PICKUP"] },
      node: str("The pickup store (PICKUP options)."),
      nodeName: str(),
      promisedDate: dateTime("When the customer can have the units; null when no stock and no supply is known."),
      availableQty: int("Units the option covers now; the rest waits for supply."),
      complete: { type: "boolean" },
      sources: { type: "array", items: str(), description: "Nodes the units would come from." },
      distanceKm: int("From the shipping address to the store."),
    },
  },
  Availability: {
    type: "object",
    required: ["lines"],
    properties: {
      lines: {
        type: "array",
        items: {
          type: "object",
          required: ["sku", "requested", "available", "options"],
          properties: {
            sku: str(),
            name: { type: ["string", "null"] },
            requested: int(),
            available: int("Network units available to promise now."),
            options: { type: "array", items: ref("DeliveryOption") },
          },
        },
      },
      currency: str(),
    },
  },
  Product: {
    type: "object",
    required: ["sku", "name", "priceMinor", "currency"],
    properties: {
      sku: str(),
      name: str(),
      priceMinor: int("VAT-inclusive price in minor units."),
      currency: str(),
      active: { type: "boolean", description: "False once the SKU is no longer sold." },
      product: { type: "object", properties: { code: str(), name: str(), brand: { type: ["string", "null"] }, category: str() } },
      attributes: { type: "object", additionalProperties: true },
      weightGrams: int(),
    },
  },
  ProductPage: {
    type: "object",
    required: ["items", "nextCursor"],
    properties: { items: { type: "array", items: ref("Product") }, nextCursor: { type: ["string", "null"], description: "Pass as `cursor` for the next page; null on the last page." } },
  },
  Node: {
    type: "object",
    required: ["code", "type", "name", "canShip", "canPickup", "lat", "lng"],
    properties: {
      code: str(),
      type: { type: "string", enum: ["DC", "STORE"] },
      name: str(),
      canShip: { type: "boolean" },
      canPickup: { type: "boolean" },
      canShipFromStore: { type: "boolean" },
      canReturn: { type: "boolean" },
      lat: { type: "number" },
      lng: { type: "number" },
      city: str(),
      address: { type: "object", properties: { line1: str(), city: str(), postalCode: str(), country: str() } },
      timeZone: str("IANA time zone, e.g. Europe/Paris"),
      openingHours: { type: "object", description: 'Per weekday, intervals in the node\'s time zone: {"mon": [["09:00","19:00"]], …, "sun": []}.' },
    },
  },
  NodeList: { type: "object", required: ["items"], properties: { items: { type: "array", items: ref("Node") } } },
  FulfillmentLine: {
    type: "object",
    required: ["sku", "qty", "pickedQty", "shortQty"],
    properties: {
      sku: str(),
      qty: int("Units first asked of this node; short-picked ones included (they were sourced again elsewhere)."),
      pickedQty: int("Units confirmed picked."),
      shortQty: int("Units this node could not supply (SHORT_PICKED)."),
    },
  },
  Fulfillment: {
    type: "object",
    description: "A fulfilment order: the work one node does for one order towards one destination.",
    required: ["id", "number", "orderNumber", "node", "status", "destination", "lines", "carrier", "trackingNumber", "pickupCode", "version"],
    properties: {
      id: str("Use it in /api/v1/fulfillments/{id}/events."),
      number: str("e.g. OMS-100234-1"),
      orderNumber: str(),
      node: str("Code of the node that picks, packs and ships."),
      status: { type: "string", enum: Object.values(FulfillmentStatus) },
      destination: str('"customer" for a delivery, else the code of the store where the customer collects.'),
      lines: { type: "array", items: ref("FulfillmentLine") },
      carrier: { type: ["string", "null"] },
      trackingNumber: { type: ["string", "null"] },
      pickupCode: { type: ["string", "null"], description: "Only once the pickup is READY_FOR_PICKUP or PICKED_UP." },
      version: int("Goes up with every change."),
    },
  },
  FulfillmentPage: {
    type: "object",
    required: ["items", "nextCursor"],
    properties: { items: { type: "array", items: ref("Fulfillment") }, nextCursor: { type: ["string", "null"], description: "Pass as `cursor` for the next page; null on the last page." } },
  },
  FulfillmentEventInput: {
    ...requestSchema(fulfillmentEventSchema),
    allOf: Object.entries(EVENT_REQUIRED_FIELDS).map(([type, required]) => ({ if: { properties: { type: { const: type } } }, then: { required } })),
  },
  InboundReceiptInput: requestSchema(inboundReceiptRequestSchema),
  InboundReceipt: {
    type: "object",
    description: "A purchase order or transfer after a receipt.",
    required: ["reference", "status", "receivedUnits", "lines", "ordersServed"],
    properties: {
      reference: str("e.g. PO-000123 or TR-000045."),
      status: { type: "string", enum: ["IN_TRANSIT", "RECEIVED"], description: "RECEIVED once every line is complete, or when `close` ended it short; else IN_TRANSIT (more units expected)." },
      receivedUnits: int("Units this receipt added to the node's stock on hand."),
      lines: {
        type: "array",
        description: "Every line of the shipment after the receipt, in SKU order.",
        items: { type: "object", required: ["sku", "qty", "receivedQty"], properties: { sku: str(), qty: int("Units ordered."), receivedQty: int("Units received so far.") } },
      },
      ordersServed: { type: "array", items: str(), description: "Numbers of the orders whose backordered lines got units from this receipt, oldest order first." },
    },
  },
  InventoryFeedInput: {
    type: "object",
    description: "A node's stock from its warehouse or store system. FULL: each item is the SKU's counted on hand; positions the feed does not list are left alone. DELTA: each item adds `delta` units (negative: takes them away). Each item is checked on its own.",
    required: ["node", "mode", "items"],
    properties: {
      node: str("Node code, e.g. DC-PAR; the key must be bound to it."),
      mode: { type: "string", enum: ["FULL", "DELTA"] },
      items: {
        type: "array",
        minItems: 1,
        maxItems: FEED_MAX_ITEMS,
        items: { oneOf: [{ ...requestSchema(feedCountItemSchema), title: "FULL item" }, { ...requestSchema(feedDeltaItemSchema), title: "DELTA item" }] },
        description: "`{ sku, onHand, reason? }` in a FULL feed, `{ sku, delta, reason? }` in a DELTA feed. `sku` is a SKU code (any letter case) or its barcode.",
      },
    },
  },
  FeedRejection: {
    type: "object",
    required: ["index", "sku", "error"],
    properties: {
      index: int("The item's position in `items`, from 0."),
      sku: { type: ["string", "null"], description: "The SKU as sent (null when the item had none)." },
      error: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: str("UNKNOWN_SKU, FEED_ITEM_SHAPE (the other mode's item, or not an object), FEED_DUPLICATE_SKU, ON_HAND_BELOW_ZERO, COUNT_BELOW_PICKED (below the units already picked for orders), COUNT_STOCK_CHANGED (reserved meanwhile: send it again), or a field check: REQUIRED, NOT_INTEGER, TOO_SMALL, TOO_BIG, INVALID_TYPE, TOO_LONG"),
          message: str("The code said in English."),
          params: { type: "object", additionalProperties: { type: ["string", "number"] } },
          field: str("The item's field at fault (sku, onHand, delta, reason)."),
        },
      },
    },
  },
  InventoryFeedResult: {
    type: "object",
    required: ["applied", "rejected"],
    properties: {
      applied: int("Items applied (on hand set, or already at the figure)."),
      rejected: { type: "array", items: ref("FeedRejection"), description: "Each refused item, in feed order; a refused item changed nothing." },
    },
  },
  InventoryPosition: {
    type: "object",
    required: ["node", "sku", "onHand", "reserved", "safetyStock", "atp", "inTransit", "nextEta", "onDemand"],
    properties: {
      node: str(),
      sku: str(),
      onHand: int("Units in the building, reserved ones included."),
      reserved: int("Units held for orders not yet shipped or collected."),
      safetyStock: int("Units the node keeps back from promising."),
      atp: int("Available to promise: onHand - reserved - safetyStock, never below 0."),
      inTransit: int("Units of purchase orders and transfers on their way here, not yet received."),
      nextEta: dateTime("The earliest ETA of that supply."),
      onDemand: int("Open order units this node holds for customers (network backorders are not attributed to a node)."),
    },
  },
  InventoryPage: {
    type: "object",
    required: ["items", "nextCursor"],
    properties: { items: { type: "array", items: ref("InventoryPosition") }, nextCursor: { type: ["string", "null"], description: "Pass as `cursor` for the next page; null on the last page." } },
  },
};

const authErrors = {
  "401": error("Missing, unknown or revoked API key."),
  "403": error("The key may not use this endpoint (a fulfilment key on a channel endpoint, or the other way round)."),
};
const FULFILLMENT_KEY = [{ fulfillmentKey: [] }];

const EVENT_EFFECTS = [
  "| type | needs | effect |",
  "|---|---|---|",
  "| `PICKED` | `lines` | Confirms the units of each SKU as picked (RELEASED → PICKING on the first pick). |",
  "| `SHORT_PICKED` | `lines`, `reason` (NOT_FOUND, DAMAGED) | The units leave this node's work and stock and are sourced again at another node (or backordered). |",
  "| `PACKED` | `parcels` (optional, default 1) | Every unit picked: PICKING → PACKED. |",
  "| `SHIPPED` | `carrier`, `trackingNumber` | PACKED → SHIPPED (to the customer: stock leaves, payment captured, customer told) or IN_TRANSIT_TO_STORE (a transfer to a pickup store). |",
  "| `RECEIVED_AT_STORE` | | At the pickup store: IN_TRANSIT_TO_STORE → RECEIVED_AT_STORE. |",
  "| `READY_FOR_PICKUP` | | At the pickup store: on the shelf; the customer gets the pickup code now. |",
  "| `PICKED_UP` | `pickupCode`, `lines` (optional: all remaining) | The customer collected: stock leaves, payment captured. A wrong code is 422 and hands nothing over. |",
  "| `DELIVERED` | | The carrier delivered: SHIPPED → DELIVERED. |",
].join("\n");
const bodyErrors = {
  "400": error("Empty or malformed JSON body (EMPTY_BODY, MALFORMED_JSON)."),
  "413": error(`Body larger than ${MAX_BODY_BYTES / 1024} KB (PAYLOAD_TOO_LARGE).`),
  "415": error("Content-Type is not JSON (UNSUPPORTED_MEDIA_TYPE)."),
  "422": error("The body is not a JSON object, or has invalid fields (VALIDATION_FAILED; `fields` lists each problem)."),
};
const RETURN_EXAMPLE = {
  number: "RMA-100042",
  orderNumber: "OMS-100234",
  status: "APPROVED",
  method: "MAIL",
  lines: [{ lineNo: 1, sku: "TSHIRT-M", qty: 2, reason: "SIZE_TOO_SMALL", receivedQty: 0, condition: null, disposition: null, exchangeSku: null }],
  currency: "EUR",
  expectedRefundMinor: 3998,
  restockingFeeMinor: 0,
  returnShippingMinor: 0,
  shippingRefundMinor: 0,
  refundedMinor: 0,
  refunds: [],
  exchangeOrder: null,
  receivingNode: null,
  requestedAt: "2026-11-28T10:00:00.000Z",
  receivedAt: null,
  refundedAt: null,
  version: 1,
};
const RECEIVED_EXAMPLE = {
  ...RETURN_EXAMPLE,
  status: "REFUNDED",
  lines: [{ ...RETURN_EXAMPLE.lines[0], receivedQty: 2, condition: "RESELLABLE", disposition: "RESTOCK" }],
  refundedMinor: 3998,
  refunds: [{ amountMinor: 3998, method: "CARD", reference: "REFU-BD728AF9B691", createdAt: "2026-12-01T14:05:00.000Z" }],
  receivingNode: "DC-PAR",
  receivedAt: "2026-12-01T14:05:00.000Z",
  refundedAt: "2026-12-01T14:05:00.000Z",
  version: 3,
};
const jsonBody = (name: string) => ({ required: true, content: { "application/json": { schema: ref(name) } } });

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "Omnichannel OMS API (channels and fulfilment)",
      version: "1.0.0",
      description:
        "For channel systems (web shop, mobile app, marketplace connectors, POS): place and read orders, check availability and delivery dates, sync the catalogue and the store network. For warehouse and store systems (WMS, store POS): read a node's fulfilment orders and report picks, packing, shipping and pickups; feed a node's stock and read its positions. A CHANNEL key belongs to one channel and may call the channel endpoints only; a FULFILLMENT key is bound to nodes and may call the fulfilment endpoints for those nodes only. Errors are always `{ error: { code, message, params?, fields?, fieldCodes? } }` with a 4xx status. See docs/api.md.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    paths: {
      "/api/v1/orders": {
        post: {
          operationId: "createOrder",
          summary: "Place an order",
          description:
            "Sources, reserves and (unless held) releases the order in one transaction. Retries are safe: the same Idempotency-Key with the same body answers the original 201 again (with `Idempotent-Replayed: true`) and creates nothing; the same key with another body is refused with 409. `channel` must be the key's channel.",
          parameters: [{ $ref: "#/components/parameters/IdempotencyKey" }],
          requestBody: jsonBody("OrderInput"),
          responses: {
            "201": json(ref("Order"), "Created (or a replay of the original answer: see Idempotent-Replayed).", {
              Location: { description: "The order's URL.", schema: { type: "string" } },
              [REPLAYED_HEADER]: { description: "`true` when this is the stored answer of an earlier request with the same key.", schema: { type: "string", enum: ["true"] } },
            }),
            "400": error("Missing or invalid Idempotency-Key header (IDEMPOTENCY_KEY_REQUIRED, IDEMPOTENCY_KEY_INVALID), or empty/malformed JSON."),
            ...authErrors,
            "409": error("The Idempotency-Key was already used with another body (IDEMPOTENCY_KEY_REUSED)."),
            "413": bodyErrors["413"],
            "415": bodyErrors["415"],
            "422": error("Invalid fields: unknown SKU or store, SHIP line without address, address not served, bad promo code, channel other than the key's, … (`fields` lists each)."),
          },
        },
      },
      "/api/v1/orders/{number}": {
        get: {
          operationId: "getOrder",
          summary: "Read an order of this key's channel",
          parameters: [{ name: "number", in: "path", required: true, schema: { type: "string", example: "OMS-100234" } }],
          responses: {
            "200": json(ref("Order"), "The order now."),
            ...authErrors,
            "404": error("Unknown order, or an order of another channel (same answer, by design)."),
          },
        },
      },
      "/api/v1/orders/{number}/returns": {
        post: {
          operationId: "createReturn",
          summary: "Authorise a return (RMA) of an order of this key's channel",
          description:
            "The returns policy decides, per order line, what may come back: units delivered or collected, within the return window of their category, not of a non-returnable category, not already on a return. Each `sku` maps to the order's lines holding it; a SKU on several lines fills the first line's returnable units, then the next. A refusal is 422 with `fields` named after the request (`lines.0.qty`) and nothing is created. Retries are safe: the same Idempotency-Key with the same order and body answers the original 201 again (with `Idempotent-Replayed: true`); the same key with another body is 409. Unknown fields are refused.",
          parameters: [{ name: "number", in: "path", required: true, schema: { type: "string", example: "OMS-100234" } }, { $ref: "#/components/parameters/IdempotencyKey" }],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: ref("ReturnInput"),
                examples: {
                  mail: { summary: "Two shirts back by post", value: { method: "MAIL", lines: [{ sku: "TSHIRT-M", qty: 2, reason: "SIZE_TOO_SMALL" }] } },
                  store: { summary: "Jeans brought to a store", value: { method: "STORE", lines: [{ sku: "JEANS-32", qty: 1, reason: "CHANGED_MIND" }] } },
                },
              },
            },
          },
          responses: {
            "201": {
              ...json(ref("Return"), "Authorised (or a replay of the original answer: see Idempotent-Replayed). `Location` is where to read the return back.", {
                Location: { description: "`/api/v1/returns/{number}` of the return.", schema: { type: "string" } },
                [REPLAYED_HEADER]: { description: "`true` when this is the stored answer of an earlier request with the same key.", schema: { type: "string", enum: ["true"] } },
              }),
              content: { "application/json": { schema: ref("Return"), example: RETURN_EXAMPLE } },
            },
            "400": error("Missing or invalid Idempotency-Key header, or empty/malformed JSON (EMPTY_BODY, MALFORMED_JSON)."),
            ...authErrors,
            "404": error("Unknown order, or an order of another channel (same answer, by design)."),
            "409": error("The Idempotency-Key was already used with another body or order (IDEMPOTENCY_KEY_REUSED)."),
            "413": bodyErrors["413"],
            "415": bodyErrors["415"],
            "422": {
              ...error("Invalid or unknown fields (VALIDATION_FAILED), a SKU not on the order (`lines.N.sku`), or the policy refuses units (RETURN_NOT_ALLOWED): not shipped yet or more than can still come back (`lines.N.qty`), outside the return window or a non-returnable category (`lines.N.sku`), not a reason of the policy (`lines.N.reason`). Nothing is created."),
              content: {
                "application/json": {
                  schema: ref("Error"),
                  example: {
                    error: {
                      code: "RETURN_NOT_ALLOWED",
                      message: "The return for order OMS-100234 cannot be authorised as asked.",
                      fields: { "lines.0.qty": "Only 2 units of TSHIRT-M can be returned: 2 shipped or collected, 1 already on a return.", "lines.1.sku": "The 30-day return window for JEANS-32 ended on 30 Oct 2026." },
                    },
                  },
                },
              },
            },
          },
        },
      },
      "/api/v1/returns/{number}": {
        get: {
          operationId: "getReturn",
          summary: "Read a return (RMA) of an order of this key's channel",
          parameters: [{ name: "number", in: "path", required: true, schema: { type: "string", example: "RMA-100042" } }],
          responses: {
            "200": { ...json(ref("Return"), "The return now: lines, units received, refund, exchange."), content: { "application/json": { schema: ref("Return"), example: RECEIVED_EXAMPLE } } },
            ...authErrors,
            "404": error("Unknown return, or a return of another channel's order (same answer, by design)."),
          },
        },
      },
      "/api/v1/returns/{number}/receipts": {
        post: {
          operationId: "receiveReturn",
          summary: "Report units of a return received at a node",
          description:
            "Needs a FULFILLMENT key bound to `node`, the node that received the units (a DC for a mail return, a store's counter). In one transaction the units are received in the condition found, sent back to stock, to a DC or written off as the returns router proposes, and the buyer is refunded as the policy says; the answer is the return with its refund. Each `sku` maps to the return's lines holding it; a SKU on several lines fills the first line's expected units, then the next. Retries are safe: the same Idempotency-Key with the same return and body answers the first 200 again (with `Idempotent-Replayed: true`) and changes nothing. Unknown fields are refused.",
          security: FULFILLMENT_KEY,
          parameters: [{ name: "number", in: "path", required: true, schema: { type: "string", example: "RMA-100042" } }, { $ref: "#/components/parameters/IdempotencyKey" }],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: ref("ReturnReceiptInput"),
                examples: {
                  resellable: { summary: "Both shirts back in a sellable state", value: { node: "DC-PAR", lines: [{ sku: "TSHIRT-M", qty: 2, condition: "RESELLABLE" }] } },
                  mixed: { summary: "One sellable, one damaged", value: { node: "DC-PAR", lines: [{ sku: "TSHIRT-M", qty: 1, condition: "RESELLABLE" }, { sku: "TSHIRT-M", qty: 1, condition: "DAMAGED" }] } },
                },
              },
            },
          },
          responses: {
            "200": {
              ...json(ref("Return"), "The return after the receipt, with its refund (or a replay of the first answer: see Idempotent-Replayed).", {
                [REPLAYED_HEADER]: { description: "`true` when this is the stored answer of an earlier request with the same key.", schema: { type: "string", enum: ["true"] } },
              }),
              content: { "application/json": { schema: ref("Return"), example: RECEIVED_EXAMPLE } },
            },
            "400": error("Missing or invalid Idempotency-Key header, or empty/malformed JSON (EMPTY_BODY, MALFORMED_JSON)."),
            "401": authErrors["401"],
            "403": error("A channel's key, or a node this key is not bound to (or no such node). Nothing changed."),
            "404": error("No such return."),
            "409": error("IDEMPOTENCY_KEY_REUSED: the key was used with another body or return; CONFLICT: the return changed meanwhile. Nothing changed."),
            "413": bodyErrors["413"],
            "415": bodyErrors["415"],
            "422": error("Invalid or unknown fields (VALIDATION_FAILED), a SKU not on the return (`lines.N.sku`), more units than the return still expects (`lines.N.qty`, RECEIPT_NOT_ALLOWED), a return that expects no more units (RETURN_CLOSED), or a node that does not take returns (RETURN_NODE_NOT_ACCEPTED, `node`). Nothing changed."),
          },
        },
      },
      "/api/v1/inbound/{reference}/receipts": {
        post: {
          operationId: "receiveInbound",
          summary: "Report units of a purchase order or transfer received at its node",
          description:
            "Needs a FULFILLMENT key bound to the shipment's destination node. In one transaction the units join the node's stock on hand (RECEIPT stock movements naming the reference) and backordered order lines waiting for those SKUs are sourced again, oldest order first. A shipment may arrive in several receipts: send the units of this delivery per SKU (0 or leave a SKU out for what did not come); it is RECEIVED when every line is complete, or at once with `close: true` (closed short: the missing units are no longer expected). A line with more units than it still expects, or a SKU not on the shipment, refuses the whole receipt and changes nothing. Retries are safe: the same Idempotency-Key with the same reference and body answers the first 200 again (with `Idempotent-Replayed: true`) and changes nothing. Unknown fields are refused.",
          security: FULFILLMENT_KEY,
          parameters: [{ name: "reference", in: "path", required: true, schema: { type: "string", example: "PO-000123" } }, { $ref: "#/components/parameters/IdempotencyKey" }],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: ref("InboundReceiptInput"),
                examples: {
                  partial: { summary: "The first pallet", value: { lines: [{ sku: "TSHIRT-M", qty: 120 }], note: "Pallet 1 of 2" } },
                  closeShort: { summary: "The rest, and nothing more will come", value: { lines: [{ sku: "TSHIRT-M", qty: 80 }], close: true } },
                },
              },
            },
          },
          responses: {
            "200": {
              ...json(ref("InboundReceipt"), "The shipment after the receipt (or a replay of the first answer: see Idempotent-Replayed).", {
                [REPLAYED_HEADER]: { description: "`true` when this is the stored answer of an earlier request with the same key.", schema: { type: "string", enum: ["true"] } },
              }),
              content: {
                "application/json": {
                  schema: ref("InboundReceipt"),
                  example: { reference: "PO-000123", status: "IN_TRANSIT", receivedUnits: 120, lines: [{ sku: "TSHIRT-M", qty: 200, receivedQty: 120 }], ordersServed: ["OMS-100234"] },
                },
              },
            },
            "400": error("Missing or invalid Idempotency-Key header, or empty/malformed JSON (EMPTY_BODY, MALFORMED_JSON)."),
            "401": authErrors["401"],
            "403": error("A channel's key, or a shipment to a node this key is not bound to. Nothing changed."),
            "404": error("No such purchase order or transfer."),
            "409": error("IDEMPOTENCY_KEY_REUSED: the key was used with another body or reference. Nothing changed."),
            "413": bodyErrors["413"],
            "415": bodyErrors["415"],
            "422": error(
              "Invalid or unknown fields, or no units at all without `close` (VALIDATION_FAILED); INBOUND_RECEIPT_REFUSED with per-line problems: more units than the line still expects (`lines.N.qty`, INBOUND_OVER_RECEIPT) or a SKU not on the shipment (`lines.N.sku`, INBOUND_SKU_NOT_ON_SHIPMENT); NOT_IN_TRANSIT for a shipment already received or cancelled; INBOUND_NOT_SHIPPED for a transfer not shipped yet. Nothing changed.",
            ),
          },
        },
      },
      "/api/v1/availability": {
        post: {
          operationId: "getAvailability",
          summary: "Units available to promise and delivery options with dates for a cart",
          description: "With `shippingAddress`: a SHIP option and PICKUP options at the 3 nearest stores; with `pickupStore`: a PICKUP option there. Reserves nothing.",
          requestBody: jsonBody("AvailabilityInput"),
          responses: { "200": json(ref("Availability"), "Per line: network ATP and options."), ...authErrors, ...bodyErrors },
        },
      },
      "/api/v1/products": {
        get: {
          operationId: "listProducts",
          summary: "The catalogue, in SKU order, page by page",
          parameters: [
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: PRODUCTS_MAX_LIMIT, default: PRODUCTS_DEFAULT_LIMIT } },
            { name: "cursor", in: "query", description: "`nextCursor` of the previous page.", schema: { type: "string" } },
          ],
          responses: { "200": json(ref("ProductPage"), "One page."), ...authErrors, "422": error("Bad limit or cursor.") },
        },
      },
      "/api/v1/nodes": {
        get: {
          operationId: "listNodes",
          summary: "Active DCs and stores",
          parameters: [{ name: "type", in: "query", schema: { type: "string", enum: ["DC", "STORE"] } }],
          responses: { "200": json(ref("NodeList"), "Every active node."), ...authErrors, "422": error("Bad type.") },
        },
      },
      "/api/v1/fulfillments": {
        get: {
          operationId: "listFulfillments",
          summary: "A node's fulfilment orders, oldest first, page by page",
          description: "Needs a FULFILLMENT key bound to `node`. Stable order (creation, then id): fulfilment orders created between two calls never make a page repeat or skip one.",
          security: FULFILLMENT_KEY,
          parameters: [
            { name: "node", in: "query", required: true, description: "Node code, e.g. DC-PAR or ST-PAR-01.", schema: { type: "string" } },
            { name: "status", in: "query", description: "Only fulfilment orders in this status.", schema: { type: "string", enum: Object.values(FulfillmentStatus) } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: FULFILLMENTS_MAX_LIMIT, default: 50 } },
            { name: "cursor", in: "query", description: "`nextCursor` of the previous page.", schema: { type: "string" } },
          ],
          responses: {
            "200": json(ref("FulfillmentPage"), "One page."),
            "401": authErrors["401"],
            "403": error("A channel's key, or a node this key is not bound to (or no such node)."),
            "422": error("Missing node, unknown status, bad limit or cursor."),
          },
        },
      },
      "/api/v1/fulfillments/{id}/events": {
        post: {
          operationId: "reportFulfillmentEvent",
          summary: "Report what happened to a fulfilment order",
          description: `Runs the step in one transaction, with the same effects as on the store tablet, and answers the fulfilment order after it. Needs a FULFILLMENT key bound to the node that does the step (the picking node; the pickup store for RECEIVED_AT_STORE, READY_FOR_PICKUP and PICKED_UP). An event the fulfilment order's status does not allow is 409 INVALID_TRANSITION with \`currentStatus\`. Retries are safe: the same Idempotency-Key with the same fulfilment order and body answers the first 200 again (with \`Idempotent-Replayed: true\`) and changes nothing.\n\n${EVENT_EFFECTS}`,
          security: FULFILLMENT_KEY,
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, { $ref: "#/components/parameters/IdempotencyKey" }],
          requestBody: jsonBody("FulfillmentEventInput"),
          responses: {
            "200": json(ref("Fulfillment"), "The fulfilment order after the event (or a replay of the first answer: see Idempotent-Replayed).", {
              [REPLAYED_HEADER]: { description: "`true` when this is the stored answer of an earlier request with the same key.", schema: { type: "string", enum: ["true"] } },
            }),
            "400": error("Missing or invalid Idempotency-Key header, or empty/malformed JSON."),
            "401": authErrors["401"],
            "403": error("A channel's key, or a fulfilment order of a node this key is not bound to. Nothing changed."),
            "404": error("No such fulfilment order."),
            "409": error("INVALID_TRANSITION: the status does not allow this event (`currentStatus` says where it is); IDEMPOTENCY_KEY_REUSED: the key was used with another body or fulfilment order. Nothing changed."),
            "413": bodyErrors["413"],
            "415": bodyErrors["415"],
            "422": error("Invalid fields (`fields` lists each): missing fields for the type, a SKU not in the fulfilment order (`lines.N.sku`), more units than the line has (`lines.N.qty`), a wrong pickup code (`pickupCode`). Nothing changed."),
          },
        },
      },
      "/api/v1/inventory": {
        post: {
          operationId: "feedInventory",
          summary: "Feed a node's stock (FULL counts or DELTA changes)",
          description: `Needs a FULFILLMENT key bound to \`node\`. Good items apply and bad ones are reported in \`rejected\` and change nothing (one bad item never refuses the feed). Reservations always survive: an item that leaves less on hand than is reserved takes the difference off the node's unpicked work and sources it again at another node (or backorders it), as a short-pick does. Every change is a FEED stock movement whose reference is the Idempotency-Key and whose reason is the item's. Retries are safe: the same key with the same body answers the first 200 again (with \`Idempotent-Replayed: true\`) and changes nothing. Up to ${FEED_MAX_ITEMS.toLocaleString("en")} items and ${FEED_MAX_BODY_BYTES / 1024 / 1024} MB.`,
          security: FULFILLMENT_KEY,
          parameters: [{ $ref: "#/components/parameters/IdempotencyKey" }],
          requestBody: jsonBody("InventoryFeedInput"),
          responses: {
            "200": json(ref("InventoryFeedResult"), "What applied and what was refused (or a replay of the first answer: see Idempotent-Replayed).", {
              [REPLAYED_HEADER]: { description: "`true` when this is the stored answer of an earlier request with the same key.", schema: { type: "string", enum: ["true"] } },
            }),
            "400": error("Missing or invalid Idempotency-Key header, or empty/malformed JSON."),
            "401": authErrors["401"],
            "403": error("A channel's key, or a node this key is not bound to (or no such node). Nothing changed."),
            "409": error("IDEMPOTENCY_KEY_REUSED: the key was used with another body. Nothing changed."),
            "413": error(`Body larger than ${FEED_MAX_BODY_BYTES / 1024 / 1024} MB (PAYLOAD_TOO_LARGE).`),
            "415": bodyErrors["415"],
            "422": error("The feed as a whole is invalid (`fields`: node, mode, items empty or above the limit). Items are never refused this way."),
          },
        },
        get: {
          operationId: "listInventory",
          summary: "The key's positions with every stock figure, page by page",
          description: "Positions of the nodes the FULFILLMENT key is bound to (or one of them with `node`), in node then SKU order.",
          security: FULFILLMENT_KEY,
          parameters: [
            { name: "node", in: "query", description: "Node code; must be one of the key's.", schema: { type: "string" } },
            { name: "sku", in: "query", description: "SKU code (any letter case) or barcode.", schema: { type: "string" } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: POSITION_FIGURES_MAX_LIMIT, default: 100 } },
            { name: "cursor", in: "query", description: "`nextCursor` of the previous page.", schema: { type: "string" } },
          ],
          responses: {
            "200": json(ref("InventoryPage"), "One page."),
            "401": authErrors["401"],
            "403": error("A channel's key, or a node this key is not bound to (or no such node)."),
            "422": error("Bad limit or cursor."),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          security: [],
          responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "A channel's API key (scope CHANNEL): `Authorization: Bearer <key>`." },
        fulfillmentKey: { type: "http", scheme: "bearer", description: "A warehouse or store system's API key (scope FULFILLMENT), bound to the nodes it reports for: `Authorization: Bearer <key>`." },
      },
      parameters: {
        IdempotencyKey: {
          name: IDEMPOTENCY_HEADER,
          in: "header",
          required: true,
          description: "Unique per attempt (e.g. a UUID); 1 to 200 printable ASCII characters. Reuse it on every retry of the same order or event.",
          schema: { type: "string", minLength: 1, maxLength: 200 },
        },
      },
      schemas,
    },
  };
}
