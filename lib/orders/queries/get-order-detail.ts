// Everything an agent needs to see about one order: header, lines, fulfilment orders per node,
// payments, holds, notes, returns, the latest sourcing decision (readable) and the timeline.
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { showsPickupCode } from "../state-machine";

export const getOrderDetailInput = z.object({
  number: z.string().trim().min(1).max(64),
});
export type GetOrderDetailInput = z.input<typeof getOrderDetailInput>;

const nodeRef = { select: { id: true, code: true, name: true, city: true, timeZone: true } } as const;

// The stored plan follows lib/sourcing's Plan; older or partial rows must still render, so every
// part is optional and unknown fields are ignored.
// Lines are named by order-line id (engine snapshots) or by line number (seeded history).
const lineQty = z.object({ line: z.union([z.string(), z.number()]).transform(String), qty: z.number() });
const storedPlan = z.object({
  shipments: z.array(z.object({ node: z.string(), to: z.string().default("customer"), lines: z.array(lineQty).default([]) })).default([]),
  unfilled: z.array(lineQty).default([]),
});
const storedExplanation = z.object({
  summary: z.string().optional(),
  method: z.string().optional(),
  optimal: z.boolean().optional(),
  lowerBound: z.number().optional().catch(undefined),
  gap: z.number().optional().catch(undefined),
});

export interface SourcingNodeRef {
  ref: string;
  code: string | null;
  name: string | null;
  city: string | null;
}

export interface RuleVersionRef {
  id: string;
  version: number;
}

export interface SourcingSummary {
  id: string;
  reason: string;
  createdAt: Date;
  costMinor: number;
  method: string | null;
  optimal: boolean | null;
  /** The plan's proven lower bound and gap (BOUNDED plans); null on decisions stored without one. */
  lowerBound: number | null;
  gap: number | null;
  summary: string | null;
  shipments: Array<{ from: SourcingNodeRef; to: "customer" | SourcingNodeRef; lines: Array<{ ref: string; lineNo: number | null; sku: string | null; name: string | null; qty: number }> }>;
  unfilled: Array<{ ref: string; lineNo: number | null; sku: string | null; name: string | null; qty: number }>;
  /** Decisions before this one (re-sourcing after a short pick, a modification...). */
  earlierCount: number;
  /** The SOURCING rule-set version the decision applied (null: the built-in defaults). */
  ruleSet: RuleVersionRef | null;
  /** False when the stored plan could not be read; the page then says so instead of guessing. */
  readable: boolean;
}

async function loadOrder(db: Db | Tx, number: string) {
  return db.order.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      channel: true,
      status: true,
      sourcingRuleSetId: true,
      holdRuleSetId: true,
      email: true,
      phone: true,
      shipName: true,
      shipLine1: true,
      shipLine2: true,
      shipCity: true,
      shipPostalCode: true,
      shipCountry: true,
      currency: true,
      subtotalMinor: true,
      shippingMinor: true,
      discountMinor: true,
      taxMinor: true,
      totalMinor: true,
      promoCode: true,
      placedAt: true,
      promisedDate: true,
      createdBy: true,
      version: true,
      updatedAt: true,
      customer: { select: { id: true, number: true, firstName: true, lastName: true, email: true, phone: true } },
      lines: {
        orderBy: { lineNo: "asc" },
        select: {
          id: true,
          lineNo: true,
          qty: true,
          cancelledQty: true,
          unitPriceMinor: true,
          discountMinor: true,
          deliveryMode: true,
          status: true,
          promisedDate: true,
          sku: { select: { code: true, name: true } },
          pickupNode: nodeRef,
        },
      },
      fulfillmentOrders: {
        orderBy: [{ createdAt: "asc" }, { number: "asc" }],
        select: {
          id: true,
          number: true,
          deliveryMode: true,
          status: true,
          pickupCode: true,
          carrier: true,
          trackingNumber: true,
          promisedDate: true,
          releasedAt: true,
          pickedAt: true,
          packedAt: true,
          shippedAt: true,
          receivedAt: true,
          readyAt: true,
          pickupExpiresAt: true,
          deliveredAt: true,
          pickedUpAt: true,
          handedOverBy: true,
          handoverCheck: true,
          cancelledAt: true,
          cancelReason: true,
          _count: { select: { parcels: true } },
          node: nodeRef,
          pickupNode: nodeRef,
          lines: { select: { id: true, qty: true, pickedQty: true, shortQty: true, orderLine: { select: { lineNo: true, sku: { select: { code: true, name: true } } } } } },
        },
      },
      payments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, type: true, amountMinor: true, currency: true, method: true, reference: true, note: true, createdAt: true },
      },
      holds: {
        orderBy: { createdAt: "desc" },
        select: { id: true, type: true, reason: true, createdAt: true, releasedAt: true, releasedBy: true, releaseNote: true },
      },
      notes: { orderBy: { createdAt: "desc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
      returns: {
        orderBy: { requestedAt: "desc" },
        select: {
          id: true,
          number: true,
          status: true,
          method: true,
          reason: true,
          refundMinor: true,
          expectedRefundMinor: true,
          requestedAt: true,
          receivedAt: true,
          refundedAt: true,
          receivingNode: nodeRef,
          exchangeOrder: { select: { number: true } },
          lines: { select: { id: true, qty: true, receivedQty: true, reason: true, disposition: true, orderLine: { select: { lineNo: true, sku: { select: { code: true, name: true } } } } } },
        },
      },
      sourcingDecisions: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { id: true, reason: true, createdAt: true, costMinor: true, plan: true, explanation: true, ruleSetId: true },
      },
      _count: { select: { sourcingDecisions: true } },
      events: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, type: true, actorType: true, actorName: true, reason: true, data: true, createdAt: true },
      },
    },
  });
}

type LoadedOrder = NonNullable<Awaited<ReturnType<typeof loadOrder>>>;

async function summariseSourcing(db: Db | Tx, order: LoadedOrder): Promise<SourcingSummary | null> {
  const decision = order.sourcingDecisions[0];
  if (!decision) return null;
  const earlierCount = order._count.sourcingDecisions - 1;
  const explanation = storedExplanation.safeParse(decision.explanation ?? {});
  const base = {
    id: decision.id,
    reason: decision.reason,
    createdAt: decision.createdAt,
    costMinor: decision.costMinor,
    method: explanation.success ? (explanation.data.method ?? null) : null,
    optimal: explanation.success ? (explanation.data.optimal ?? null) : null,
    lowerBound: explanation.success ? (explanation.data.lowerBound ?? null) : null,
    gap: explanation.success ? (explanation.data.gap ?? null) : null,
    summary: explanation.success ? (explanation.data.summary ?? null) : null,
    earlierCount,
    ruleSet: decision.ruleSetId ? ((await ruleVersions(db, [decision.ruleSetId])).get(decision.ruleSetId) ?? null) : null,
  };
  const plan = storedPlan.safeParse(decision.plan);
  if (!plan.success) return { ...base, shipments: [], unfilled: [], readable: false };

  // The engine names nodes and lines by whatever ids its snapshot used: database ids or codes.
  const refs = [...new Set(plan.data.shipments.flatMap((s) => [s.node, s.to]).filter((r) => r !== "customer"))];
  const nodes = refs.length
    ? await db.node.findMany({ where: { OR: [{ id: { in: refs } }, { code: { in: refs } }] }, select: { id: true, code: true, name: true, city: true } })
    : [];
  const nodeBy = new Map<string, (typeof nodes)[number]>();
  for (const n of nodes) nodeBy.set(n.id, n).set(n.code, n);
  const node = (ref: string): SourcingNodeRef => {
    const n = nodeBy.get(ref);
    return { ref, code: n?.code ?? null, name: n?.name ?? null, city: n?.city ?? null };
  };
  const lineBy = new Map<string, LoadedOrder["lines"][number]>();
  for (const l of order.lines) lineBy.set(l.id, l).set(String(l.lineNo), l);
  const line = (lq: { line: string; qty: number }) => {
    const l = lineBy.get(lq.line);
    return { ref: lq.line, lineNo: l?.lineNo ?? null, sku: l?.sku.code ?? null, name: l?.sku.name ?? null, qty: lq.qty };
  };
  return {
    ...base,
    shipments: plan.data.shipments.map((s) => ({ from: node(s.node), to: s.to === "customer" ? "customer" : node(s.to), lines: s.lines.map(line) })),
    unfilled: plan.data.unfilled.map(line),
    readable: true,
  };
}

async function ruleVersions(db: Db | Tx, ids: string[]): Promise<Map<string, RuleVersionRef>> {
  const rows = ids.length ? await db.ruleSet.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } }) : [];
  return new Map(rows.map((r) => [r.id, r]));
}

/** The order with this number, or null when there is none. */
export async function getOrderDetail(db: Db | Tx, actor: Actor | undefined, rawInput: GetOrderDetailInput) {
  if (actor) authorize(actor, "order.view");
  const input = parseInput(getOrderDetailInput, rawInput);
  const order = await loadOrder(db, input.number);
  if (!order) return null;
  const sourcing = await summariseSourcing(db, order);
  const { sourcingDecisions: _decisions, _count, sourcingRuleSetId, holdRuleSetId, ...rest } = order;
  const fulfillmentOrders = rest.fulfillmentOrders.map((fo) => ({ ...fo, pickupCode: showsPickupCode(fo.status) ? fo.pickupCode : null }));
  // The rule versions the order was captured under: which sourcing rules placed it, which hold rules checked it.
  const versions = await ruleVersions(db, [sourcingRuleSetId, holdRuleSetId].filter((id): id is string => id !== null));
  const ruleSets = { sourcing: sourcingRuleSetId ? (versions.get(sourcingRuleSetId) ?? null) : null, holds: holdRuleSetId ? (versions.get(holdRuleSetId) ?? null) : null };
  return { ...rest, fulfillmentOrders, sourcing, ruleSets };
}

export type OrderDetail = NonNullable<Awaited<ReturnType<typeof getOrderDetail>>>;
