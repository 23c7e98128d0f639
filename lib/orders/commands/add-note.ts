// Notes on an order: append-only, shown on the timeline.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { recordOrderEvent } from "../events";
import { assertOrderAccess } from "./order-access";
import { addNoteSchema, type AddNoteInput } from "../schemas";

export { addNoteSchema };
export type { AddNoteInput };

export async function addNote(tx: Tx, actor: Actor, input: AddNoteInput): Promise<{ id: string }> {
  await assertOrderAccess(tx, actor, input.orderId, "order.note.add");
  // A note has a person as its author.
  if (actor.kind !== "user") throw new ForbiddenError();
  const note = await tx.orderNote.create({ data: { orderId: input.orderId, authorId: actor.id, body: input.body }, select: { id: true } });
  await recordOrderEvent(tx, actor, input.orderId, "note.added", { data: { noteId: note.id, excerpt: input.body.slice(0, 140) } });
  return note;
}
