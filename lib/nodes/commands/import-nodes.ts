// Bulk import of nodes from CSV rows (the admin's upload; columns in docs/csv.md "Nodes"). Every
// row is checked with the create-node schema, its code against the file and the network, and the
// whole file is refused with a per-row report when any row has a problem: nothing is written
// unless every row is valid, in one transaction, one AuditEvent per node. Mode CREATE only adds
// nodes (an existing code is a problem); UPSERT also updates the nodes whose code exists (all the
// columns of the file; a node's type never changes; its stock, active flag and, when the file has
// no holidays column, its holidays stay). `dryRun` checks and reports without writing.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { MAX_IMPORT_ROWS, NODE_CSV_COLUMNS, checkNodeRows, type NodeRowProblem } from "../csv";
import { readHolidays } from "../holidays";
import { readOpeningHours } from "../opening-hours";
import { insertNode } from "./create-node";

export const importNodesSchema = z.object({
  mode: z.enum(["CREATE", "UPSERT"]),
  rows: z
    .array(z.object({ line: z.number().int().min(1), values: z.partialRecord(z.enum(NODE_CSV_COLUMNS), z.string().max(2000)) }))
    .min(1)
    .max(MAX_IMPORT_ROWS),
  dryRun: z.boolean().default(false),
});
export type ImportNodesInput = z.input<typeof importNodesSchema>;

export interface ImportNodesResult {
  /** True when the nodes were written; false for a dry run or a file with problems. */
  written: boolean;
  /** Codes created (or that would be), in file order. */
  created: string[];
  /** Codes updated (or that would be), in file order. */
  updated: string[];
  problems: NodeRowProblem[];
}

const UPDATED_COLUMNS = {
  id: true,
  type: true,
  name: true,
  addressLine1: true,
  city: true,
  postalCode: true,
  country: true,
  lat: true,
  lng: true,
  timeZone: true,
  canShip: true,
  canPickup: true,
  canShipFromStore: true,
  canReturn: true,
  dailyCapacity: true,
  openingHours: true,
  holidays: true,
  franchise: true,
  version: true,
} as const;

export async function importNodes(tx: Tx, actor: Actor, input: ImportNodesInput): Promise<ImportNodesResult> {
  const { mode, rows, dryRun } = parseInput(importNodesSchema, input);
  const { valid, problems } = checkNodeRows(rows);
  const hasHolidays = rows.some((r) => r.values.holidays !== undefined);

  const codes = valid.map((v) => v.data.code);
  const existing = new Map((await tx.node.findMany({ where: { code: { in: codes } }, select: { code: true, ...UPDATED_COLUMNS } })).map((n) => [n.code, n]));
  const created: string[] = [];
  const updated: string[] = [];
  for (const { line, data } of valid) {
    const node = existing.get(data.code);
    if (!node) created.push(data.code);
    else if (mode === "CREATE") problems.push({ line, code: data.code, column: "code", issue: { code: "NODE_IMPORT_EXISTS", params: { code: data.code } } });
    else if (node.type !== data.type) problems.push({ line, code: data.code, column: "type", issue: { code: "NODE_TYPE_CHANGE", params: { code: data.code, current: node.type } } });
    else updated.push(data.code);
  }
  problems.sort((a, b) => a.line - b.line);
  if (problems.length || dryRun) return { written: false, created, updated, problems };

  const reason = `import:${mode}`;
  for (const { data } of valid) {
    const node = existing.get(data.code);
    if (!node) {
      await insertNode(tx, actor, data, reason);
      continue;
    }
    // An import is not a form: it holds no version, and replaces what it names as it stands now.
    const { id, version, type: _type, ...before } = node;
    const { code: _code, type: _t, active: _active, holidays, ...columns } = data;
    const after = { ...columns, ...(hasHolidays ? { holidays } : {}) };
    await tx.node.update({
      where: { id },
      data: { ...after, openingHours: after.openingHours as Prisma.InputJsonValue, ...(hasHolidays ? { holidays: holidays as unknown as Prisma.InputJsonValue } : {}), version: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      entityType: "Node",
      entityId: id,
      action: "node.update",
      before: { ...before, openingHours: readOpeningHours(before.openingHours), holidays: readHolidays(before.holidays), version },
      after: { ...after, version: version + 1 },
      reason,
    });
  }
  return { written: true, created, updated, problems: [] };
}
