// The outbox as an admin reads it: newest first, filtered by status, topic and a search on the
// recipient, subject or order number, with the count per status for the filter.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { OutboxChannel, OutboxStatus } from "@/generated/prisma/enums";
import { authorize, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { deliveryInfo, OUTBOX_ROW_SELECT, type DeliveryInfo } from "./delivery-info";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const listOutboxSchema = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(OutboxStatus).optional()),
  topic: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type ListOutboxInput = z.input<typeof listOutboxSchema>;

export interface OutboxListItem {
  id: string;
  channel: OutboxChannel;
  topic: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  recipient: string;
  subject: string | null;
  order: { id: string; number: string } | null;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
  delivery: DeliveryInfo | null;
}

export interface OutboxList {
  items: OutboxListItem[];
  total: number;
  page: number;
  pageSize: number;
  /** Messages per status across the whole outbox (ignores the filters). */
  counts: Record<OutboxStatus, number>;
}

export async function listOutbox(db: Db | Tx, actor: Actor | null, input: ListOutboxInput = {}): Promise<OutboxList> {
  if (actor) authorize(actor, "outbox.view");
  const { status, topic, q, page, pageSize } = parseInput(listOutboxSchema, input);
  const where: Prisma.OutboxMessageWhereInput = {
    ...(status ? { status } : {}),
    ...(topic ? { topic } : {}),
    ...(q
      ? {
          OR: [
            { recipient: { contains: q, mode: "insensitive" } },
            { subject: { contains: q, mode: "insensitive" } },
            { order: { number: { contains: q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  const [rows, total, grouped] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: OUTBOX_ROW_SELECT,
    }),
    db.outboxMessage.count({ where }),
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = { PENDING: 0, SENT: 0, FAILED: 0 } satisfies Record<OutboxStatus, number>;
  for (const g of grouped) counts[g.status] = g._count._all;
  const items = rows.map(({ payload, ...row }) => ({ ...row, delivery: deliveryInfo(payload) }));
  return { items, total, page, pageSize, counts };
}
