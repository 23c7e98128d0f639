// The order as the channel API returns it (reference contract in issue 5 / docs/api.md): lines with
// their allocations (reserved or consumed units per node) and the units still backordered, the
// fulfilment orders that deliver them, the order's returns (RMAs), and the payment ledger with its
// totals. Two paths give the same answer: one SQL statement when the client has a runner (the
// channel API's hot path), Prisma inside a transaction.
import type { Prisma } from "@/generated/prisma/client";
import type { PaymentType } from "@/generated/prisma/enums";
import { epochMs, maybeSqlFor, type Db, type Sql, type Tx, type WithEpochMs } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ledgerTotals, type LedgerTotals } from "../payments";
import { showsPickupCode } from "../state-machine";

export interface ApiOrderLine {
  id: string;
  lineNo: number;
  sku: string;
  qty: number;
  cancelledQty: number;
  mode: "SHIP" | "PICKUP";
  pickupStore: string | null;
  status: string;
  unitPriceMinor: number;
  promisedDate: string | null;
  allocations: Array<{ node: string; qty: number }>;
  backorderedQty: number;
}

/** One part of the order: the units one node delivers to the customer or to a pickup store. */
export interface ApiOrderFulfillment {
  id: string;
  node: string;
  status: string;
  /** "customer" for a delivery, else the code of the pickup store. */
  destination: string;
  /** qty: units first asked of the node (short-picked ones included; they went to another node). */
  lines: Array<{ sku: string; qty: number; pickedQty: number; shortQty: number }>;
  carrier: string | null;
  trackingNumber: string | null;
  /** The code the buyer shows at the pickup counter: only once the part is ready (or collected). */
  pickupCode: string | null;
}

/** A return (RMA) of the order, as the channel follows it. */
export interface ApiOrderReturn {
  number: string;
  status: string;
  method: "MAIL" | "STORE";
  /** lineNo: the order line the units come from. */
  lines: Array<{ lineNo: number; sku: string; qty: number; receivedQty: number; reason: string }>;
  expectedRefundMinor: number;
  /** Refunded for this return so far, from the payment ledger. */
  refundedMinor: number;
  /** The replacement order of an exchange. */
  exchangeOrder: string | null;
}

/** One row of the payment ledger, oldest first. */
export interface ApiPaymentEntry {
  type: string;
  amountMinor: number;
  method: string;
  reference: string | null;
  /** The return a refund is for. */
  returnNumber: string | null;
  createdAt: string;
}

/** The payment ledger: its totals (authorised net of voids, captured, refunded, captured − refunded), the buyer's method and every entry. */
export interface ApiOrderPayments {
  authorisedMinor: number;
  /** The same figure as authorisedMinor, under the name the first version of the API used. */
  authorizedMinor: number;
  capturedMinor: number;
  refundedMinor: number;
  balanceMinor: number;
  /** How the buyer paid (the authorisation's method); null before any payment. */
  method: string | null;
  entries: ApiPaymentEntry[];
}

export interface ApiOrder {
  number: string;
  status: string;
  channel: string;
  placedAt: string;
  customer: { name: string; email: string };
  lines: ApiOrderLine[];
  subtotalMinor: number;
  discountMinor: number;
  shippingMinor: number;
  totalMinor: number;
  currency: string;
  promoCode: string | null;
  promisedDate: string | null;
  version: number;
  fulfillments: ApiOrderFulfillment[];
  returns: ApiOrderReturn[];
  payments: ApiOrderPayments;
}

/** Ledger rows as both paths read them. */
interface PaymentRow {
  type: PaymentType;
  amountMinor: number;
  method: string;
  reference: string | null;
  createdAt: Date;
  return: { number: string } | null;
}

function apiPayments(rows: PaymentRow[]): ApiOrderPayments {
  const totals: LedgerTotals = ledgerTotals(rows);
  const authorisation = rows.find((r) => r.type === "AUTHORIZATION") ?? rows[0];
  return {
    authorisedMinor: totals.authorizedMinor,
    authorizedMinor: totals.authorizedMinor,
    capturedMinor: totals.capturedMinor,
    refundedMinor: totals.refundedMinor,
    balanceMinor: totals.balanceMinor,
    method: authorisation?.method ?? null,
    entries: rows.map((r) => ({ type: r.type, amountMinor: r.amountMinor, method: r.method, reference: r.reference, returnNumber: r.return?.number ?? null, createdAt: r.createdAt.toISOString() })),
  };
}

/**
 * The buyer's name as it came with the order (recorded on its creation), not the customer record's:
 * a channel that sends an e-mail the OMS knows must not learn the name stored for it. Orders
 * recorded before the name was kept (and replacement orders, which have no posted name) show the
 * customer record's name.
 */
function nameGivenWith(o: Pick<ApiOrderRow, "customer" | "events">): string {
  const data = o.events[0]?.data;
  const given = data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>).customerName : undefined;
  return typeof given === "string" ? given : `${o.customer.firstName} ${o.customer.lastName}`.trim();
}

export async function getApiOrder(db: Db | Tx, where: { number: string } | { id: string }): Promise<ApiOrder> {
  const pool = maybeSqlFor(db);
  const o = pool ? await apiOrderRowSql(pool, where) : await db.order.findUnique({ where, select: API_ORDER_SELECT });
  if (!o) throw new NotFoundError("order", "number" in where ? where.number : where.id);
  return {
    number: o.number,
    status: o.status,
    channel: o.channel,
    placedAt: o.placedAt.toISOString(),
    customer: { name: nameGivenWith(o), email: o.email },
    lines: o.lines.map((l) => {
      const byNode = new Map<string, number>();
      for (const r of l.reservations) byNode.set(r.node.code, (byNode.get(r.node.code) ?? 0) + r.qty);
      const allocations = [...byNode].map(([node, qty]) => ({ node, qty })).sort((a, b) => a.node.localeCompare(b.node));
      const allocated = allocations.reduce((a, x) => a + x.qty, 0);
      return {
        id: l.id,
        lineNo: l.lineNo,
        sku: l.sku.code,
        qty: l.qty,
        cancelledQty: l.cancelledQty,
        mode: l.deliveryMode,
        pickupStore: l.pickupNode?.code ?? null,
        status: l.status,
        unitPriceMinor: l.unitPriceMinor,
        promisedDate: l.promisedDate?.toISOString() ?? null,
        allocations,
        backorderedQty: l.status === "CANCELLED" ? 0 : Math.max(0, l.qty - l.cancelledQty - allocated),
      };
    }),
    subtotalMinor: o.subtotalMinor,
    discountMinor: o.discountMinor,
    shippingMinor: o.shippingMinor,
    totalMinor: o.totalMinor,
    currency: o.currency,
    promoCode: o.promoCode,
    promisedDate: o.promisedDate?.toISOString() ?? null,
    version: o.version,
    fulfillments: o.fulfillmentOrders.map((f) => ({
      id: f.id,
      node: f.node.code,
      status: f.status,
      destination: f.deliveryMode === "PICKUP" ? (f.pickupNode?.code ?? f.node.code) : "customer",
      lines: f.lines.map((l) => ({ sku: l.orderLine.sku.code, qty: l.qty + l.shortQty, pickedQty: l.pickedQty, shortQty: l.shortQty })),
      carrier: f.carrier,
      trackingNumber: f.trackingNumber,
      pickupCode: f.deliveryMode === "PICKUP" && showsPickupCode(f.status) ? f.pickupCode : null,
    })),
    returns: o.returns.map((r) => ({
      number: r.number,
      status: r.status,
      method: r.method === "IN_STORE" ? "STORE" : "MAIL",
      lines: r.lines.map((l) => ({ lineNo: l.orderLine.lineNo, sku: l.orderLine.sku.code, qty: l.qty, receivedQty: l.receivedQty, reason: l.reason })),
      expectedRefundMinor: r.expectedRefundMinor,
      refundedMinor: o.payments.filter((p) => p.type === "REFUND" && p.return?.number === r.number).reduce((a, p) => a + p.amountMinor, 0),
      exchangeOrder: r.exchangeOrder?.number ?? null,
    })),
    payments: apiPayments(o.payments),
  };
}

const API_ORDER_SELECT = {
  number: true,
  status: true,
  channel: true,
  placedAt: true,
  email: true,
  customer: { select: { firstName: true, lastName: true } },
  events: { where: { type: "order.created" }, orderBy: { createdAt: "asc" }, take: 1, select: { data: true } },
  subtotalMinor: true,
  discountMinor: true,
  shippingMinor: true,
  totalMinor: true,
  currency: true,
  promoCode: true,
  promisedDate: true,
  version: true,
  lines: {
    orderBy: { lineNo: "asc" },
    select: {
      id: true,
      lineNo: true,
      qty: true,
      cancelledQty: true,
      deliveryMode: true,
      status: true,
      unitPriceMinor: true,
      promisedDate: true,
      sku: { select: { code: true } },
      pickupNode: { select: { code: true } },
      reservations: { where: { status: { in: ["ACTIVE", "CONSUMED"] } }, select: { qty: true, node: { select: { code: true } } } },
    },
  },
  fulfillmentOrders: {
    orderBy: [{ createdAt: "asc" }, { number: "asc" }],
    select: {
      id: true,
      status: true,
      deliveryMode: true,
      carrier: true,
      trackingNumber: true,
      pickupCode: true,
      node: { select: { code: true } },
      pickupNode: { select: { code: true } },
      lines: {
        orderBy: [{ orderLine: { lineNo: "asc" } }, { id: "asc" }],
        select: { qty: true, pickedQty: true, shortQty: true, orderLine: { select: { sku: { select: { code: true } } } } },
      },
    },
  },
  returns: {
    orderBy: [{ requestedAt: "asc" }, { number: "asc" }],
    select: {
      number: true,
      status: true,
      method: true,
      expectedRefundMinor: true,
      exchangeOrder: { select: { number: true } },
      lines: {
        orderBy: [{ orderLine: { lineNo: "asc" } }, { id: "asc" }],
        select: { qty: true, receivedQty: true, reason: true, orderLine: { select: { lineNo: true, sku: { select: { code: true } } } } },
      },
    },
  },
  payments: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { type: true, amountMinor: true, method: true, reference: true, createdAt: true, return: { select: { number: true } } },
  },
} satisfies Prisma.OrderSelect;
type ApiOrderRow = Prisma.OrderGetPayload<{ select: typeof API_ORDER_SELECT }>;

const code = (alias: string) => `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('code', ${alias}.code) END`;

/** The same row in one statement: the channel API answers every order it places with it. */
function apiOrderSql(by: "id" | "number"): string {
  return `
  SELECT o.number, o.status, o.channel, ${epochMs(`o."placedAt"`)} AS "placedAt", o.email,
         json_build_object('firstName', c."firstName", 'lastName', c."lastName") AS customer,
         (SELECT coalesce(json_agg(json_build_object('data', e.data)), '[]')
            FROM (SELECT data FROM "OrderEvent" WHERE "orderId" = o.id AND type = 'order.created' ORDER BY "createdAt" LIMIT 1) e) AS events,
         o."subtotalMinor", o."discountMinor", o."shippingMinor", o."totalMinor", o.currency, o."promoCode", ${epochMs(`o."promisedDate"`)} AS "promisedDate", o.version,
         (SELECT coalesce(json_agg(json_build_object(
                   'id', l.id, 'lineNo', l."lineNo", 'qty', l.qty, 'cancelledQty', l."cancelledQty", 'deliveryMode', l."deliveryMode", 'status', l.status,
                   'unitPriceMinor', l."unitPriceMinor", 'promisedDate', ${epochMs(`l."promisedDate"`)}, 'sku', json_build_object('code', s.code), 'pickupNode', ${code("pn")},
                   'reservations', (SELECT coalesce(json_agg(json_build_object('qty', r.qty, 'node', json_build_object('code', rn.code))), '[]')
                                      FROM "Reservation" r JOIN "Node" rn ON rn.id = r."nodeId" WHERE r."orderLineId" = l.id AND r.status IN ('ACTIVE', 'CONSUMED')))
                 ORDER BY l."lineNo"), '[]')
            FROM "OrderLine" l JOIN "Sku" s ON s.id = l."skuId" LEFT JOIN "Node" pn ON pn.id = l."pickupNodeId" WHERE l."orderId" = o.id) AS lines,
         (SELECT coalesce(json_agg(json_build_object(
                   'id', f.id, 'status', f.status, 'deliveryMode', f."deliveryMode", 'carrier', f.carrier, 'trackingNumber', f."trackingNumber", 'pickupCode', f."pickupCode",
                   'node', json_build_object('code', n.code), 'pickupNode', ${code("fp")},
                   'lines', (SELECT coalesce(json_agg(json_build_object('qty', fl.qty, 'pickedQty', fl."pickedQty", 'shortQty', fl."shortQty", 'orderLine', json_build_object('sku', json_build_object('code', s2.code)))
                                      ORDER BY ol."lineNo", fl.id), '[]')
                               FROM "FulfillmentOrderLine" fl JOIN "OrderLine" ol ON ol.id = fl."orderLineId" JOIN "Sku" s2 ON s2.id = ol."skuId" WHERE fl."fulfillmentOrderId" = f.id))
                 ORDER BY f."createdAt", f.number), '[]')
            FROM "FulfillmentOrder" f JOIN "Node" n ON n.id = f."nodeId" LEFT JOIN "Node" fp ON fp.id = f."pickupNodeId" WHERE f."orderId" = o.id) AS "fulfillmentOrders",
         (SELECT coalesce(json_agg(json_build_object(
                   'number', rt.number, 'status', rt.status, 'method', rt.method, 'expectedRefundMinor', rt."expectedRefundMinor",
                   'exchangeOrder', CASE WHEN xo.id IS NULL THEN NULL ELSE json_build_object('number', xo.number) END,
                   'lines', (SELECT coalesce(json_agg(json_build_object('qty', rl.qty, 'receivedQty', rl."receivedQty", 'reason', rl.reason,
                                                                        'orderLine', json_build_object('lineNo', rol."lineNo", 'sku', json_build_object('code', rs.code)))
                                      ORDER BY rol."lineNo", rl.id), '[]')
                               FROM "ReturnLine" rl JOIN "OrderLine" rol ON rol.id = rl."orderLineId" JOIN "Sku" rs ON rs.id = rol."skuId" WHERE rl."returnId" = rt.id))
                 ORDER BY rt."requestedAt", rt.number), '[]')
            FROM "Return" rt LEFT JOIN "Order" xo ON xo.id = rt."exchangeOrderId" WHERE rt."orderId" = o.id) AS returns,
         (SELECT coalesce(json_agg(json_build_object('type', p.type, 'amountMinor', p."amountMinor", 'method', p.method, 'reference', p.reference, 'createdAt', ${epochMs(`p."createdAt"`)},
                                                     'return', CASE WHEN pr.id IS NULL THEN NULL ELSE json_build_object('number', pr.number) END)
                 ORDER BY p."createdAt", p.id), '[]')
            FROM "PaymentTransaction" p LEFT JOIN "Return" pr ON pr.id = p."returnId" WHERE p."orderId" = o.id) AS payments
    FROM "Order" o JOIN "Customer" c ON c.id = o."customerId"
   WHERE o.${by} = $1`;
}
const API_ORDER_BY_ID = apiOrderSql("id");
const API_ORDER_BY_NUMBER = apiOrderSql("number");


async function apiOrderRowSql(pool: Sql, where: { number: string } | { id: string }): Promise<ApiOrderRow | null> {
  type Line = ApiOrderRow["lines"][number];
  type Payment = ApiOrderRow["payments"][number];
  const byId = "id" in where;
  const [row] = await pool.query<WithEpochMs<Omit<ApiOrderRow, "lines" | "payments">> & { lines: Array<WithEpochMs<Line>>; payments: Array<WithEpochMs<Payment>> }>(
    byId ? API_ORDER_BY_ID : API_ORDER_BY_NUMBER,
    [byId ? where.id : where.number],
    byId ? "api-order-id" : "api-order-number",
  );
  if (!row) return null;
  return {
    ...row,
    placedAt: new Date(row.placedAt),
    promisedDate: row.promisedDate === null ? null : new Date(row.promisedDate),
    lines: row.lines.map((l) => ({ ...l, promisedDate: l.promisedDate === null ? null : new Date(l.promisedDate) })),
    payments: row.payments.map((p) => ({ ...p, createdAt: new Date(p.createdAt) })),
  };
}

