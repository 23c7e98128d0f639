// Capture: an order arrives from any channel. In one transaction it is validated, priced, checked
// against the hold rules, sourced by the DOM engine on locked stock, reserved, released to the
// nodes (unless held), authorised in the payment ledger, and the customer is told.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { ValidationError, type FieldErrors } from "@/lib/errors";
import { geocodeAddress } from "@/lib/geo/geocode";
import { lockPositions } from "@/lib/inventory/commands/reserve";
import { getPublishedRules } from "@/lib/rules/published";
import { planSourcing } from "@/lib/sourcing";
import { recomputeOrder } from "../derive";
import { recordOrderEvent } from "../events";
import { evaluateHolds } from "../holds";
import { notifyCustomer } from "../notify";
import { priceOrder, promoProblem } from "../pricing";
import { applyPlan, type PlanLineInfo } from "../sourcing/apply-plan";
import { buildInstance, loadSourcingContext } from "../sourcing/snapshot";
import { addressSchema, customerInputSchema, orderLineInputSchema, captureOrderSchema, type CaptureOrderInput } from "../schemas";

export { addressSchema, customerInputSchema, orderLineInputSchema, captureOrderSchema };
export type { CaptureOrderInput };

export interface CaptureOrderResult {
  id: string;
  number: string;
}

function splitName(name: string): { firstName: string; lastName: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return { firstName: parts[0], lastName: "" };
  return { firstName: parts.slice(0, -1).join(" "), lastName: parts[parts.length - 1] };
}

const PROMO_MESSAGES = {
  UNKNOWN: "This promo code does not exist.",
  INACTIVE: "This promo code is no longer active.",
  NOT_YET_VALID: "This promo code is not valid yet.",
  EXPIRED: "This promo code has expired.",
  MINIMUM_NOT_REACHED: "The order does not reach this promo code's minimum amount.",
} as const;

const sameAddress = (a: { line1: string; postalCode: string }, b: { line1: string; postalCode: string }) =>
  a.postalCode.replace(/\s/g, "").toUpperCase() === b.postalCode.replace(/\s/g, "").toUpperCase() && a.line1.trim().toLowerCase() === b.line1.trim().toLowerCase();

export async function captureOrder(tx: Tx, actor: Actor, input: CaptureOrderInput, options: { now?: Date } = {}): Promise<CaptureOrderResult> {
  const now = options.now ?? new Date();
  const fields: FieldErrors = {};

  // Catalogue and stores: every problem at once, by field.
  const skuCodes = [...new Set(input.lines.map((l) => l.sku))];
  const skus = await tx.sku.findMany({ where: { code: { in: skuCodes } }, select: { id: true, code: true, priceMinor: true, currency: true, active: true } });
  const skuByCode = new Map(skus.map((s) => [s.code, s]));
  const storeCodes = [...new Set(input.lines.flatMap((l) => (l.pickupStore ? [l.pickupStore] : [])))];
  const stores = await tx.node.findMany({ where: { code: { in: storeCodes } }, select: { id: true, code: true, type: true, canPickup: true, active: true } });
  const storeByCode = new Map(stores.map((s) => [s.code, s]));
  input.lines.forEach((l, i) => {
    const sku = skuByCode.get(l.sku);
    if (!sku) fields[`lines.${i}.sku`] = `Unknown SKU ${l.sku}.`;
    else if (!sku.active) fields[`lines.${i}.sku`] = `SKU ${l.sku} is no longer sold.`;
    if (l.pickupStore) {
      const store = storeByCode.get(l.pickupStore);
      if (!store) fields[`lines.${i}.pickupStore`] = `Unknown store ${l.pickupStore}.`;
      else if (store.type !== "STORE" || !store.canPickup || !store.active) fields[`lines.${i}.pickupStore`] = `${l.pickupStore} does not offer pickup.`;
    }
  });
  const currencies = new Set(skus.map((s) => s.currency));
  if (currencies.size > 1) fields.lines = "All lines must be in one currency.";

  let destination: { lat: number; lng: number } | null = null;
  if (input.shippingAddress) {
    try {
      destination = geocodeAddress(input.shippingAddress);
    } catch (e) {
      if (e instanceof ValidationError || (e as { fields?: FieldErrors }).fields) Object.assign(fields, (e as { fields: FieldErrors }).fields);
      else throw e;
    }
  }

  // A returning customer is found by e-mail in any case (indexed on lower(email)).
  const customerId =
    input.customerId ??
    (await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Customer" WHERE lower(email) = ${input.customer.email} ORDER BY "createdAt" ASC LIMIT 1`)[0]?.id;
  const customer = customerId ? await tx.customer.findUnique({ where: { id: customerId }, include: { addresses: true, _count: { select: { orders: true } } } }) : null;
  if (input.customerId && !customer) fields.customerId = "This customer does not exist.";

  const priceLines = input.lines.map((l) => ({ qty: l.qty, unitPriceMinor: skuByCode.get(l.sku)?.priceMinor ?? 0, mode: l.mode }));
  const subtotal = priceLines.reduce((a, l) => a + l.qty * l.unitPriceMinor, 0);
  const promo = input.promoCode ? await tx.promoCode.findUnique({ where: { code: input.promoCode } }) : null;
  if (input.promoCode) {
    const problem = promoProblem(promo, subtotal, now);
    if (problem) fields.promoCode = PROMO_MESSAGES[problem];
  }
  if (Object.keys(fields).length) throw new ValidationError("The order cannot be placed as it is.", fields);

  const currency = skus[0]?.currency ?? "EUR";
  const priced = priceOrder(priceLines, input.promoCode ? promo : null);

  const { firstName, lastName } = splitName(input.customer.name);
  const cust =
    customer ??
    (await tx.customer.create({
      data: { number: `C-${randomBytes(5).toString("hex").toUpperCase()}`, firstName, lastName, email: input.customer.email, phone: input.customer.phone ?? null, locale: input.shippingAddress?.country === "FR" ? "fr" : "en" },
      include: { addresses: true, _count: { select: { orders: true } } },
    }));
  const knownAddress = input.shippingAddress ? cust.addresses.some((a) => sameAddress(a, input.shippingAddress!)) : true;
  if (input.shippingAddress && !knownAddress) {
    await tx.address.create({
      data: { customerId: cust.id, line1: input.shippingAddress.line1, line2: input.shippingAddress.line2 ?? null, city: input.shippingAddress.city, postalCode: input.shippingAddress.postalCode, country: input.shippingAddress.country, lat: destination?.lat, lng: destination?.lng, isDefault: cust.addresses.length === 0 },
    });
  }

  const [{ nextval }] = await tx.$queryRaw<Array<{ nextval: bigint }>>`SELECT nextval('order_number_seq')`;
  const number = `OMS-${nextval}`;
  const firstPickup = input.lines.find((l) => l.mode === "PICKUP")?.pickupStore;
  const order = await tx.order.create({
    data: {
      number,
      channel: input.channel,
      status: "CREATED",
      customerId: cust.id,
      email: input.customer.email,
      phone: input.customer.phone ?? cust.phone ?? null,
      shipName: input.shippingAddress ? input.shippingAddress.name || input.customer.name : null,
      shipLine1: input.shippingAddress?.line1 ?? null,
      shipLine2: input.shippingAddress?.line2 ?? null,
      shipCity: input.shippingAddress?.city ?? null,
      shipPostalCode: input.shippingAddress?.postalCode ?? null,
      shipCountry: input.shippingAddress?.country ?? null,
      shipLat: destination?.lat ?? null,
      shipLng: destination?.lng ?? null,
      currency,
      subtotalMinor: priced.subtotalMinor,
      shippingMinor: priced.shippingMinor,
      discountMinor: priced.discountMinor,
      taxMinor: priced.taxMinor,
      totalMinor: priced.totalMinor,
      promoCode: priced.promoCode,
      placedAt: now,
      createdBy: actor.id,
      lines: {
        create: input.lines.map((l, i) => ({
          lineNo: i + 1,
          skuId: skuByCode.get(l.sku)!.id,
          qty: l.qty,
          unitPriceMinor: skuByCode.get(l.sku)!.priceMinor,
          discountMinor: priced.lineDiscountMinor[i],
          deliveryMode: l.mode,
          pickupNodeId: l.pickupStore ? storeByCode.get(l.pickupStore)!.id : null,
        })),
      },
    },
    select: { id: true, number: true, lines: { select: { id: true, lineNo: true, skuId: true } } },
  });
  await recordOrderEvent(tx, actor, order.id, "order.created", {
    data: { channel: input.channel, totalMinor: priced.totalMinor, currency, lines: input.lines.length, promoCode: priced.promoCode },
  });

  const { definition: holdRules } = await getPublishedRules(tx, "HOLDS");
  const unitsBySku = new Map<string, number>();
  for (const l of input.lines) unitsBySku.set(l.sku, (unitsBySku.get(l.sku) ?? 0) + l.qty);
  const holds = evaluateHolds(
    { totalMinor: priced.totalMinor, currency, unitsBySku, newCustomer: cust._count.orders === 0, addressMismatch: cust.addresses.length > 0 && !knownAddress },
    holdRules,
  );
  for (const h of holds) {
    await tx.orderHold.create({ data: { orderId: order.id, type: h.type, reason: h.reason } });
    await recordOrderEvent(tx, actor, order.id, "order.held", { reason: h.reason, data: { type: h.type } });
  }

  // Source on locked positions: nobody else can take these units until we commit.
  const lineBySku = new Map(order.lines.map((l) => [l.lineNo, l]));
  await lockPositions(tx, order.lines.map((l) => l.skuId));
  const ctx = await loadSourcingContext(tx, order.lines.map((l) => l.skuId), now);
  const pickupPoint = firstPickup ? ctx.nodeByCode.get(firstPickup) : undefined;
  const dest = destination ?? (pickupPoint ? { lat: pickupPoint.lat, lng: pickupPoint.lng } : { lat: 0, lng: 0 });
  const snapshotLines = input.lines.map((l, i) => ({ id: lineBySku.get(i + 1)!.id, sku: l.sku, qty: l.qty, mode: l.mode, pickupNode: l.pickupStore }));
  const instance = buildInstance(ctx, { id: order.number, destination: dest, lines: snapshotLines });
  const plan = planSourcing(instance);
  const infos = new Map<string, PlanLineInfo>(input.lines.map((l, i) => [lineBySku.get(i + 1)!.id, { id: lineBySku.get(i + 1)!.id, lineNo: i + 1, skuId: skuByCode.get(l.sku)!.id, skuCode: l.sku }]));
  await applyPlan(tx, actor, { order: { id: order.id, number, destination: dest }, instance, plan, ctx, lines: infos, release: holds.length === 0, reason: "CAPTURE", now });

  await tx.paymentTransaction.create({
    data: { orderId: order.id, type: "AUTHORIZATION", amountMinor: priced.totalMinor, currency, reference: `AUTH-${randomBytes(4).toString("hex").toUpperCase()}`, createdBy: actor.id, note: "Authorised at capture" },
  });
  await recordOrderEvent(tx, actor, order.id, "payment.authorized", { data: { amountMinor: priced.totalMinor, currency } });
  await recomputeOrder(tx, actor, order.id);
  await notifyCustomer(tx, order.id, "ORDER_CONFIRMED");
  return { id: order.id, number };
}
