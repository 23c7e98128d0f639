// zod schemas of the engine's inputs, for the edges (CLI, API): they reject what the engine would
// otherwise throw on or silently misread, with a path to the offending field.

import { z } from "zod";

const id = z.string().min(1);
const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);
const money = z.number().min(0);

export const geoPointSchema = z.object({ lat: latitude, lng: longitude });

export const nodeSchema = z.object({
  id,
  type: z.enum(["DC", "STORE"]),
  lat: latitude,
  lng: longitude,
  canShip: z.boolean(),
  canPickup: z.boolean(),
  // Negative capacity or stock can come out of a snapshot (over-reservation); both count as 0.
  capacityLeft: z.int(),
});

export const stockRowSchema = z.object({ node: id, sku: id, available: z.int() });

export const orderLineSchema = z.object({
  id,
  sku: id,
  qty: z.int().positive(),
  mode: z.enum(["SHIP", "PICKUP"]),
  pickupNode: id.optional(),
});

export const costModelSchema = z.object({
  perShipment: money,
  perKm: money,
  handlingPerUnit: z.object({ DC: money, STORE: money }),
  unfilledPerUnit: money,
  perShipmentByNode: z.record(id, z.number()).optional(),
  // EUR per unit added to the handling of a SKU at a node (node id -> SKU -> price); never negative.
  shadowPrices: z.record(id, z.record(id, money)).optional(),
});

export const sourcingInstanceSchema = z
  .object({
    order: z.object({ id, destination: geoPointSchema, lines: z.array(orderLineSchema).min(1) }),
    nodes: z.array(nodeSchema),
    stock: z.array(stockRowSchema),
    costs: costModelSchema,
    rules: z.object({
      maxShipments: z.int().min(0),
      shipFromStoreMaxKm: z.number().min(0),
      excludedNodes: z.array(id).default([]),
    }),
  })
  .superRefine((instance, ctx) => {
    const nodeIds = new Set<string>();
    instance.nodes.forEach((node, i) => {
      if (nodeIds.has(node.id)) ctx.addIssue({ code: "custom", path: ["nodes", i, "id"], message: `duplicate node id ${node.id}` });
      nodeIds.add(node.id);
    });
    const lineIds = new Set<string>();
    instance.order.lines.forEach((line, i) => {
      const path = ["order", "lines", i];
      if (lineIds.has(line.id)) ctx.addIssue({ code: "custom", path: [...path, "id"], message: `duplicate line id ${line.id}` });
      lineIds.add(line.id);
      if (line.mode === "PICKUP" && !line.pickupNode) {
        ctx.addIssue({ code: "custom", path: [...path, "pickupNode"], message: "a PICKUP line needs a pickupNode" });
      } else if (line.mode === "PICKUP" && !nodeIds.has(line.pickupNode!)) {
        ctx.addIssue({ code: "custom", path: [...path, "pickupNode"], message: `unknown node ${line.pickupNode}` });
      }
    });
    const rows = new Set<string>();
    instance.stock.forEach((row, i) => {
      const key = `${row.node}\u0000${row.sku}`;
      if (rows.has(key)) {
        ctx.addIssue({ code: "custom", path: ["stock", i], message: `duplicate stock row for ${row.node}/${row.sku}` });
      }
      rows.add(key);
    });
  });

export const returnInstanceSchema = z
  .object({
    item: z.object({ sku: id, qty: z.int().positive(), condition: z.enum(["SELLABLE", "DAMAGED"]).optional() }),
    receivedAt: id.optional(),
    origin: geoPointSchema.optional(),
    nodes: z.array(nodeSchema),
    stock: z.array(stockRowSchema),
    targets: z.array(z.object({ node: id, sku: id, target: z.int().min(0) })),
    costs: z.object({ perShipment: money, perKm: money }).optional(),
    rules: z.object({ excludedNodes: z.array(id).default([]) }).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.receivedAt === undefined && input.origin === undefined) {
      ctx.addIssue({ code: "custom", path: ["origin"], message: "a mail return (no receivedAt) needs an origin" });
    }
    if (input.receivedAt !== undefined && !input.nodes.some((n) => n.id === input.receivedAt)) {
      ctx.addIssue({ code: "custom", path: ["receivedAt"], message: `unknown node ${input.receivedAt}` });
    }
  });

/** One line per problem, "path: message", for CLI and API error bodies (never a stack trace). */
export function formatSchemaError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.map(String).join(".") : "(root)"}: ${issue.message}`)
    .join("\n");
}
