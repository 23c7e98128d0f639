// The fulfilment network: DCs and stores with capabilities, capacity and opening hours.
import { DCS, OPENING_HOURS, STORES, TIME_ZONES } from "./geo-data";
import type { NodeSeed } from "./geo-data";
import type { NodeRec, Row } from "./model";

export const MAX_DCS = DCS.length;
export const MAX_STORES = STORES.length;

export const nodeId = (code: string) => `node_${code}`;

export function buildNetwork(dcs: number, stores: number, createdAt: Date): { nodes: NodeRec[]; rows: Row[] } {
  if (dcs < 1 || dcs > MAX_DCS) throw new Error(`scale.dcs must be between 1 and ${MAX_DCS}`);
  if (stores < 2 || stores > MAX_STORES) throw new Error(`scale.stores must be between 2 and ${MAX_STORES}`);
  const seeds: [NodeSeed, "DC" | "STORE"][] = [
    ...DCS.slice(0, dcs).map((s) => [s, "DC"] as [NodeSeed, "DC"]),
    ...STORES.slice(0, stores).map((s) => [s, "STORE"] as [NodeSeed, "STORE"]),
  ];
  const nodes: NodeRec[] = [];
  const rows: Row[] = [];
  seeds.forEach(([s, type], idx) => {
    const isStore = type === "STORE";
    const canShipFromStore = isStore && !s.noShipFromStore && !s.franchise;
    nodes.push({
      idx,
      id: nodeId(s.code),
      code: s.code,
      name: s.name,
      type,
      city: s.city,
      country: s.country,
      lat: s.lat,
      lng: s.lng,
      hours: OPENING_HOURS[s.hours],
      canShipFromStore,
      franchise: !!s.franchise,
      size: s.size,
      address: `${s.addressLine1}, ${s.postalCode} ${s.city}`,
    });
    rows.push({
      id: nodeId(s.code),
      code: s.code,
      name: s.name,
      type,
      addressLine1: s.addressLine1,
      city: s.city,
      postalCode: s.postalCode,
      country: s.country,
      lat: s.lat,
      lng: s.lng,
      timeZone: TIME_ZONES[s.country],
      canShip: !isStore || canShipFromStore,
      canPickup: isStore,
      canShipFromStore,
      canReturn: true,
      dailyCapacity: s.dailyCapacity,
      openingHours: OPENING_HOURS[s.hours],
      franchise: !!s.franchise,
      active: true,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    });
  });
  return { nodes, rows };
}
