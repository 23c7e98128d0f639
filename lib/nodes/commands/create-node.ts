// An admin opens a new store or DC: every field checked by the create schema (code format, type
// and capabilities consistent, coordinates, a time zone Intl knows, hours and holidays), the code
// unique across the network, and the new node audited as "node.create" in the same transaction.
// A new node holds no stock: positions appear with its first receipt, count or feed.
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ValidationError, fieldIssue } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { createNodeSchema, type CreateNodeData, type CreateNodeInput } from "../schemas";

export { createNodeSchema };
export type { CreateNodeInput };

/** Writes a node already parsed by createNodeSchema and its audit row (the import shares it). */
export async function insertNode(tx: Tx, actor: Actor, data: CreateNodeData, reason?: string): Promise<{ id: string; code: string; version: number }> {
  let node: { id: string; code: string; version: number };
  try {
    node = await tx.node.create({
      data: { ...data, openingHours: data.openingHours as Prisma.InputJsonValue, holidays: data.holidays as unknown as Prisma.InputJsonValue },
      select: { id: true, code: true, version: true },
    });
  } catch (e) {
    // Another admin created the same code between our check and the insert.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new ValidationError({ code: fieldIssue("NODE_CODE_TAKEN", { code: data.code }) });
    throw e;
  }
  await recordAudit(tx, actor, { entityType: "Node", entityId: node.id, action: "node.create", after: { ...data, version: node.version }, reason: reason ?? null });
  return node;
}

export async function createNode(tx: Tx, actor: Actor, input: CreateNodeInput): Promise<{ id: string; code: string; version: number }> {
  const data = parseInput(createNodeSchema, input);
  const taken = await tx.node.findUnique({ where: { code: data.code }, select: { id: true } });
  if (taken) throw new ValidationError({ code: fieldIssue("NODE_CODE_TAKEN", { code: data.code }) });
  return insertNode(tx, actor, data);
}
