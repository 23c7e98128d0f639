// One node for its admin page: address, coordinates, hours, capacity and today's released load.
import { z } from "zod";
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { capabilitiesOf, type Capability } from "../capabilities";
import { readOpeningHours, type OpeningHours } from "../opening-hours";
import { readHolidays, type Holiday } from "../holidays";
import { dayBoundsInZone } from "@/lib/calendar";
import { unitsReleasedToday } from "@/lib/fulfillment";

export const getNodeSchema = z.object({
  code: z.string().trim().min(1).max(40),
  /** The instant "today" is taken from (tests pin it). */
  now: z.date().optional(),
});
export type GetNodeInput = z.input<typeof getNodeSchema>;

export interface NodeDetail {
  id: string;
  code: string;
  name: string;
  type: "DC" | "STORE";
  addressLine1: string;
  city: string;
  postalCode: string;
  country: string;
  lat: number;
  lng: number;
  timeZone: string;
  capabilities: Capability[];
  dailyCapacity: number;
  openingHours: OpeningHours;
  /** Sorted by date. */
  holidays: Holiday[];
  franchise: boolean;
  active: boolean;
  version: number;
  updatedAt: Date;
  today: {
    /** Local day start/end as UTC instants. */
    start: Date;
    /** The local date, YYYY-MM-DD (past holidays are the ones before it). */
    date: string;
    end: Date;
    /** Units on fulfilment orders released to this node during the local day (cancelled work excluded). */
    releasedUnits: number;
    /** releasedUnits / dailyCapacity, or null when the node has no capacity. */
    loadRatio: number | null;
  };
}

export async function getNode(db: Db | Tx, _actor: Actor | null, input: GetNodeInput): Promise<NodeDetail> {
  const { code, now } = parseInput(getNodeSchema, input);
  const node = await db.node.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      name: true,
      type: true,
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
      active: true,
      version: true,
      updatedAt: true,
    },
  });
  if (!node) throw new NotFoundError("node", code);
  const { start, end } = dayBoundsInZone(now ?? new Date(), node.timeZone);
  const releasedUnits = (await unitsReleasedToday(db, now ?? new Date(), [node.id])).get(node.id) ?? 0;
  const { canShip, canPickup, canShipFromStore, canReturn, openingHours, holidays, ...rest } = node;
  return {
    ...rest,
    capabilities: capabilitiesOf({ canShip, canPickup, canShipFromStore, canReturn }),
    openingHours: readOpeningHours(openingHours),
    holidays: readHolidays(holidays),
    today: { start, end, date: new Intl.DateTimeFormat("en-CA", { timeZone: node.timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now ?? new Date()), releasedUnits, loadRatio: node.dailyCapacity > 0 ? releasedUnits / node.dailyCapacity : null },
  };
}
