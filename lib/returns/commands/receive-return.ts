// Receives returned units at a node: at a store counter (BORIS, for an order from any channel, with
// or without an RMA) or at a DC (mail). Per line the condition found and a disposition — the
// returns router's proposal unless the person overrides it with a reason. Resellable units restocked
// here are available to promise at once (and serve waiting backorders); units for a DC travel as a
// transfer in transit; damaged ones are written off. The refund is paid on receipt per policy,
// a replacement waiting for this return is released, and the buyer is told.
import { assertStoreScope, type Actor } from "@/lib/auth";
import { authorizeEither } from "../access";
import type { Tx } from "@/lib/db";
import { ConflictError, fieldIssue, NotFoundError, RuleViolation, type FieldIssues } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { addOnHand } from "@/lib/inventory";
import { notifyCustomer, recomputeOrder, recordOrderEvent, releaseHold, resourceBackorders } from "@/lib/orders";
import { nearestDc, proposeFor, type DispositionPart, type NodeRef } from "../dispositions";
import { loadOrderFacts, refundableMinor, type OrderFacts } from "../order-facts";
import { receiptRefund } from "../policy";
import { receiveReturnSchema, type ReceiveReturnInput } from "../schemas";
import type { ReturnResult } from "../types";
import { EXCHANGE_HOLD_REASON } from "./exchange";
import { API_METHOD, createReturn, lockOrderFacts, payReturnRefund, quoteFor, recordChargedFees, refuseLines, returnResult } from "./shared";

const TRANSFER_DAYS = 3;

export async function receiveReturn(tx: Tx, actor: Actor, rawInput: ReceiveReturnInput, options: { now?: Date } = {}): Promise<ReturnResult> {
  authorizeEither(actor, "return.receive", "api.return.receive");
  const input = parseInput(receiveReturnSchema, rawInput);
  const now = options.now ?? new Date();
  const node = await tx.node.findUnique({ where: { id: input.nodeId }, select: { id: true, code: true, name: true, type: true, active: true } });
  if (!node || !node.active) throw new NotFoundError("node", input.nodeId);
  // Associates receive at their own store, warehouse systems at their own nodes.
  if (actor.kind !== "system") assertStoreScope(actor, node.id);
  const at: NodeRef = { id: node.id, code: node.code, name: node.name, type: node.type };

  // Which order, and (for a walk-in) the RMA written at the counter.
  let orderId: string;
  let existing: { id: string; number: string; status: string; version: number; method: "MAIL" | "IN_STORE" } | null = null;
  if (input.returnId) {
    const r = await tx.return.findUnique({ where: { id: input.returnId }, select: { id: true, number: true, status: true, version: true, method: true, orderId: true } });
    if (!r) throw new NotFoundError("return", input.returnId);
    existing = r;
    orderId = r.orderId;
  } else orderId = input.orderId!;

  const { order, policy, facts } = await lockOrderFacts(tx, actor, orderId, now);
  const fields: FieldIssues = {};
  if (node.type === "STORE" && !policy.acceptInStore) throw new RuleViolation("RETURN_NODE_NOT_ACCEPTED", { node: node.code }, { nodeId: fieldIssue("RETURN_COUNTER_CLOSED") });
  if (policy.excludedNodes.includes(node.code)) throw new RuleViolation("RETURN_NODE_NOT_ACCEPTED", { node: node.code }, { nodeId: fieldIssue("RETURN_NODE_NOT_ACCEPTED", { node: node.code }) });

  let ret: { id: string; number: string; method: "MAIL" | "STORE" };
  let rmaLines: OrderFacts["returns"][number]["lines"];
  if (existing) {
    if (input.expectedVersion !== undefined && input.expectedVersion !== existing.version) {
      throw new ConflictError();
    }
    if (existing.status !== "APPROVED" && existing.status !== "REQUESTED") {
      throw new RuleViolation("RETURN_CLOSED", { returnNumber: existing.number, status: existing.status });
    }
    rmaLines = order.returns.find((r) => r.id === existing.id)!.lines;
    ret = { id: existing.id, number: existing.number, method: API_METHOD[existing.method] };
    const asked = new Map<string, number>();
    input.lines.forEach((l, i) => {
      const rl = rmaLines.find((x) => x.orderLineId === l.orderLineId);
      const line = order.lines.find((x) => x.id === l.orderLineId);
      if (!rl || !line) {
        fields[`lines.${i}.orderLineId`] = fieldIssue("RECEIPT_LINE_NOT_ON_RETURN", { returnNumber: existing.number });
        return;
      }
      const total = (asked.get(l.orderLineId) ?? 0) + l.qty;
      asked.set(l.orderLineId, total);
      const expected = rl.qty - rl.receivedQty;
      if (total > expected) fields[`lines.${i}.qty`] = fieldIssue(expected === 1 ? "RECEIPT_ABOVE_EXPECTED_ONE" : "RECEIPT_ABOVE_EXPECTED", { returnNumber: existing.number, expected, sku: line.sku.code });
    });
  } else {
    // A walk-in with no RMA: the same refusals as an authorisation (the schema asks the buyer's reason per line).
    refuseLines(order, policy, facts, input.lines.map((l) => ({ orderLineId: l.orderLineId, qty: l.qty, reason: l.reason ?? policy.reasons[0] })), fields);
    if (Object.keys(fields).length) throw new RuleViolation("RETURN_NOT_ALLOWED", { orderNumber: order.number }, fields);
    const wanted = input.lines.map((l) => ({ orderLineId: l.orderLineId, qty: l.qty, reason: l.reason! }));
    const quote = quoteFor(policy, order, facts, "STORE", wanted);
    const created = await createReturn(tx, actor, order, { method: "STORE", lines: wanted, quote, receivingNodeId: node.id, now, note: `Walk-in return at ${node.name}` });
    ret = { id: created.id, number: created.number, method: "STORE" };
    const fresh = await loadOrderFacts(tx, { orderId: order.id });
    rmaLines = fresh!.returns.find((r) => r.id === created.id)!.lines;
    order.returns = fresh!.returns;
  }

  // Dispositions: the router's proposal, or the person's override with a reason.
  const lineOf = new Map(order.lines.map((l) => [l.id, l]));
  const proposals = await proposeFor(
    tx,
    at,
    input.lines.map((l) => ({ orderLineId: l.orderLineId, skuId: lineOf.get(l.orderLineId)?.skuId ?? "", skuCode: lineOf.get(l.orderLineId)?.sku.code ?? "", qty: l.qty, condition: l.condition })),
  );
  const plans: DispositionPart[][] = [];
  const dc = input.lines.some((l) => l.disposition === "SEND_TO_DC") ? await nearestDc(tx, at) : null;
  input.lines.forEach((l, i) => {
    const proposed = proposals.get(l.orderLineId) ?? [];
    if (!l.disposition || proposed.every((p) => p.disposition === l.disposition)) {
      plans.push(proposed);
      return;
    }
    if (l.disposition === "SEND_TO_DC" && !dc) fields[`lines.${i}.disposition`] = fieldIssue("RETURN_NO_DC");
    const to = l.disposition === "SEND_TO_DC" ? (dc ?? at) : at;
    plans.push([{ disposition: l.disposition, qty: l.qty, node: to, reason: "OVERRIDE" }]);
  });
  if (Object.keys(fields).length) throw new RuleViolation("RECEIPT_NOT_ALLOWED", { returnNumber: ret.number }, fields);

  // Stock follows the units.
  const restocked: string[] = [];
  const transfers = new Map<string, Map<string, number>>();
  for (const [i, l] of input.lines.entries()) {
    const line = lineOf.get(l.orderLineId)!;
    for (const part of plans[i]) {
      if (part.disposition === "RESTOCK") {
        await addOnHand(tx, { nodeId: part.node.id, skuId: line.skuId, qty: part.qty, movement: { kind: "RETURN", reference: ret.number } });
        restocked.push(line.skuId);
      } else if (part.disposition === "SEND_TO_DC" && part.node.id !== at.id) {
        // (Already at the DC, units for inspection stay aside: not put back on sale.)
        const bySku = transfers.get(part.node.id) ?? new Map<string, number>();
        bySku.set(line.skuId, (bySku.get(line.skuId) ?? 0) + part.qty);
        transfers.set(part.node.id, bySku);
      }
    }
  }
  let t = 0;
  for (const [toNodeId, bySku] of transfers) {
    t += 1;
    await tx.inboundShipment.create({
      data: {
        reference: `${ret.number}-T${t}`,
        type: "TRANSFER",
        status: "IN_TRANSIT",
        toNodeId,
        fromNodeId: at.id,
        eta: new Date(now.getTime() + TRANSFER_DAYS * 86_400_000),
        shippedAt: now,
        lines: { create: [...bySku].map(([skuId, qty]) => ({ skuId, qty })) },
      },
    });
  }

  // The refund this receipt pays, valued on the return as it stood before these units.
  const receipt = receiptRefund(policy, order, facts, rmaLines.map((rl) => ({ ...rl })), input.lines, ret.method, refundableMinor(order));

  // The return's lines record what came back and where it went.
  for (const [i, l] of input.lines.entries()) {
    const rl = rmaLines.find((x) => x.orderLineId === l.orderLineId)!;
    const parts = plans[i];
    const main = parts.reduce((a, p) => (p.qty > a.qty ? p : a), parts[0]);
    const proposed = (proposals.get(l.orderLineId) ?? []).reduce<DispositionPart | undefined>((a, p) => (!a || p.qty > a.qty ? p : a), undefined);
    await tx.returnLine.update({
      where: { id: rl.id },
      data: {
        receivedQty: { increment: l.qty },
        condition: l.condition,
        proposedDisposition: proposed?.disposition ?? main.disposition,
        disposition: main.disposition,
        overrideReason: main.reason === "OVERRIDE" ? l.overrideReason : null,
        routedToNodeId: main.node.id,
      },
    });
    rl.receivedQty += l.qty;
  }
  const allIn = rmaLines.every((rl) => rl.receivedQty >= rl.qty);
  await tx.return.update({
    where: { id: ret.id },
    data: { status: allIn ? "RECEIVED" : "APPROVED", receivedAt: now, receivingNodeId: node.id, version: { increment: 1 } },
  });
  await recordOrderEvent(tx, actor, order.id, "return.received", {
    data: {
      return: ret.number,
      node: node.code,
      lines: input.lines.map((l, i) => ({
        line: lineOf.get(l.orderLineId)!.lineNo,
        sku: lineOf.get(l.orderLineId)!.sku.code,
        qty: l.qty,
        condition: l.condition,
        dispositions: plans[i].map((p) => ({ disposition: p.disposition, qty: p.qty, node: p.node.code, reason: p.reason })),
        overrideReason: plans[i][0]?.reason === "OVERRIDE" ? l.overrideReason : undefined,
      })),
    },
  });
  await notifyCustomer(tx, order.id, "RETURN_RECEIVED", { returnNumber: ret.number, method: ret.method, lines: input.lines.map((l) => ({ lineId: l.orderLineId, qty: l.qty })) });

  if (receipt.quote && receipt.paying.length) {
    await recordChargedFees(tx, { id: ret.id, lines: rmaLines }, receipt.quote);
    await payReturnRefund(tx, actor, order, ret, receipt.refundMinor, {
      note: `Return ${ret.number} received at ${node.code}`,
      key: `refund:receipt:${rmaLines.reduce((a, r) => a + r.receivedQty, 0)}`,
      now,
      units: receipt.paying.map(({ rl, qty }) => ({ returnLineId: rl.id, qty })),
    });
  }
  const after = await tx.return.findUniqueOrThrow({ where: { id: ret.id }, select: { exchangeOrderId: true, refundMinor: true } });
  if (allIn) {
    const status = after.refundMinor > 0 ? "REFUNDED" : after.exchangeOrderId ? "EXCHANGED" : "RECEIVED";
    if (status !== "RECEIVED") await tx.return.update({ where: { id: ret.id }, data: { status } });
  }

  // A replacement that waited for these units goes to its nodes now.
  if (after.exchangeOrderId) {
    const hold = await tx.orderHold.findFirst({ where: { orderId: after.exchangeOrderId, releasedAt: null, reason: { startsWith: EXCHANGE_HOLD_REASON } }, select: { id: true, order: { select: { version: true } } } });
    if (hold) await releaseHold(tx, actor, { orderId: after.exchangeOrderId, holdId: hold.id, expectedVersion: hold.order.version, note: `Return ${ret.number} received` }, { now, onReturnReceipt: true });
  }
  await recomputeOrder(tx, actor, order.id, { reason: `Return ${ret.number} received at ${node.code}` });
  if (restocked.length) await resourceBackorders(tx, actor, [...new Set(restocked)], { now });
  return returnResult(tx, ret.id);
}
