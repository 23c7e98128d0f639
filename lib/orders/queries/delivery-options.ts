// Available to promise and delivery options for a cart, as an agent on the phone or a channel's
// checkout asks: network units available now per SKU, and for ship-to-home and for pickup stores
// the date the customer can expect, from the engine's plan on today's stock, the nodes' calendars
// and, for units nobody has, the next inbound supply. Reads only; reserves nothing.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { fieldIssue, ValidationError, type FieldIssues } from "@/lib/errors";
import { geocodeShippingAddress } from "@/lib/geo";
import { haversineKm, planSourcing, type Plan } from "@/lib/sourcing";
import { addressSchema } from "../schemas";
import { promiseFor, supplyPromise } from "../sourcing/promises";
import { buildInstance, loadSourcingSnapshot, type NodeInfo, type SourcingContext } from "../sourcing/snapshot";

export const deliveryOptionsSchema = z.object({
  lines: z
    .array(z.object({ sku: z.string().trim().min(1).max(64), qty: z.number().int().min(1).max(999) }))
    .min(1)
    .max(50),
  shippingAddress: addressSchema.optional(),
  pickupStore: z.string().trim().max(32).optional(),
});
export type DeliveryOptionsInput = z.infer<typeof deliveryOptionsSchema>;

export interface DeliveryOption {
  mode: "SHIP" | "PICKUP";
  /** The pickup store for PICKUP options. */
  node?: string;
  nodeName?: string;
  /** When the customer has the units (delivered, or ready at the counter); null if unknown. */
  promisedDate: string | null;
  /** Units the option covers now; the rest waits for supply (see promisedDate). */
  availableQty: number;
  complete: boolean;
  /** Nodes the units would come from. */
  sources: string[];
  distanceKm?: number;
}

export interface LineAvailability {
  sku: string;
  name: string | null;
  requested: number;
  /** Network units available to promise now. */
  available: number;
  options: DeliveryOption[];
}

export interface DeliveryOptionsResult {
  lines: LineAvailability[];
  /** What ship-to-home costs the customer for this cart, in minor units (see lib/orders/pricing). */
  currency: string;
}

const NEAREST_STORES = 3;

function linePromise(plan: Plan, lineId: string, ctx: SourcingContext, destination: { lat: number; lng: number }, pickup: NodeInfo | null, now: Date) {
  let latest: Date | null = null;
  const sources: string[] = [];
  let qty = 0;
  for (const s of plan.shipments) {
    const part = s.lines.find((l) => l.line === lineId);
    if (!part) continue;
    const node = ctx.nodeByCode.get(s.node)!;
    sources.push(node.code);
    qty += part.qty;
    const date = promiseFor(node, pickup ?? "customer", destination, now);
    if (!latest || date > latest) latest = date;
  }
  return { latest, sources, qty };
}

export async function getDeliveryOptions(db: Db | Tx, input: DeliveryOptionsInput, options: { now?: Date } = {}): Promise<DeliveryOptionsResult> {
  const now = options.now ?? new Date();
  const fields: FieldIssues = {};
  const codes = [...new Set(input.lines.map((l) => l.sku))];
  const skus = await db.sku.findMany({ where: { code: { in: codes } }, select: { id: true, code: true, name: true, currency: true, product: { select: { category: { select: { code: true } } } } } });
  const skuByCode = new Map(skus.map((s) => [s.code, s]));
  input.lines.forEach((l, i) => {
    if (!skuByCode.has(l.sku)) fields[`lines.${i}.sku`] = fieldIssue("SKU_UNKNOWN", { sku: l.sku });
  });
  const geocoded = geocodeShippingAddress(input.shippingAddress);
  Object.assign(fields, geocoded.issues);
  const destination: { lat: number; lng: number } | null = geocoded.point;
  const ctx = await loadSourcingSnapshot(db, skus, now);
  const chosenStore = input.pickupStore ? ctx.nodeByCode.get(input.pickupStore) : undefined;
  if (input.pickupStore && (!chosenStore || chosenStore.type !== "STORE" || !chosenStore.canPickup)) fields.pickupStore = fieldIssue("PICKUP_NOT_OFFERED", { store: input.pickupStore });
  if (Object.keys(fields).length) throw new ValidationError(fields);

  // Network ATP per SKU, ignoring franchise protection: it is what the business has, not what one order may take.
  const available = new Map<string, number>();
  for (const [key, units] of ctx.available) {
    const sku = key.split("|")[1];
    available.set(sku, (available.get(sku) ?? 0) + units);
  }

  const lines = input.lines.map((l, i) => ({ id: `L${i + 1}`, sku: l.sku, qty: l.qty, category: skuByCode.get(l.sku)!.product.category.code }));
  const result: LineAvailability[] = input.lines.map((l) => ({ sku: l.sku, name: skuByCode.get(l.sku)!.name, requested: l.qty, available: available.get(l.sku) ?? 0, options: [] }));

  const addOptions = async (mode: "SHIP" | "PICKUP", dest: { lat: number; lng: number }, store: NodeInfo | null) => {
    const instance = buildInstance(ctx, { id: "availability", destination: dest, lines: lines.map((l) => ({ ...l, mode, ...(store ? { pickupNode: store.code } : {}) })) });
    const plan = planSourcing(instance, { alternatives: 0 });
    for (let i = 0; i < lines.length; i++) {
      const { latest, sources, qty } = linePromise(plan, lines[i].id, ctx, dest, store, now);
      let date = latest;
      if (qty < lines[i].qty) {
        // Units wait for supply: without any, the date is unknown.
        const later = await supplyPromise(db, ctx, skuByCode.get(lines[i].sku)!.id, dest, store);
        date = later && (!date || later > date) ? later : later ? date : null;
      }
      result[i].options.push({
        mode,
        ...(store ? { node: store.code, nodeName: store.name } : {}),
        promisedDate: date ? date.toISOString() : null,
        availableQty: qty,
        complete: qty >= lines[i].qty,
        sources: [...new Set(sources)],
        ...(store && destination ? { distanceKm: Math.round(haversineKm(store, destination)) } : {}),
      });
    }
  };

  if (destination) await addOptions("SHIP", destination, null);
  const stores = chosenStore
    ? [chosenStore]
    : destination
      ? ctx.nodes
          .filter((n) => n.type === "STORE" && n.canPickup)
          .map((n) => ({ n, km: haversineKm(n, destination!) }))
          .sort((a, b) => a.km - b.km || a.n.code.localeCompare(b.n.code))
          .slice(0, NEAREST_STORES)
          .map((x) => x.n)
      : [];
  for (const store of stores) await addOptions("PICKUP", { lat: store.lat, lng: store.lng }, store);
  return { lines: result, currency: skus[0]?.currency ?? "EUR" };
}
