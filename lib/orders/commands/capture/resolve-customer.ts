// Capture step "resolve customer": who the order is for and where it goes. The customer the context
// found (by id, or by e-mail), or a new one drawn from the input; the delivery address geocoded (a
// country we do not serve is a field issue) and whether it is already in the customer's book.
import { randomBytes } from "node:crypto";
import { newId } from "@/lib/db";
import { fieldIssue, type FieldIssues } from "@/lib/errors";
import { geocodeShippingAddress } from "@/lib/geo";
import type { CaptureOrderInput } from "../../schemas";
import type { CaptureContext, CustomerRow } from "./read-context";

export interface ResolvedCustomer extends Omit<CustomerRow, "phone"> {
  phone: string | null;
  /** Not in the database yet: the order's write creates them. */
  isNew: boolean;
  lastName: string;
  /** The delivery address is one of their saved ones (true when nothing ships). */
  knownAddress: boolean;
  /** Where ship lines go; null when nothing ships. */
  destination: { lat: number; lng: number } | null;
}

function splitName(name: string): { firstName: string; lastName: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return { firstName: parts[0], lastName: "" };
  return { firstName: parts.slice(0, -1).join(" "), lastName: parts[parts.length - 1] };
}

const sameAddress = (a: { line1: string; postalCode: string }, b: { line1: string; postalCode: string }) =>
  a.postalCode.replace(/\s/g, "").toUpperCase() === b.postalCode.replace(/\s/g, "").toUpperCase() && a.line1.trim().toLowerCase() === b.line1.trim().toLowerCase();

export function resolveCustomer(input: Pick<CaptureOrderInput, "customer" | "customerId" | "shippingAddress">, ctx: Pick<CaptureContext, "customer">): { issues: FieldIssues; customer: ResolvedCustomer } {
  const issues: FieldIssues = {};
  const geocoded = geocodeShippingAddress(input.shippingAddress);
  Object.assign(issues, geocoded.issues);
  const destination: { lat: number; lng: number } | null = geocoded.point;
  if (input.customerId && !ctx.customer) issues.customerId = fieldIssue("CUSTOMER_UNKNOWN");

  const { firstName, lastName } = splitName(input.customer.name);
  const found = ctx.customer;
  const base = found ?? { id: newId(), firstName, locale: input.shippingAddress?.country === "FR" ? "fr" : "en", phone: null, hasOrders: false, addresses: [] };
  const knownAddress = input.shippingAddress ? base.addresses.some((a) => sameAddress(a, input.shippingAddress!)) : true;
  return { issues, customer: { ...base, isNew: !found, lastName, knownAddress, destination } };
}

/** The customer's number, for a new one. */
export function newCustomerNumber(): string {
  return `C-${randomBytes(5).toString("hex").toUpperCase()}`;
}
