// The returns endpoints as commands: a channel authorises a return (RMA) of one of its orders, and
// the node that receives the units reports them. Both speak in SKUs, as a shop or a warehouse
// system does; this module maps each SKU to the order's lines (or the RMA's), runs the returns
// context's command exactly once per Idempotency-Key in one transaction, and answers the return
// as the API shows it. A refusal names the request's own fields (`lines.0.qty`).
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { assertStoreScope } from "@/lib/auth";
import { withTx, type Tx } from "@/lib/db";
import { DomainError, fieldIssue, ForbiddenError, issueFor, NotFoundError, RuleViolation, ValidationError, type ErrorIssue, type FieldIssues } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import {
  authoriseReturn,
  authoriseReturnSchema,
  getReturnableOrder,
  receiveReturn,
  receiveReturnSchema,
  RETURN_CONDITIONS,
  RETURN_METHODS,
  returnLineInputSchema,
  type AuthoriseReturnInput,
  type ReceiveReturnInput,
} from "@/lib/returns";
import type { ChannelActor } from "./channel-auth";
import type { FulfillmentActor } from "./fulfillment-auth";
import { requestHash, runIdempotent } from "./idempotency";
import { getApiReturn, type ApiReturn } from "./returns-view";

const units = z.number().int().min(1).max(10_000);
const sku = z.string().trim().min(1).max(64).describe("SKU code (any letter case).");

/** POST /api/v1/orders/{number}/returns: how the units come back, and which units of which SKU, why. Unknown fields are refused. */
export const channelReturnSchema = z.strictObject({
  method: z.enum(RETURN_METHODS).describe("MAIL: sent back by post to a DC; STORE: brought to a store's counter."),
  lines: z
    .array(
      z.strictObject({
        sku,
        qty: units,
        reason: returnLineInputSchema.shape.reason.describe("The buyer's reason, one of the returns policy's reasons (e.g. SIZE_TOO_SMALL, DAMAGED, CHANGED_MIND)."),
      }),
    )
    .min(1, "API_RETURN_LINES_REQUIRED")
    .max(100)
    .describe("Units per SKU. A SKU on several order lines fills the first line's returnable units, then the next."),
});
export type ChannelReturnRequest = z.output<typeof channelReturnSchema>;

/** POST /api/v1/returns/{number}/receipts: the receiving node and what it found, per SKU. Unknown fields are refused. */
export const returnReceiptSchema = z.strictObject({
  node: z.string().trim().min(1, "API_RECEIVING_NODE_REQUIRED").max(40).describe("Code of the receiving node; the key must be bound to it."),
  lines: z
    .array(
      z.strictObject({
        sku,
        qty: units,
        condition: z.enum(RETURN_CONDITIONS).describe("What the node found."),
      }),
    )
    .min(1, "API_RECEIPT_LINES_REQUIRED")
    .max(100)
    .describe("Units received per SKU. A SKU on several lines of the return fills the first line's expected units, then the next."),
});
export type ReturnReceiptRequest = z.output<typeof returnReceiptSchema>;

/** Every problem of the body at once, by field; a field the endpoint does not know is named as such. */
function parseStrict<S extends z.ZodType>(schema: S, body: Record<string, unknown>): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const fields: FieldIssues = {};
  for (const issue of parsed.error.issues) {
    const at = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...at, key].join(".")] ??= fieldIssue("UNKNOWN_FIELD");
    } else {
      fields[at.join(".") || "_"] ??= issueFor(issue);
    }
  }
  throw new ValidationError(fields);
}

export const parseChannelReturn = (body: Record<string, unknown>): ChannelReturnRequest => parseStrict(channelReturnSchema, body);
export const parseReturnReceipt = (body: Record<string, unknown>): ReturnReceiptRequest => parseStrict(returnReceiptSchema, body);

/** A command line made of units of one request line (`index`). */
interface Part<T> {
  index: number;
  line: T;
  qty: number;
}

/**
 * Spreads each request line's units over the candidate lines holding its SKU, in order: each takes
 * what it still has `room` for; units beyond every line's room go to the last line that took some
 * (or the first candidate), so that the command refuses them with its own reason. A SKU with no
 * candidate is reported for every request line at once.
 */
function spreadOverLines<T extends { id: string }>(
  requested: Array<{ sku: string }>,
  candidates: (sku: string) => T[],
  room: (line: T) => number,
  notFound: (sku: string) => ErrorIssue,
  qtyOf: (index: number) => number,
): Array<Part<T>> {
  const fields: FieldIssues = {};
  const taken = new Map<string, number>();
  const parts: Array<Part<T>> = [];
  requested.forEach(({ sku: code }, index) => {
    const lines = candidates(code);
    if (!lines.length) {
      fields[`lines.${index}.sku`] = notFound(code);
      return;
    }
    let left = qtyOf(index);
    let last: Part<T> | null = null;
    for (const line of lines) {
      const take = Math.min(left, Math.max(0, room(line) - (taken.get(line.id) ?? 0)));
      if (take <= 0) continue;
      last = { index, line, qty: take };
      parts.push(last);
      taken.set(line.id, (taken.get(line.id) ?? 0) + take);
      left -= take;
      if (!left) break;
    }
    if (left > 0) {
      if (last) last.qty += left;
      else parts.push({ index, line: lines[0], qty: left });
    }
  });
  if (Object.keys(fields).length) throw new ValidationError(fields);
  return parts;
}

/**
 * Runs a command whose input lines are `parts`; a refusal comes back with its fields renamed to the
 * request's: `lines.K.orderLineId` is the request's `lines.N.sku`, `lines.K.qty` its `lines.N.qty`.
 */
async function withRequestFields<T>(parts: Array<{ index: number }>, rename: Record<string, string>, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof DomainError) || !e.fields) throw e;
    const fields: FieldIssues = {};
    for (const [key, issue] of Object.entries(e.fields)) {
      const m = /^lines\.(\d+)(?:\.(\w+))?$/.exec(key);
      const part = m ? parts[Number(m[1])] : undefined;
      const name = part ? `lines.${part.index}${m![2] ? `.${rename[m![2]] ?? m![2]}` : ""}` : (rename[key] ?? key);
      // Several command lines may come from one request line: the first problem is reported.
      fields[name] ??= issue;
    }
    if (e instanceof ValidationError) throw new ValidationError(fields, e.code, e.params);
    if (e instanceof RuleViolation) throw new RuleViolation(e.code, e.params, fields);
    throw e;
  }
}

const toJson = (view: ApiReturn) => view as unknown as Prisma.InputJsonValue;

async function answer(tx: Tx, returnId: string): Promise<ApiReturn> {
  const view = await getApiReturn(tx, { id: returnId });
  if (!view) throw new Error(`Return ${returnId} vanished.`);
  return view;
}

export interface ReturnAnswer {
  status: number;
  ret: ApiReturn;
  replayed: boolean;
}

/**
 * Authorises a return of one of the channel's orders, once per (API key, Idempotency-Key). Another
 * channel's order is 404, like an unknown number. The returns policy decides what may come back;
 * its refusals are 422 with the request's fields. A refusal rolls everything back, the key's claim
 * included.
 */
export async function authoriseChannelReturn(
  actor: ChannelActor,
  input: { orderNumber: string; idempotencyKey: string; request: ChannelReturnRequest },
  options: { now?: Date } = {},
): Promise<ReturnAnswer> {
  const hash = requestHash({ orderNumber: input.orderNumber, return: input.request });
  const result = await withTx((tx) =>
    runIdempotent(tx, { apiKeyId: actor.id, key: input.idempotencyKey, requestHash: hash }, async () => {
      const notFound = new NotFoundError("order", input.orderNumber);
      const order = await tx.order.findUnique({ where: { number: input.orderNumber }, select: { id: true, channel: true } });
      if (!order || order.channel !== actor.channel) throw notFound;
      // Locked before the lines are read, so that the units spread over them are the ones the command sees.
      await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${order.id} FOR UPDATE`;
      const returnable = await getReturnableOrder(tx, actor, { orderId: order.id }, options);
      if (!returnable) throw notFound;
      const lines = [...returnable.lines].sort((a, b) => a.lineNo - b.lineNo).map((l) => ({ ...l, id: l.orderLineId }));
      const spread = spreadOverLines(
        input.request.lines,
        (code) => lines.filter((l) => l.sku.code.toUpperCase() === code.toUpperCase()),
        (l) => l.returnableQty,
        (code) => fieldIssue("API_SKU_NOT_ON_ORDER", { sku: code, number: input.orderNumber }),
        (i) => input.request.lines[i].qty,
      );
      // Units of one order line for one reason are one line of the return.
      const parts: Array<{ index: number; orderLineId: string; qty: number; reason: string }> = [];
      for (const p of spread) {
        const reason = input.request.lines[p.index].reason;
        const same = parts.find((x) => x.orderLineId === p.line.orderLineId && x.reason === reason);
        if (same) same.qty += p.qty;
        else parts.push({ index: p.index, orderLineId: p.line.orderLineId, qty: p.qty, reason });
      }
      const command: AuthoriseReturnInput = {
        orderId: order.id,
        method: input.request.method,
        lines: parts.map(({ orderLineId, qty, reason }) => ({ orderLineId, qty, reason })),
      };
      const created = await withRequestFields(parts, { orderLineId: "sku", orderId: "_" }, () => authoriseReturn(tx, actor, parseInput(authoriseReturnSchema, command), options));
      return { status: 201, body: toJson(await answer(tx, created.returnId)), orderId: order.id };
    }),
  );
  return { status: result.status, ret: result.body as unknown as ApiReturn, replayed: result.replayed };
}

/**
 * Receives units of a return at a node, once per (API key, Idempotency-Key). The key must be bound
 * to the node (else 403, whether or not the return exists); the returns context restocks, sends to
 * a DC or disposes of the units and refunds per policy.
 */
export async function receiveReturnAtNode(
  actor: FulfillmentActor,
  input: { returnNumber: string; idempotencyKey: string; receipt: ReturnReceiptRequest },
  options: { now?: Date } = {},
): Promise<ReturnAnswer> {
  const hash = requestHash({ returnNumber: input.returnNumber, receipt: input.receipt });
  const result = await withTx((tx) =>
    runIdempotent(tx, { apiKeyId: actor.id, key: input.idempotencyKey, requestHash: hash }, async () => {
      const node = await tx.node.findUnique({ where: { code: input.receipt.node }, select: { id: true } });
      if (!node) throw new ForbiddenError("NOT_YOUR_NODE");
      assertStoreScope(actor, node.id);
      const rma = await tx.return.findUnique({
        where: { number: input.returnNumber },
        select: {
          id: true,
          orderId: true,
          lines: {
            orderBy: [{ orderLine: { lineNo: "asc" } }, { id: "asc" }],
            select: { id: true, orderLineId: true, qty: true, receivedQty: true, orderLine: { select: { sku: { select: { code: true } } } } },
          },
        },
      });
      if (!rma) throw new NotFoundError("return", input.returnNumber);
      const spread = spreadOverLines(
        input.receipt.lines,
        (code) => rma.lines.filter((l) => l.orderLine.sku.code.toUpperCase() === code.toUpperCase()),
        (l) => l.qty - l.receivedQty,
        (code) => fieldIssue("API_SKU_NOT_ON_RETURN", { sku: code, number: input.returnNumber }),
        (i) => input.receipt.lines[i].qty,
      );
      // The command receives by order line: units of one order line in one condition are one receipt line.
      const parts: Array<{ index: number; orderLineId: string; qty: number; condition: ReturnReceiptRequest["lines"][number]["condition"] }> = [];
      for (const p of spread) {
        const condition = input.receipt.lines[p.index].condition;
        const same = parts.find((x) => x.orderLineId === p.line.orderLineId && x.condition === condition);
        if (same) same.qty += p.qty;
        else parts.push({ index: p.index, orderLineId: p.line.orderLineId, qty: p.qty, condition });
      }
      const command: ReceiveReturnInput = {
        returnId: rma.id,
        nodeId: node.id,
        lines: parts.map(({ orderLineId, qty, condition }) => ({ orderLineId, qty, condition })),
      };
      const received = await withRequestFields(parts, { orderLineId: "sku", nodeId: "node", returnId: "_" }, () => receiveReturn(tx, actor, parseInput(receiveReturnSchema, command), options));
      return { status: 200, body: toJson(await answer(tx, received.returnId)), orderId: rma.orderId };
    }),
  );
  return { status: result.status, ret: result.body as unknown as ApiReturn, replayed: result.replayed };
}
