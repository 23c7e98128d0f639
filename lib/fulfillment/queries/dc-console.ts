// The DC console (supply-chain managers): one DC's open fulfilment orders a page at a time, with
// how many wait at each stage and how many left today. Store associates and API keys get nothing:
// the store's own scope check refuses them.
import { z } from "zod";
import { assertStoreScope, type Actor } from "@/lib/auth";
import { dayBoundsInZone } from "@/lib/calendar";
import type { Db, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { DC_CONSOLE_PAGE_SIZE, DC_CONSOLE_STATUSES, type DcConsole, type DcConsoleStatus } from "../dc-console-shape";
import { listNodeWork } from "./fulfillment-work";
import { sourcingReasonsFor } from "./sourcing-reasons";

export const dcConsoleInputSchema = z.object({
  /** A DC's code; the first active DC when left out. */
  node: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
  /** One stage only; every open fulfilment order when left out. */
  status: z.enum(DC_CONSOLE_STATUSES).optional(),
  cursor: z.string().trim().min(1).max(64).optional(),
  limit: z.number().int().min(1).max(100).default(DC_CONSOLE_PAGE_SIZE),
});
export type DcConsoleInput = z.input<typeof dcConsoleInputSchema>;

const DC_SELECT = { id: true, code: true, name: true, city: true, timeZone: true } as const;

export async function getDcConsole(db: Db | Tx, actor: Actor, input: DcConsoleInput, options: { now?: Date } = {}): Promise<DcConsole> {
  const { node: code, status, cursor, limit } = dcConsoleInputSchema.parse(input);
  const now = options.now ?? new Date();
  const dcs = await db.node.findMany({ where: { type: "DC", active: true }, select: { code: true, name: true, city: true }, orderBy: { code: "asc" } });
  // An inactive DC named in the URL still shows its remaining work.
  const dc = code ? await db.node.findFirst({ where: { code, type: "DC" }, select: DC_SELECT }) : dcs.length ? await db.node.findUnique({ where: { code: dcs[0].code }, select: DC_SELECT }) : null;
  if (!dc) {
    // Those without the console's scope learn nothing, not even whether the code exists.
    assertStoreScope(actor, null);
    throw new NotFoundError("dc", code);
  }
  assertStoreScope(actor, dc.id);

  const here = { OR: [{ nodeId: dc.id }, { pickupNodeId: dc.id }] };
  const today = dayBoundsInZone(now, dc.timeZone);
  const [page, grouped, shippedToday] = await Promise.all([
    listNodeWork(db, actor, { node: dc.code, status, openOnly: !status, cursor, limit }),
    db.fulfillmentOrder.groupBy({ by: ["status"], where: { ...here, status: { in: [...DC_CONSOLE_STATUSES] } }, _count: { _all: true } }),
    db.fulfillmentOrder.count({ where: { nodeId: dc.id, shippedAt: { gte: today.start, lt: today.end } } }),
  ]);
  const counts = Object.fromEntries(DC_CONSOLE_STATUSES.map((s) => [s, 0])) as Record<DcConsoleStatus, number>;
  for (const g of grouped) counts[g.status as DcConsoleStatus] = g._count._all;

  const reasons = await sourcingReasonsFor(db, page.items.filter((w) => w.node.code === dc.code).map((w) => w.id));
  return { dc, dcs, generatedAt: now.toISOString(), counts, shippedToday, status: status ?? null, items: page.items, nextCursor: page.nextCursor, reasons };
}
