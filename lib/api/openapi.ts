// The channel API's OpenAPI 3.1 document, served at /api/v1/openapi.json. Request bodies are
// generated from the same zod schemas that validate them (z.toJSONSchema, input side), so the
// document cannot drift from the validation; answers are written out by hand from the query types.
import { z } from "zod";
import { Channel, LineStatus, OrderStatus } from "@/generated/prisma/enums";
import { PRODUCTS_DEFAULT_LIMIT, PRODUCTS_MAX_LIMIT } from "@/lib/catalog";
import { deliveryOptionsSchema } from "@/lib/orders/queries/delivery-options";
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from "./idempotency";
import { channelOrderSchema } from "./place-order";
import { MAX_BODY_BYTES } from "./request";

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
    description: "Every refusal. `code` is stable and machine-readable; `fields` lists each problem by its path in the request (`lines.0.qty`), `_` for the body as a whole.",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: str("e.g. UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, VALIDATION_FAILED, IDEMPOTENCY_KEY_REQUIRED, IDEMPOTENCY_KEY_INVALID, IDEMPOTENCY_KEY_REUSED, MALFORMED_JSON, EMPTY_BODY, UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE, ADDRESS_NOT_SERVED"),
          message: str("For a human reading logs; do not parse it."),
          fields: { type: "object", additionalProperties: { type: "string" } },
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
  Order: {
    type: "object",
    required: ["number", "status", "channel", "lines", "totalMinor", "currency"],
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
};

const authErrors = {
  "401": error("Missing, unknown or revoked API key."),
  "403": error("The key may not use this endpoint."),
};
const bodyErrors = {
  "400": error("Empty or malformed JSON body (EMPTY_BODY, MALFORMED_JSON)."),
  "413": error(`Body larger than ${MAX_BODY_BYTES / 1024} KB (PAYLOAD_TOO_LARGE).`),
  "415": error("Content-Type is not JSON (UNSUPPORTED_MEDIA_TYPE)."),
  "422": error("The body is not a JSON object, or has invalid fields (VALIDATION_FAILED; `fields` lists each problem)."),
};
const jsonBody = (name: string) => ({ required: true, content: { "application/json": { schema: ref(name) } } });

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "Omnichannel OMS channel API",
      version: "1.0.0",
      description:
        "For channel systems (web shop, mobile app, marketplace connectors, POS): place and read orders, check availability and delivery dates, sync the catalogue and the store network. Each API key belongs to one channel. Errors are always `{ error: { code, message, fields? } }` with a 4xx status. See docs/api.md.",
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
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "The channel's API key: `Authorization: Bearer <key>`." } },
      parameters: {
        IdempotencyKey: {
          name: IDEMPOTENCY_HEADER,
          in: "header",
          required: true,
          description: "Unique per order attempt (e.g. a UUID); 1 to 200 printable ASCII characters. Reuse it on every retry of the same order.",
          schema: { type: "string", minLength: 1, maxLength: 200 },
        },
      },
      schemas,
    },
  };
}
