// One return (RMA) as its page shows it: the order it belongs to, each line with what was received,
// its condition and where the units went, the fees and refunds, the exchange order, the ledger rows
// that moved money for it, its events from the order's timeline and the DCs a mail return can be
// received at.
import { z } from "zod";
import type { ReturnStatus } from "@/generated/prisma/enums";
import { assertStoreScope, authorize, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";

export const getReturnSchema = z.object({ number: z.string().trim().min(1).max(64) });
export type GetReturnInput = z.input<typeof getReturnSchema>;

const nodeRef = { select: { id: true, code: true, name: true, type: true, timeZone: true } } as const;

async function loadReturn(db: Db | Tx, number: string) {
  return db.return.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      status: true,
      method: true,
      reason: true,
      expectedRefundMinor: true,
      refundMinor: true,
      restockingFeeMinor: true,
      returnShippingMinor: true,
      shippingRefundMinor: true,
      refundedEarlyReason: true,
      exchangeDifferenceMinor: true,
      createdBy: true,
      requestedAt: true,
      receivedAt: true,
      refundedAt: true,
      version: true,
      receivingNode: nodeRef,
      exchangeOrder: { select: { id: true, number: true, status: true, totalMinor: true } },
      order: {
        select: {
          id: true,
          number: true,
          channel: true,
          status: true,
          email: true,
          currency: true,
          placedAt: true,
          version: true,
          customer: { select: { id: true, number: true, firstName: true, lastName: true } },
        },
      },
      lines: {
        orderBy: [{ orderLine: { lineNo: "asc" } }, { id: "asc" }],
        select: {
          id: true,
          orderLineId: true,
          qty: true,
          receivedQty: true,
          reason: true,
          condition: true,
          proposedDisposition: true,
          disposition: true,
          overrideReason: true,
          valueMinor: true,
          routedToNode: { select: { id: true, code: true, name: true, type: true } },
          exchangeSku: { select: { code: true, name: true } },
          orderLine: { select: { lineNo: true, unitPriceMinor: true, sku: { select: { code: true, name: true } } } },
        },
      },
      payments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, type: true, amountMinor: true, currency: true, method: true, provider: true, reference: true, note: true, createdAt: true },
      },
    },
  });
}

/** The RMA with this number, or null when there is none. A store associate may open only their store's returns. */
export async function getReturn(db: Db | Tx, actor: Actor, rawInput: GetReturnInput) {
  authorize(actor, "return.view");
  const input = parseInput(getReturnSchema, rawInput);
  const found = await loadReturn(db, input.number.toUpperCase());
  if (!found) return null;
  if (actor.kind === "user" && actor.role === "STORE_ASSOCIATE") assertStoreScope(actor, found.receivingNode?.id);
  const events = await db.orderEvent.findMany({
    where: { orderId: found.order.id, data: { path: ["return"], equals: found.number } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, type: true, actorType: true, actorName: true, reason: true, data: true, createdAt: true },
  });
  // A mail return is received at a DC: the one already named, or any active DC when none is yet.
  const receivingDcs =
    found.method === "MAIL"
      ? found.receivingNode?.type === "DC"
        ? [{ id: found.receivingNode.id, code: found.receivingNode.code, name: found.receivingNode.name }]
        : await db.node.findMany({ where: { type: "DC", active: true }, orderBy: { code: "asc" }, select: { id: true, code: true, name: true } })
      : [];
  const { method, status, ...rest } = found;
  return {
    ...rest,
    status: status as ReturnStatus,
    method: (method === "IN_STORE" ? "STORE" : "MAIL") as "MAIL" | "STORE",
    units: found.lines.reduce((s, l) => s + l.qty, 0),
    receivedUnits: found.lines.reduce((s, l) => s + l.receivedQty, 0),
    events,
    receivingDcs,
  };
}

export type ReturnDetail = NonNullable<Awaited<ReturnType<typeof getReturn>>>;
