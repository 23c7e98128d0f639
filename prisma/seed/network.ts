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
      holidays: isStore && s.country === "FR" ? frenchPublicHolidays(createdAt) : [],
      active: true,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    });
  });
  return { nodes, rows };
}

/** Easter Sunday (Gregorian, anonymous algorithm) as [month, day]. */
function easter(year: number): [number, number] {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((8 * b + 13) / 25)) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return [month, ((h + l - 7 * m + 114) % 31) + 1];
}

/**
 * The French public holidays of the six months after the world's "now" (400 days after its epoch,
 * as world.ts builds it): the French stores close on them, so the demo's promised dates skip them.
 */
function frenchPublicHolidays(epoch: Date): Array<{ date: string; name: string; hours: [] }> {
  const from = new Date(epoch.getTime() + 400 * 86_400_000);
  const to = new Date(from.getTime() + 183 * 86_400_000);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const out: Array<{ date: string; name: string; hours: [] }> = [];
  for (let year = from.getUTCFullYear(); year <= to.getUTCFullYear(); year++) {
    const [em, ed] = easter(year);
    const fromEaster = (days: number) => iso(new Date(Date.UTC(year, em - 1, ed + days)));
    const days: Array<[string, string]> = [
      [`${year}-01-01`, "Jour de l'an"],
      [fromEaster(1), "Lundi de Pâques"],
      [`${year}-05-01`, "Fête du Travail"],
      [`${year}-05-08`, "Victoire 1945"],
      [fromEaster(39), "Ascension"],
      [fromEaster(50), "Lundi de Pentecôte"],
      [`${year}-07-14`, "Fête nationale"],
      [`${year}-08-15`, "Assomption"],
      [`${year}-11-01`, "Toussaint"],
      [`${year}-11-11`, "Armistice 1918"],
      [`${year}-12-25`, "Noël"],
    ];
    for (const [date, name] of days) if (date >= iso(from) && date <= iso(to)) out.push({ date, name, hours: [] });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
