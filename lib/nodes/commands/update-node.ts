// An admin changes what a node is and can do: name, capabilities, daily capacity, opening hours,
// holidays, active. Optimistic locking on Node.version; the before/after is audited in the same transaction.
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { ConflictError, NotFoundError, ValidationError, fieldIssue, type ErrorCode } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { readHolidays } from "../holidays";
import { readOpeningHours } from "../opening-hours";
import { capabilityIssues, updateNodeSchema, type UpdateNodeInput } from "../schemas";

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
  holidays: true,
  active: true,
  version: true,
} as const;

export async function updateNode(tx: Tx, actor: Actor, input: UpdateNodeInput): Promise<{ id: string; code: string; version: number }> {
  const data = parseInput(updateNodeSchema, input);
  const row = await tx.node.findUnique({ where: { code: data.code }, select: { id: true, type: true, franchise: true, ...EDITABLE } });
  if (!row) throw new NotFoundError("node", data.code);
  if (row.version !== data.version) throw new ConflictError();
  const { type, franchise, ...node } = row;
  // The stored type decides, whatever the form said it was.
  const refused = capabilityIssues({ ...data, type, franchise });
  if (refused.length) throw new ValidationError(Object.fromEntries(refused.map((i) => [i.path, fieldIssue(i.code as ErrorCode)])));

  const changes = {
    name: data.name,
    canShip: data.canShip,
    canPickup: data.canPickup,
    canShipFromStore: data.canShipFromStore,
    canReturn: data.canReturn,
    dailyCapacity: data.dailyCapacity,
    openingHours: data.openingHours,
    ...(data.holidays ? { holidays: data.holidays as unknown as Prisma.InputJsonValue } : {}),
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
    before: { ...before, openingHours: readOpeningHours(before.openingHours), holidays: readHolidays(before.holidays), version },
    after: { ...changes, version: version + 1 },
  });
  return { id, code: data.code, version: version + 1 };
}
