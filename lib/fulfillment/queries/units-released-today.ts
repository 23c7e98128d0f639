// Units each node has released since its own local midnight (cancelled work excluded): what today's
// daily capacity has already been spent on. Sourcing subtracts it, the node page shows it.
import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";

export async function unitsReleasedToday(db: Db | Tx, now: Date, nodeIds?: string[]): Promise<Map<string, number>> {
  if (nodeIds && nodeIds.length === 0) return new Map();
  const onlyNodes = nodeIds ? Prisma.sql`AND fo."nodeId" IN (${Prisma.join(nodeIds)})` : Prisma.empty;
  const rows = await db.$queryRaw<Array<{ nodeId: string; units: number }>>`
    SELECT fo."nodeId", SUM(fol.qty)::int AS units
      FROM "FulfillmentOrder" fo
      JOIN "Node" n ON n.id = fo."nodeId"
      JOIN "FulfillmentOrderLine" fol ON fol."fulfillmentOrderId" = fo.id
     WHERE fo."releasedAt" > ${new Date(now.getTime() - 2 * 86_400_000)}
       AND fo.status <> 'CANCELLED'
       AND ((fo."releasedAt" AT TIME ZONE 'UTC') AT TIME ZONE n."timeZone")::date = ((${now}::timestamp AT TIME ZONE 'UTC') AT TIME ZONE n."timeZone")::date
       ${onlyNodes}
     GROUP BY fo."nodeId"`;
  return new Map(rows.map((r) => [r.nodeId, Number(r.units)]));
}
