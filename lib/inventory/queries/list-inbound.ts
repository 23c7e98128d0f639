// The inbound supply list: purchase orders and transfers, filtered by status (open by default on
// the screen), type, node (destination or source), lateness and a search on reference, supplier or
// SKU, ordered by ETA with a keyset cursor. A shipment still open after its ETA is late.
// Store associates see only the shipments to or from their own store.
import { Prisma } from "@/generated/prisma/client";
import type { InboundStatus, InboundType, NodeType } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { listInboundInputSchema, type ListInboundInput } from "../inbound-schemas";
import { resolveNodeScope } from "./scope";
import { likePattern } from "./sql";

export { listInboundInputSchema };

export interface InboundNodeRef {
  code: string;
  name: string;
  type: NodeType;
}

export interface InboundRow {
  reference: string;
  type: InboundType;
  status: InboundStatus;
  supplier: string | null;
  from: InboundNodeRef | null;
  to: InboundNodeRef;
  eta: string;
  shippedAt: string | null;
  receivedAt: string | null;
  createdAt: string;
  lines: number;
  units: number;
  receivedUnits: number;
  /** Open (planned or in transit) with its ETA passed; `daysLate` whole days since the ETA. */
  late: boolean;
  daysLate: number;
}

export interface InboundPage {
  rows: InboundRow[];
  /** Shipments matching the filters (all pages). */
  total: number;
  lateOpen: number;
  nextCursor: string | null;
  generatedAt: string;
}

interface Row {
  id: string;
  reference: string;
  type: InboundType;
  status: InboundStatus;
  supplier: string | null;
  eta: Date;
  shippedAt: Date | null;
  receivedAt: Date | null;
  createdAt: Date;
  toCode: string;
  toName: string;
  toType: NodeType;
  fromCode: string | null;
  fromName: string | null;
  fromType: NodeType | null;
  lines: number;
  units: number;
  receivedUnits: number;
}

const DAY_MS = 86_400_000;

function encodeCursor(eta: Date, id: string): string {
  return Buffer.from(`${eta.toISOString()}|${id}`).toString("base64url");
}

function decodeCursor(cursor: string | undefined): { eta: Date; id: string } | null {
  if (!cursor) return null;
  const [eta, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const at = new Date(eta ?? "");
  return id && !Number.isNaN(at.getTime()) ? { eta: at, id } : null;
}

export async function listInbound(db: Db | Tx, actor: Actor, rawInput: ListInboundInput = {}, options: { now?: Date } = {}): Promise<InboundPage> {
  const input = listInboundInputSchema.parse(rawInput);
  const now = options.now ?? new Date();
  const nodeId = await resolveNodeScope(db, actor, input.node);
  const open = Prisma.sql`sh.status IN ('PLANNED', 'IN_TRANSIT')`;
  const conds: Prisma.Sql[] = [];
  if (nodeId) conds.push(Prisma.sql`(sh."toNodeId" = ${nodeId} OR sh."fromNodeId" = ${nodeId})`);
  if (input.status === "OPEN") conds.push(open);
  else if (input.status) conds.push(Prisma.sql`sh.status = ${input.status}::"InboundStatus"`);
  if (input.type) conds.push(Prisma.sql`sh.type = ${input.type}::"InboundType"`);
  if (input.late) conds.push(Prisma.sql`${open} AND sh.eta < ${now}`);
  if (input.q) {
    const like = likePattern(input.q);
    conds.push(Prisma.sql`(sh.reference ILIKE ${like} OR sh.supplier ILIKE ${like} OR EXISTS (
      SELECT 1 FROM "InboundShipmentLine" ql JOIN "Sku" qs ON qs.id = ql."skuId" WHERE ql."shipmentId" = sh.id AND qs.code ILIKE ${like}))`);
  }
  const where = conds.length ? Prisma.join(conds, " AND ") : Prisma.sql`TRUE`;
  const after = decodeCursor(input.cursor);
  const page = after ? Prisma.sql`AND (sh.eta, sh.id) > (${after.eta}, ${after.id})` : Prisma.empty;

  const [rows, [counts]] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT sh.id, sh.reference, sh.type::text AS type, sh.status::text AS status, sh.supplier, sh.eta, sh."shippedAt", sh."receivedAt", sh."createdAt",
             t.code AS "toCode", t.name AS "toName", t.type::text AS "toType", f.code AS "fromCode", f.name AS "fromName", f.type::text AS "fromType",
             l.lines, l.units, l."receivedUnits"
        FROM "InboundShipment" sh
        JOIN "Node" t ON t.id = sh."toNodeId"
        LEFT JOIN "Node" f ON f.id = sh."fromNodeId"
        JOIN LATERAL (
          SELECT COUNT(*)::int AS lines, COALESCE(SUM(qty), 0)::int AS units, COALESCE(SUM("receivedQty"), 0)::int AS "receivedUnits"
            FROM "InboundShipmentLine" WHERE "shipmentId" = sh.id
        ) l ON TRUE
       WHERE ${where} ${page}
       ORDER BY sh.eta, sh.id
       LIMIT ${input.limit + 1}`,
    db.$queryRaw<Array<{ total: number; lateOpen: number }>>`
      SELECT COUNT(*)::int AS total, (COUNT(*) FILTER (WHERE ${open} AND sh.eta < ${now}))::int AS "lateOpen"
        FROM "InboundShipment" sh WHERE ${where}`,
  ]);
  const more = rows.length > input.limit;
  const shown = more ? rows.slice(0, input.limit) : rows;
  return {
    rows: shown.map((r) => {
      const late = (r.status === "PLANNED" || r.status === "IN_TRANSIT") && r.eta < now;
      return {
        reference: r.reference,
        type: r.type,
        status: r.status,
        supplier: r.supplier,
        from: r.fromCode ? { code: r.fromCode, name: r.fromName!, type: r.fromType! } : null,
        to: { code: r.toCode, name: r.toName, type: r.toType },
        eta: r.eta.toISOString(),
        shippedAt: r.shippedAt?.toISOString() ?? null,
        receivedAt: r.receivedAt?.toISOString() ?? null,
        createdAt: r.createdAt.toISOString(),
        lines: r.lines,
        units: r.units,
        receivedUnits: r.receivedUnits,
        late,
        daysLate: late ? Math.floor((now.getTime() - r.eta.getTime()) / DAY_MS) : 0,
      };
    }),
    total: counts?.total ?? 0,
    lateOpen: counts?.lateOpen ?? 0,
    nextCursor: more ? encodeCursor(shown[shown.length - 1].eta, shown[shown.length - 1].id) : null,
    generatedAt: now.toISOString(),
  };
}
