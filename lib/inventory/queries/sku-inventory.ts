// One SKU across the network: its position at every node (sortable by ATP), the inbound shipments
// bringing more of it, and the network totals including open demand.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { InboundType, NodeType } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth";
import { NotFoundError } from "@/lib/errors";
import { availableToPromise, isBelowSafetyStock, isOutOfStock, isStocked } from "../atp";
import { inTransitByNodeSku, openDemandByNodeSku, openDemandBySku } from "./sql";
import { resolveNodeScope } from "./scope";

export const SKU_POSITION_SORTS = ["atp-desc", "atp-asc", "node"] as const;
export type SkuPositionSort = (typeof SKU_POSITION_SORTS)[number];

export const skuInventoryInputSchema = z.object({
  sku: z.string().trim().min(1).max(60),
  sort: z.enum(SKU_POSITION_SORTS).default("atp-desc"),
});
export type SkuInventoryInput = z.input<typeof skuInventoryInputSchema>;

export interface SkuNodePosition {
  node: { code: string; name: string; type: NodeType; city: string };
  onHand: number;
  reserved: number;
  safetyStock: number;
  targetStock: number;
  inTransit: number;
  nextEta: string | null;
  /** On demand this node will serve: units of ACTIVE reservations of open orders held here. */
  onDemand: number;
  atp: number;
  stocked: boolean;
  outOfStock: boolean;
  belowSafety: boolean;
}

export interface SkuInboundShipment {
  reference: string;
  type: InboundType;
  toNode: { code: string; name: string };
  fromNode: { code: string; name: string } | null;
  supplier: string | null;
  /** Units of this SKU still to receive. */
  qty: number;
  eta: string;
}

export interface SkuInventory {
  sku: { code: string; name: string; productName: string; category: { code: string; name: string }; priceMinor: number; currency: string };
  positions: SkuNodePosition[];
  inbound: SkuInboundShipment[];
  /** Totals over the positions the actor may see (the whole network, or the associate's store). */
  totals: { onHand: number; reserved: number; safetyStock: number; inTransit: number; atp: number; onDemand: number; nodesWithAtp: number };
  /** True when the figures cover one store only (store associates). */
  scopedToStore: boolean;
}

export async function getSkuInventory(db: Db | Tx, actor: Actor, input: SkuInventoryInput): Promise<SkuInventory> {
  authorize(actor, "inventory.view");
  const { sku: skuCode, sort } = skuInventoryInputSchema.parse(input);
  const nodeId = await resolveNodeScope(db, actor, undefined);

  const sku = await db.sku.findUnique({
    where: { code: skuCode },
    select: { id: true, code: true, name: true, priceMinor: true, currency: true, product: { select: { name: true, category: { select: { code: true, name: true } } } } },
  });
  if (!sku) throw new NotFoundError("sku", skuCode);

  const [positions, transit, [demand], nodeDemand, inbound] = await Promise.all([
    db.inventoryPosition.findMany({
      where: { skuId: sku.id, ...(nodeId ? { nodeId } : {}) },
      select: { nodeId: true, onHand: true, reserved: true, safetyStock: true, targetStock: true, node: { select: { code: true, name: true, type: true, city: true } } },
    }),
    db.$queryRaw<Array<{ nodeId: string; qty: number; eta: Date }>>`
      ${inTransitByNodeSku(nodeId ? Prisma.sql`l."skuId" = ${sku.id} AND sh."toNodeId" = ${nodeId}` : Prisma.sql`l."skuId" = ${sku.id}`)}`,
    db.$queryRaw<Array<{ demand: number }>>`${openDemandBySku(Prisma.sql`ol."skuId" = ${sku.id}`)}`,
    db.$queryRaw<Array<{ nodeId: string; demand: number }>>`${openDemandByNodeSku(Prisma.sql`d."skuId" = ${sku.id} AND d."nodeId" IS NOT NULL`)}`,
    db.inboundShipmentLine.findMany({
      where: { skuId: sku.id, shipment: { status: "IN_TRANSIT", ...(nodeId ? { toNodeId: nodeId } : {}) } },
      select: {
        qty: true,
        receivedQty: true,
        shipment: {
          select: {
            reference: true,
            type: true,
            supplier: true,
            eta: true,
            toNode: { select: { code: true, name: true } },
            fromNode: { select: { code: true, name: true } },
          },
        },
      },
      orderBy: [{ shipment: { eta: "asc" } }, { shipment: { reference: "asc" } }],
    }),
  ]);

  const transitByNode = new Map(transit.map((t) => [t.nodeId, t]));
  const demandByNode = new Map(nodeDemand.map((d) => [d.nodeId, d.demand]));
  const rows: SkuNodePosition[] = positions.map((p) => {
    const t = transitByNode.get(p.nodeId);
    return {
      node: p.node,
      onHand: p.onHand,
      reserved: p.reserved,
      safetyStock: p.safetyStock,
      targetStock: p.targetStock,
      inTransit: t?.qty ?? 0,
      nextEta: t?.eta ? new Date(t.eta).toISOString() : null,
      onDemand: demandByNode.get(p.nodeId) ?? 0,
      atp: availableToPromise(p),
      stocked: isStocked(p),
      outOfStock: isOutOfStock(p),
      belowSafety: isBelowSafetyStock(p),
    };
  });
  const byNode = (a: SkuNodePosition, b: SkuNodePosition) => a.node.code.localeCompare(b.node.code);
  rows.sort(sort === "node" ? byNode : (a, b) => (sort === "atp-asc" ? a.atp - b.atp : b.atp - a.atp) || byNode(a, b));

  const sum = (f: (p: SkuNodePosition) => number) => rows.reduce((s, p) => s + f(p), 0);
  return {
    sku: { code: sku.code, name: sku.name, productName: sku.product.name, category: sku.product.category, priceMinor: sku.priceMinor, currency: sku.currency },
    positions: rows,
    inbound: inbound.map((l) => ({
      reference: l.shipment.reference,
      type: l.shipment.type,
      toNode: l.shipment.toNode,
      fromNode: l.shipment.fromNode,
      supplier: l.shipment.supplier,
      qty: Math.max(0, l.qty - l.receivedQty),
      eta: l.shipment.eta.toISOString(),
    })),
    totals: {
      onHand: sum((p) => p.onHand),
      reserved: sum((p) => p.reserved),
      safetyStock: sum((p) => p.safetyStock),
      inTransit: sum((p) => p.inTransit),
      atp: sum((p) => p.atp),
      onDemand: demand?.demand ?? 0,
      nodesWithAtp: rows.filter((p) => p.atp > 0).length,
    },
    scopedToStore: nodeId !== null,
  };
}
