// An admin changes what a node is and can do: name, capabilities, daily capacity, opening hours,
// active. Optimistic locking on Node.version; the before/after is audited in the same transaction.
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { readOpeningHours } from "../opening-hours";
import { updateNodeSchema, type UpdateNodeInput } from "../schemas";

export { updateNodeSchema };
export type { UpdateNodeInput };

const EDITABLE = {
  name: true,
  canShip: true,
  canPickup: true,
  canShipFromStore: true,
  canReturn: true,
  dailyCapacity: true,
  openingHours: true,
  active: true,
  version: true,
} as const;

export async function updateNode(tx: Tx, actor: Actor, input: UpdateNodeInput): Promise<{ id: string; code: string; version: number }> {
  const data = parseInput(updateNodeSchema, input);
  const node = await tx.node.findUnique({ where: { code: data.code }, select: { id: true, ...EDITABLE } });
  if (!node) throw new NotFoundError("node", data.code);
  if (node.version !== data.version) throw new ConflictError();

  const changes = {
    name: data.name,
    canShip: data.canShip,
    canPickup: data.canPickup,
    canShipFromStore: data.canShipFromStore,
    canReturn: data.canReturn,
    dailyCapacity: data.dailyCapacity,
    openingHours: data.openingHours,
    active: data.active,
  };
  // The version in the WHERE makes a concurrent save between the read above and here lose cleanly.
  const { count } = await tx.node.updateMany({
    where: { id: node.id, version: data.version },
    data: { ...changes, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError();

  const { id, version, ...before } = node;
  await recordAudit(tx, actor, {
    entityType: "Node",
    entityId: id,
    action: "node.update",
    before: { ...before, openingHours: readOpeningHours(before.openingHours), version },
    after: { ...changes, version: version + 1 },
  });
  return { id, code: data.code, version: version + 1 };
}
