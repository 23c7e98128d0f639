// Notes on an order: append-only, shown on the timeline.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { recordOrderEvent } from "../events";
import { addNoteSchema, type AddNoteInput } from "../schemas";

export { addNoteSchema };
export type { AddNoteInput };

export async function addNote(tx: Tx, actor: Actor, input: AddNoteInput): Promise<{ id: string }> {
  if (actor.kind !== "user") throw new ForbiddenError();
  const order = await tx.order.findUnique({ where: { id: input.orderId }, select: { id: true } });
  if (!order) throw new NotFoundError("order", input.orderId);
  const note = await tx.orderNote.create({ data: { orderId: order.id, authorId: actor.id, body: input.body }, select: { id: true } });
  await recordOrderEvent(tx, actor, order.id, "note.added", { data: { noteId: note.id, excerpt: input.body.slice(0, 140) } });
  return note;
}
