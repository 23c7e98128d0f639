// The few figures above the agent's order list: today's orders and the queues that need an agent.
import { authorize, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { AGENT_TIME_ZONE, dayRange, isoDayIn } from "./day-range";

export interface OrderFigures {
  /** Today's calendar day in the agent's time zone (for the filtered list link). */
  today: string;
  placedToday: number;
  onHold: number;
  backordered: number;
  returnRequested: number;
}

export async function getOrderFigures(
  db: Db | Tx,
  actor: Actor | undefined,
  options: { now?: Date; timeZone?: string } = {},
): Promise<OrderFigures> {
  if (actor) authorize(actor, "order.view");
  const timeZone = options.timeZone ?? AGENT_TIME_ZONE;
  const today = isoDayIn(options.now ?? new Date(), timeZone);
  const [placedToday, onHold, backordered, returnRequested] = await Promise.all([
    db.order.count({ where: { placedAt: dayRange(today, today, timeZone) } }),
    db.order.count({ where: { status: "ON_HOLD" } }),
    db.order.count({ where: { status: "BACKORDERED" } }),
    db.order.count({ where: { status: "RETURN_REQUESTED" } }),
  ]);
  return { today, placedToday, onHold, backordered, returnRequested };
}
