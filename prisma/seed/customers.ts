// Demo customers: French, Belgian, Swiss, Luxembourg and Monaco names, unique e-mails, mobile
// numbers in E.164, and 1-2 addresses at real postcodes near the real town centre.
import { distanceKm, TOWNS } from "./geo-data";
import type { Country, Town } from "./geo-data";
import { asciiSlug, DUTCH_TOWNS, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, PHONE_FORMATS, STREETS, streetLine } from "./people-data";
import type { Random } from "./random";
import { pad, WeightedTable } from "./random";
import type { AddressRec, CustomerRec, NodeRec } from "./model";

function address(rng: Random, town: Town, id: string, label: string): AddressRec {
  const [postalCode, lat, lng] = rng.pick(town.postcodes);
  const dutch = DUTCH_TOWNS.has(town.city);
  const street = rng.pick(STREETS[dutch ? "BE_NL" : town.country]);
  return {
    id,
    label,
    line1: streetLine(town.country, street, rng.int(1, 148)),
    city: town.city,
    postalCode,
    country: town.country,
    lat: Math.round((lat + rng.float(-0.012, 0.012)) * 1e5) / 1e5,
    lng: Math.round((lng + rng.float(-0.016, 0.016)) * 1e5) / 1e5,
  };
}

export function byDistance<T extends { lat: number; lng: number }>(items: T[], lat: number, lng: number): T[] {
  return items
    .map((n) => [n, distanceKm(lat, lng, n.lat, n.lng)] as const)
    .sort((x, y) => x[1] - y[1])
    .map(([n]) => n);
}

export function buildCustomers(rng: Random, count: number, nodes: NodeRec[]): CustomerRec[] {
  const towns = new WeightedTable(TOWNS, TOWNS.map((t) => t.weight));
  const stores = nodes.filter((n) => n.type === "STORE");
  const dcs = nodes.filter((n) => n.type === "DC");
  const emails = new Set<string>();
  const customers: CustomerRec[] = [];
  for (let i = 0; i < count; i++) {
    const town = towns.pick(rng);
    const country: Country = town.country;
    const dutch = DUTCH_TOWNS.has(town.city);
    const firstName = rng.pick(FIRST_NAMES[dutch ? "BE_NL" : country]);
    const lastName = rng.pick(LAST_NAMES[dutch ? "BE_NL" : country]);
    const domain = rng.pick(EMAIL_DOMAINS[country]);
    const style = rng.int(0, 3);
    const f = asciiSlug(firstName).replace(/-/g, "");
    const l = asciiSlug(lastName).replace(/-/g, "");
    let local = style === 0 ? `${f}.${l}` : style === 1 ? `${f[0]}${l}` : style === 2 ? `${f}.${l}${rng.int(1, 99)}` : `${l}.${f}`;
    while (emails.has(`${local}@${domain}`)) local = `${local}${rng.int(1, 9)}`;
    emails.add(`${local}@${domain}`);
    const phoneFormat = PHONE_FORMATS[country];
    const id = `cus_${pad(i + 1, 6)}`;
    const addresses = [address(rng, town, `adr_${pad(i + 1, 6)}_1`, "Home")];
    if (rng.chance(0.35)) {
      const other = rng.chance(0.6) ? town : towns.pick(rng);
      addresses.push(address(rng, other, `adr_${pad(i + 1, 6)}_2`, rng.pick(["Work", "Work", "Parents", "Holiday home"])));
    }
    const home = addresses[0];
    customers.push({
      idx: i,
      id,
      number: `CUS-${pad(100001 + i, 6)}`,
      firstName,
      lastName,
      email: `${local}@${domain}`,
      phone: `${rng.pick(phoneFormat.prefix)}${rng.digits(phoneFormat.digits)}`,
      locale: rng.chance(0.85) ? "fr" : "en",
      country,
      addresses,
      nearStores: byDistance(stores, home.lat, home.lng).slice(0, 4),
      nearDcs: byDistance(dcs, home.lat, home.lng),
      weight: 0.3 + Math.pow(rng.next(), 3) * 6,
      isNew: rng.chance(0.15),
    });
  }
  return customers;
}
