// The network as a channel's store locator sees it: active DCs and stores with what they offer,
// where they are and when they open. (lib/nodes lists nodes for admins, with paging and without
// coordinates; this is the public, complete and stable view.)
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const listNetworkNodesSchema = z.object({
  type: z.preprocess(emptyToUndefined, z.enum(["DC", "STORE"], { error: "Use DC or STORE." }).optional()),
});
export type ListNetworkNodesInput = z.input<typeof listNetworkNodesSchema>;

export interface NetworkNode {
  code: string;
  type: "DC" | "STORE";
  name: string;
  canShip: boolean;
  canPickup: boolean;
  canShipFromStore: boolean;
  canReturn: boolean;
  lat: number;
  lng: number;
  address: { line1: string; city: string; postalCode: string; country: string };
  city: string;
  timeZone: string;
  /** {"mon": [["09:00","19:00"]], …, "sun": []} in the node's time zone. */
  openingHours: unknown;
}

export async function listNetworkNodes(db: Db | Tx, input: ListNetworkNodesInput = {}): Promise<{ items: NetworkNode[] }> {
  const { type } = parseInput(listNetworkNodesSchema, input);
  const rows = await db.node.findMany({
    where: { active: true, ...(type ? { type } : {}) },
    orderBy: [{ type: "asc" }, { code: "asc" }],
    select: {
      code: true,
      type: true,
      name: true,
      canShip: true,
      canPickup: true,
      canShipFromStore: true,
      canReturn: true,
      lat: true,
      lng: true,
      addressLine1: true,
      city: true,
      postalCode: true,
      country: true,
      timeZone: true,
      openingHours: true,
    },
  });
  return {
    items: rows.map(({ addressLine1, postalCode, country, ...n }) => ({
      ...n,
      address: { line1: addressLine1, city: n.city, postalCode, country },
    })),
  };
}
