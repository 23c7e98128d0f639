// Card authorisations do not last: a provider releases the hold on the buyer's card after some days
// (7 for cards on the test provider and Stripe). An order whose units have not all shipped by then
// would ship unpaid. This job renews, a day before it lapses, the authorisation still open on each
// such order (a new authorisation for the open amount on the method on file, then the old one
// voided); when the renewal is refused, the order is held (PAYMENT) so nothing more is released,
// and the agent sees why on the timeline. Channel-authorised orders are left to their channel.
import { SYSTEM_ACTOR } from "@/lib/auth";
import { type Db, withTx } from "@/lib/db";
import { englishMessage } from "@/lib/i18n";
import { recomputeOrder, recordOrderEvent } from "@/lib/orders";
import { PaymentRefused } from "../errors";
import { EXCHANGE_CREDIT, LEDGER_ROW_SELECT, ledgerTotals, recordMoneyMove } from "../ledger";

/** Days an authorisation holds the buyer's money, per provider; providers not listed are renewed by whoever authorised. */
export const AUTHORISATION_VALID_DAYS: Record<string, number> = { test: 7, stripe: 7 };
/** Renew this long before the authorisation lapses. */
export const RENEW_AHEAD_MS = 24 * 3_600_000;
const DAY_MS = 86_400_000;
const OPEN_STATUSES = ["CREATED", "ON_HOLD", "SCHEDULED", "BACKORDERED", "RELEASED", "IN_FULFILLMENT"] as const;
export const RENEWAL_HOLD_REASON = "The card authorisation lapses and could not be renewed: ask the buyer to pay again";

export interface RenewResult {
  renewed: string[];
  held: string[];
  failed: number;
}

export async function renewExpiringAuthorisations(db: Db, options: { now?: Date; log?: (message: string, error?: unknown) => void } = {}): Promise<RenewResult> {
  const now = options.now ?? new Date();
  const result: RenewResult = { renewed: [], held: [], failed: 0 };
  // Orders still being fulfilled whose latest card authorisation is old enough to lapse soon.
  const oldest = new Date(now.getTime() + RENEW_AHEAD_MS - Math.min(...Object.values(AUTHORISATION_VALID_DAYS)) * DAY_MS);
  const candidates = await db.order.findMany({
    where: {
      status: { in: [...OPEN_STATUSES] },
      payments: { some: { type: "AUTHORIZATION", provider: { in: Object.keys(AUTHORISATION_VALID_DAYS) }, method: { not: EXCHANGE_CREDIT } } },
      NOT: { payments: { some: { type: "AUTHORIZATION", method: { not: EXCHANGE_CREDIT }, createdAt: { gt: oldest } } } },
    },
    select: { id: true },
    take: 500,
  });
  for (const { id } of candidates) {
    try {
      const outcome = await withTx(
        async (tx) => {
          await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${id} FOR UPDATE`;
          const order = await tx.order.findUniqueOrThrow({
            where: { id },
            select: { number: true, currency: true, status: true, holds: { where: { releasedAt: null, type: "PAYMENT" }, select: { id: true } }, payments: { select: { ...LEDGER_ROW_SELECT, createdAt: true }, orderBy: { createdAt: "asc" } } },
          });
          const cards = order.payments.filter((p) => p.type === "AUTHORIZATION" && p.method !== EXCHANGE_CREDIT);
          const latest = cards.at(-1);
          if (!latest) return "skip" as const;
          const days = AUTHORISATION_VALID_DAYS[latest.provider];
          if (days === undefined) return "skip" as const;
          const lapsesAt = new Date(latest.createdAt.getTime() + days * DAY_MS);
          if (lapsesAt.getTime() - now.getTime() > RENEW_AHEAD_MS) return "skip" as const;
          const totals = ledgerTotals(order.payments);
          const open = totals.authorizedMinor - totals.capturedMinor;
          if (open <= 0) return "skip" as const;
          const key = `${id}:renew:${latest.createdAt.getTime()}`;
          try {
            await recordMoneyMove(tx, SYSTEM_ACTOR, { orderId: id, orderNumber: order.number, type: "AUTHORIZATION", amountMinor: open, currency: order.currency, rows: order.payments, note: `Authorisation renewed before it lapses on ${lapsesAt.toISOString().slice(0, 10)}`, idempotencyKey: key, at: now });
            await recordMoneyMove(tx, SYSTEM_ACTOR, { orderId: id, orderNumber: order.number, type: "VOID", amountMinor: open, currency: order.currency, rows: order.payments, note: "The lapsing authorisation, replaced by its renewal", idempotencyKey: `${key}:void`, at: now });
            await recordOrderEvent(tx, SYSTEM_ACTOR, id, "payment.renewed", { data: { amountMinor: open, lapsedAt: lapsesAt.toISOString() } });
            return "renewed" as const;
          } catch (e) {
            if (!(e instanceof PaymentRefused)) throw e;
            if (!order.holds.length) await tx.orderHold.create({ data: { orderId: id, type: "PAYMENT", reason: RENEWAL_HOLD_REASON, createdAt: now } });
            await recordOrderEvent(tx, SYSTEM_ACTOR, id, "payment.renewal_failed", { reason: englishMessage(e.declineCode), data: { amountMinor: open, lapsesAt: lapsesAt.toISOString() } });
            await recomputeOrder(tx, SYSTEM_ACTOR, id, { reason: RENEWAL_HOLD_REASON });
            return "held" as const;
          }
        },
        { db },
      );
      if (outcome === "renewed") result.renewed.push(id);
      if (outcome === "held") result.held.push(id);
    } catch (e) {
      result.failed += 1;
      options.log?.(`[authorisation-renewal] order ${id} failed`, e);
    }
  }
  return result;
}
