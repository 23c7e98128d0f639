// The OpenAPI document describes the API that exists: every v1 route file and method is in it,
// every operation says what success and refusal look like, and every $ref resolves.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import { openApiDocument } from "./openapi";

const V1 = join(process.cwd(), "app", "api", "v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

/** `app/api/v1/orders/[number]/route.ts` -> `/api/v1/orders/{number}`; the catch-all is not an endpoint. */
function endpoints(): Array<{ path: string; methods: string[] }> {
  return routeFiles(V1)
    .map((file) => {
      const segments = relative(V1, file).split(sep).slice(0, -1);
      if (segments.some((s) => s.startsWith("[..."))) return null;
      const path = ["/api/v1", ...segments.map((s) => s.replace(/^\[(.+)\]$/, "{$1}"))].join("/");
      const source = readFileSync(file, "utf8");
      const methods = [...source.matchAll(/export (?:const|(?:async )?function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1].toLowerCase());
      return { path, methods };
    })
    .filter((e): e is { path: string; methods: string[] } => e !== null);
}

type Operation = { responses: Record<string, unknown>; security?: unknown[]; parameters?: unknown[] };

describe("the OpenAPI document", () => {
  const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, Operation>>; components: Record<string, Record<string, unknown>>; security: unknown[] };

  it("is OpenAPI 3.1 with the bearer scheme as the default security", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearerAuth).toEqual(expect.objectContaining({ type: "http", scheme: "bearer" }));
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
  });

  it("lists every route file under app/api/v1 with each method it exports", () => {
    const found = endpoints();
    expect(found.map((e) => e.path).sort()).toEqual([
      "/api/v1/availability",
      "/api/v1/fulfillments",
      "/api/v1/fulfillments/{id}/events",
      "/api/v1/inbound/{reference}/receipts",
      "/api/v1/inventory",
      "/api/v1/nodes",
      "/api/v1/openapi.json",
      "/api/v1/orders",
      "/api/v1/orders/{number}",
      "/api/v1/orders/{number}/returns",
      "/api/v1/products",
      "/api/v1/returns/{number}",
      "/api/v1/returns/{number}/receipts",
    ]);
    for (const e of found) {
      expect(doc.paths, e.path).toHaveProperty([e.path]);
      expect(Object.keys(doc.paths[e.path]).sort(), e.path).toEqual([...e.methods].sort());
    }
    expect(Object.keys(doc.paths).sort()).toEqual(found.map((e) => e.path).sort());
  });

  it("gives every operation a 2xx answer, and every authenticated one 401 and the error body", () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const codes = Object.keys(op.responses);
        expect(codes.some((c) => c.startsWith("2")), `${method} ${path}`).toBe(true);
        if (op.security?.length === 0) continue;
        expect(codes, `${method} ${path}`).toContain("401");
        for (const c of codes.filter((c) => c.startsWith("4"))) {
          expect(op.responses[c], `${method} ${path} ${c}`).toMatchObject({ content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
        }
      }
    }
  });

  it("requires the Idempotency-Key header on order creation and documents the refusals", () => {
    const create = doc.paths["/api/v1/orders"].post;
    expect(create.parameters).toEqual([{ $ref: "#/components/parameters/IdempotencyKey" }]);
    expect(doc.components.parameters.IdempotencyKey).toMatchObject({ name: "Idempotency-Key", in: "header", required: true });
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(["201", "400", "401", "409", "413", "415", "422"]));
  });

  it("documents the fulfilment endpoints: the fulfilment key, idempotent events, every event type and the 409 with the current status", () => {
    const list = doc.paths["/api/v1/fulfillments"].get;
    const events = doc.paths["/api/v1/fulfillments/{id}/events"].post as Operation & { description: string };
    expect(doc.components.securitySchemes.fulfillmentKey).toEqual(expect.objectContaining({ type: "http", scheme: "bearer" }));
    for (const op of [list, events]) expect(op.security).toEqual([{ fulfillmentKey: [] }]);
    expect(list.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: "node", in: "query", required: true })]));
    expect(events.parameters).toEqual(expect.arrayContaining([{ $ref: "#/components/parameters/IdempotencyKey" }]));
    expect(Object.keys(events.responses)).toEqual(expect.arrayContaining(["200", "400", "401", "403", "404", "409", "422"]));

    const input = doc.components.schemas.FulfillmentEventInput as { required: string[]; properties: Record<string, { enum?: string[] }>; allOf: unknown[] };
    const types = ["PICKED", "SHORT_PICKED", "PACKED", "SHIPPED", "RECEIVED_AT_STORE", "READY_FOR_PICKUP", "PICKED_UP", "DELIVERED"];
    expect(input.required).toEqual(["type"]);
    expect(input.properties.type.enum).toEqual(types);
    expect(input.properties.reason.enum).toEqual(["NOT_FOUND", "DAMAGED"]);
    expect(input.allOf).toContainEqual({ if: { properties: { type: { const: "SHIPPED" } } }, then: { required: ["carrier", "trackingNumber"] } });
    for (const type of types) expect(events.description).toContain(`| \`${type}\` |`);

    const errorFields = (doc.components.schemas.Error as { properties: { error: { properties: Record<string, unknown> } } }).properties.error.properties;
    expect(errorFields.currentStatus).toMatchObject({ type: "string", enum: expect.arrayContaining(["RELEASED", "PICKING", "SHIPPED"]) });
  });

  it("documents the returns endpoints: channel and fulfilment keys, idempotency, every refusal, strict bodies and examples", () => {
    const create = doc.paths["/api/v1/orders/{number}/returns"].post as Operation & { requestBody: { content: Record<string, { examples: Record<string, unknown> }> } };
    const receive = doc.paths["/api/v1/returns/{number}/receipts"].post as Operation & { requestBody: { content: Record<string, { examples: Record<string, unknown> }> } };
    expect(create.security).toBeUndefined();
    expect(receive.security).toEqual([{ fulfillmentKey: [] }]);
    for (const op of [create, receive]) {
      expect(op.parameters).toEqual(expect.arrayContaining([{ $ref: "#/components/parameters/IdempotencyKey" }, expect.objectContaining({ name: "number", in: "path", required: true })]));
      expect(Object.keys(op.requestBody.content["application/json"].examples).length).toBeGreaterThan(0);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["400", "401", "403", "404", "409", "413", "415", "422"]));
    }
    expect(Object.keys(create.responses)).toContain("201");
    expect(Object.keys(receive.responses)).toContain("200");

    const input = doc.components.schemas.ReturnInput as { required: string[]; additionalProperties: boolean; properties: Record<string, { enum?: string[]; items?: { required: string[]; additionalProperties: boolean } }> };
    expect(input.required).toEqual(["method", "lines"]);
    expect(input.additionalProperties).toBe(false);
    expect(input.properties.method.enum).toEqual(["MAIL", "STORE"]);
    expect(input.properties.lines.items).toMatchObject({ required: ["sku", "qty", "reason"], additionalProperties: false });
    const receipt = doc.components.schemas.ReturnReceiptInput as { required: string[]; properties: Record<string, { items?: { properties: Record<string, { enum?: string[] }> } }> };
    expect(receipt.required).toEqual(["node", "lines"]);
    expect(receipt.properties.lines.items?.properties.condition.enum).toEqual(["RESELLABLE", "DAMAGED", "WRONG_ITEM"]);
    expect(doc.components.schemas.Return).toMatchObject({ required: expect.arrayContaining(["number", "status", "lines", "expectedRefundMinor", "refundedMinor", "refunds"]) });
  });

  it("documents the order's fulfilments and payment totals", () => {
    const order = doc.components.schemas.Order as { required: string[]; properties: Record<string, unknown> };
    expect(order.required).toEqual(expect.arrayContaining(["fulfillments", "returns", "payments"]));
    expect(order.properties.returns).toMatchObject({ type: "array", items: { $ref: "#/components/schemas/OrderReturn" } });
    expect(order.properties.fulfillments).toMatchObject({ type: "array", items: { $ref: "#/components/schemas/OrderFulfillment" } });
    expect(doc.components.schemas.PaymentTotals).toMatchObject({ required: ["authorisedMinor", "authorizedMinor", "capturedMinor", "refundedMinor", "balanceMinor", "method", "entries"] });
    expect(doc.components.schemas.OrderFulfillment).toMatchObject({ properties: { pickupCode: { type: ["string", "null"] }, destination: { type: "string" } } });
  });

  it("generates request schemas from the validation schemas, without agent-only fields", () => {
    const input = doc.components.schemas.OrderInput as { properties: Record<string, { properties?: Record<string, unknown> }>; required: string[] };
    expect(input.required).toEqual(["channel", "customer", "lines"]);
    expect(input.properties).not.toHaveProperty("customerId");
    expect(input.properties.lines).toMatchObject({ type: "array", minItems: 1, items: { properties: { qty: { type: "integer", minimum: 1 }, mode: { enum: ["SHIP", "PICKUP"] } } } });
    expect(input.properties.channel).toMatchObject({ enum: ["WEB", "MOBILE", "CALL_CENTER", "STORE", "MARKETPLACE"] });
    expect(doc.components.schemas.AvailabilityInput).toMatchObject({ required: ["lines"], properties: { pickupStore: { type: "string" } } });
  });

  it("describes the error body: the code and its parameters, and per field the English text and the code", () => {
    const body = (doc.components.schemas.Error as { properties: { error: { required: string[]; properties: Record<string, Record<string, unknown>> } } }).properties.error;
    expect(body.required).toEqual(["code", "message"]);
    expect(body.properties.params).toMatchObject({ type: "object" });
    expect(body.properties.fields).toMatchObject({ type: "object", additionalProperties: { type: "string" } });
    expect(body.properties.fieldCodes).toMatchObject({ type: "object", additionalProperties: { type: "object", required: ["code"], properties: { code: { type: "string" }, params: { type: "object" } } } });
  });

  it("has no dangling $ref", () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, section, name] of refs) expect(doc.components[section], `${section}/${name}`).toHaveProperty([name]);
  });

  it("is served at /api/v1/openapi.json without a key", async () => {
    const res = GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
