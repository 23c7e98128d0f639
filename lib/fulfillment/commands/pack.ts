// Packs a picked fulfilment order into one or more parcels (boxes or bags), ready for the carrier
// or, for a pickup the store picked itself, for the collection shelf.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { fieldIssue, RuleViolation } from "@/lib/errors";
import { packSchema, type PackInput } from "../schemas";
import { allPicked, finishWork, lockWork, moveWork, notNow, type WorkResult, type WorkRow } from "./work";

export { packSchema };
export type { PackInput };

/** PICKING (every unit confirmed) -> PACKED with its parcels, on a locked fulfilment order. */
export async function packWork(tx: Tx, actor: Actor, work: WorkRow, parcels: Array<{ weightGrams?: number }>, now: Date): Promise<void> {
  if (work.status !== "PICKING") throw notNow(work, "PACK");
  if (!allPicked(work)) {
    const left = work.lines.reduce((a, l) => a + l.qty - l.pickedQty, 0);
    throw new RuleViolation("NOT_FULLY_PICKED", { left, number: work.number }, { parcels: fieldIssue("PICK_EVERY_UNIT_FIRST") });
  }
  await tx.parcel.deleteMany({ where: { fulfillmentOrderId: work.id } });
  await tx.parcel.createMany({ data: parcels.map((p, i) => ({ fulfillmentOrderId: work.id, seq: i + 1, weightGrams: p.weightGrams ?? null })) });
  await moveWork(tx, actor, work, "PACKED", "PACK", { set: { packedAt: now }, data: { parcels: parcels.length } });
}

export async function pack(tx: Tx, actor: Actor, input: PackInput, options: { now?: Date } = {}): Promise<WorkResult> {
  const work = await lockWork(tx, actor, input, "node");
  await packWork(tx, actor, work, input.parcels, options.now ?? new Date());
  return finishWork(tx, actor, work);
}
