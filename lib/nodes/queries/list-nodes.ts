// The network as admins and supply-chain managers browse it: filter by type, capability and text.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { CAPABILITIES, CAPABILITY_COLUMN, capabilitiesOf, type Capability } from "../capabilities";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const listNodesSchema = z.object({
  type: z.preprocess(emptyToUndefined, z.enum(["DC", "STORE"]).optional()),
  capability: z.preprocess(emptyToUndefined, z.enum(CAPABILITIES).optional()),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(100),
});
export type ListNodesInput = z.input<typeof listNodesSchema>;

export interface NodeListItem {
  id: string;
  code: string;
  name: string;
  type: "DC" | "STORE";
  city: string;
  country: string;
  capabilities: Capability[];
  dailyCapacity: number;
  timeZone: string;
  active: boolean;
}

export async function listNodes(
  db: Db | Tx,
  _actor: Actor | null,
  input: ListNodesInput = {},
): Promise<{ items: NodeListItem[]; total: number; page: number; pageSize: number }> {
  const { type, capability, q, page, pageSize } = parseInput(listNodesSchema, input);
  const where: Prisma.NodeWhereInput = {
    ...(type ? { type } : {}),
    ...(capability ? { [CAPABILITY_COLUMN[capability]]: true } : {}),
    ...(q
      ? {
          OR: [
            { code: { contains: q, mode: "insensitive" } },
            { name: { contains: q, mode: "insensitive" } },
            { city: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.node.findMany({
      where,
      orderBy: [{ type: "asc" }, { code: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        code: true,
        name: true,
        type: true,
        city: true,
        country: true,
        canShip: true,
        canPickup: true,
        canShipFromStore: true,
        canReturn: true,
        dailyCapacity: true,
        timeZone: true,
        active: true,
      },
    }),
    db.node.count({ where }),
  ]);
  return {
    items: rows.map(({ canShip, canPickup, canShipFromStore, canReturn, ...rest }) => ({
      ...rest,
      capabilities: capabilitiesOf({ canShip, canPickup, canShipFromStore, canReturn }),
    })),
    total,
    page,
    pageSize,
  };
}
