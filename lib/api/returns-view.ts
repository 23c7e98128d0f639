// A return (RMA) as the API shows it to the channel that sold the order and to the node that
// receives the units: each line by SKU with what was received and in which condition, what the
// buyer is expected to get back and what the payment ledger has refunded for it so far.
import type { Prisma } from "@/generated/prisma/client";
import { getDb, type Db, type Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export interface ApiReturnLine {
  /** The order line the units come from. */
  lineNo: number;
  sku: string;
  qty: number;
  reason: string;
  /** Units received back so far (a return may arrive in parts). */
  receivedQty: number;
  /** What the receiving node found: RESELLABLE, DAMAGED or WRONG_ITEM; null until received. */
  condition: string | null;
  /** Where the received units went: RESTOCK, SEND_TO_DC or DISPOSE; null until received. */
  disposition: string | null;
  /** The SKU sent instead of a refund (an exchange). */
  exchangeSku: string | null;
}

export interface ApiRefund {
  amountMinor: number;
  method: string;
  reference: string | null;
  createdAt: string;
}

export interface ApiReturn {
  number: string;
  orderNumber: string;
  status: string;
  method: "MAIL" | "STORE";
  lines: ApiReturnLine[];
  currency: string;
  /** What the policy says the buyer gets back for the authorised units, fees deducted. */
  expectedRefundMinor: number;
  restockingFeeMinor: number;
  returnShippingMinor: number;
  shippingRefundMinor: number;
  /** Refunded so far for this return, from the payment ledger. */
  refundedMinor: number;
  refunds: ApiRefund[];
  /** The replacement order of an exchange. */
  exchangeOrder: string | null;
  /** The node that received the units. */
  receivingNode: string | null;
  requestedAt: string;
  receivedAt: string | null;
  refundedAt: string | null;
  version: number;
}

const API_RETURN_SELECT = {
  number: true,
  status: true,
  method: true,
  expectedRefundMinor: true,
  restockingFeeMinor: true,
  returnShippingMinor: true,
  shippingRefundMinor: true,
  requestedAt: true,
  receivedAt: true,
  refundedAt: true,
  version: true,
  order: { select: { number: true, currency: true } },
  exchangeOrder: { select: { number: true } },
  receivingNode: { select: { code: true } },
  lines: {
    orderBy: [{ orderLine: { lineNo: "asc" } }, { id: "asc" }],
    select: {
      qty: true,
      reason: true,
      receivedQty: true,
      condition: true,
      disposition: true,
      exchangeSku: { select: { code: true } },
      orderLine: { select: { lineNo: true, sku: { select: { code: true } } } },
    },
  },
  payments: {
    where: { type: "REFUND" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { amountMinor: true, method: true, reference: true, createdAt: true },
  },
} satisfies Prisma.ReturnSelect;

/** The database says IN_STORE; the API and the screens say STORE. */
export const apiReturnMethod = (method: string): "MAIL" | "STORE" => (method === "IN_STORE" ? "STORE" : "MAIL");

/** The return with this id or number, or null. */
export async function getApiReturn(db: Db | Tx, where: { id: string } | { number: string }): Promise<ApiReturn | null> {
  const r = await db.return.findUnique({ where, select: API_RETURN_SELECT });
  if (!r) return null;
  return {
    number: r.number,
    orderNumber: r.order.number,
    status: r.status,
    method: apiReturnMethod(r.method),
    lines: r.lines.map((l) => ({
      lineNo: l.orderLine.lineNo,
      sku: l.orderLine.sku.code,
      qty: l.qty,
      reason: l.reason,
      receivedQty: l.receivedQty,
      condition: l.condition,
      disposition: l.disposition,
      exchangeSku: l.exchangeSku?.code ?? null,
    })),
    currency: r.order.currency,
    expectedRefundMinor: r.expectedRefundMinor,
    restockingFeeMinor: r.restockingFeeMinor,
    returnShippingMinor: r.returnShippingMinor,
    shippingRefundMinor: r.shippingRefundMinor,
    refundedMinor: r.payments.reduce((a, p) => a + p.amountMinor, 0),
    refunds: r.payments.map((p) => ({ amountMinor: p.amountMinor, method: p.method, reference: p.reference, createdAt: p.createdAt.toISOString() })),
    exchangeOrder: r.exchangeOrder?.number ?? null,
    receivingNode: r.receivingNode?.code ?? null,
    requestedAt: r.requestedAt.toISOString(),
    receivedAt: r.receivedAt?.toISOString() ?? null,
    refundedAt: r.refundedAt?.toISOString() ?? null,
    version: r.version,
  };
}

const RETURN_NUMBER = /^[A-Za-z0-9-]{1,40}$/;

/** A return as its channel sees it: an unknown return and another channel's are the same 404. */
export async function getChannelReturn(actor: { channel: string }, number: string): Promise<ApiReturn> {
  const db = await getDb();
  const found = RETURN_NUMBER.test(number) ? await db.return.findUnique({ where: { number }, select: { id: true, order: { select: { channel: true } } } }) : null;
  if (!found || found.order.channel !== actor.channel) throw new NotFoundError("return", number.slice(0, 40));
  return (await getApiReturn(db, { id: found.id }))!;
}

/** Where a return can be read back (the Location of a 201). */
export const returnLocation = (number: string) => `/api/v1/returns/${encodeURIComponent(number)}`;
