// Units each node has released since its own local midnight (cancelled work excluded): what today's
// daily capacity has already been spent on. Sourcing subtracts it, the node page shows it.
import type { Db, Tx } from "@/lib/db";

/** $1 the window's start (two days back is enough for any time zone), $2 now, $3 only these nodes (or null). Times as ISO text in UTC. */
export const UNITS_RELEASED_TODAY_SQL = `
    SELECT fo."nodeId", SUM(fol.qty)::int AS units
      FROM "FulfillmentOrder" fo
      JOIN "Node" n ON n.id = fo."nodeId"
      JOIN "FulfillmentOrderLine" fol ON fol."fulfillmentOrderId" = fo.id
     WHERE fo."releasedAt" > $1::timestamp
       AND fo.status <> 'CANCELLED'
       AND ((fo."releasedAt" AT TIME ZONE 'UTC') AT TIME ZONE n."timeZone")::date = (($2::timestamp AT TIME ZONE 'UTC') AT TIME ZONE n."timeZone")::date
       AND ($3::text[] IS NULL OR fo."nodeId" = ANY($3::text[]))
     GROUP BY fo."nodeId"`;

export async function unitsReleasedToday(db: Db | Tx, now: Date, nodeIds?: string[]): Promise<Map<string, number>> {
  if (nodeIds && nodeIds.length === 0) return new Map();
  const since = new Date(now.getTime() - 2 * 86_400_000).toISOString();
  const rows = await db.$queryRawUnsafe<Array<{ nodeId: string; units: number }>>(UNITS_RELEASED_TODAY_SQL, since, now.toISOString(), nodeIds ?? null);
  return new Map(rows.map((r) => [r.nodeId, Number(r.units)]));
}
