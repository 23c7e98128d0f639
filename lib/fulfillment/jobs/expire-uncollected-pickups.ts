// The expiry job: cancels ready pickups nobody collected within the pickup window, each in its own
// transaction (one failure never blocks the others). Safe to run in several app instances at once:
// each pickup is locked by the command, and one already handled elsewhere is skipped.
import { SYSTEM_ACTOR } from "@/lib/auth";
import { withTx, type Db } from "@/lib/db";
import { StateConflictError } from "@/lib/errors";
import { getPublishedRules } from "@/lib/rules";
import { expirePickup } from "../commands/expire-pickup";

export const EXPIRY_REASON = "Not collected within the pickup window";

export interface ExpiryRunResult {
  expired: string[];
  failed: number;
}

export async function expireUncollectedPickups(db: Db, options: { now?: Date; limit?: number; log?: (message: string, error?: unknown) => void } = {}): Promise<ExpiryRunResult> {
  const now = options.now ?? new Date();
  const { definition: rules } = await getPublishedRules(db, "PICKUP");
  // Pickups made ready before their deadline was recorded fall back to ready time + the window.
  const due = await db.fulfillmentOrder.findMany({
    where: {
      status: "READY_FOR_PICKUP",
      OR: [{ pickupExpiresAt: { lte: now } }, { pickupExpiresAt: null, readyAt: { lte: new Date(now.getTime() - rules.windowDays * 86_400_000) } }],
    },
    select: { id: true, number: true },
    orderBy: [{ readyAt: "asc" }, { id: "asc" }],
    take: options.limit ?? 200,
  });
  const result: ExpiryRunResult = { expired: [], failed: 0 };
  for (const fo of due) {
    try {
      await withTx((tx) => expirePickup(tx, SYSTEM_ACTOR, { fulfillmentOrderId: fo.id, reason: EXPIRY_REASON }, { now }), { db });
      result.expired.push(fo.number);
    } catch (e) {
      if (e instanceof StateConflictError) continue; // collected or expired meanwhile
      result.failed += 1;
      options.log?.(`[pickup-expiry] ${fo.number} failed`, e);
    }
  }
  return result;
}
