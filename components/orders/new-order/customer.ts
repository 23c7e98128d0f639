// The customer as the new-order form holds it: who is on the phone and the address to prefill.
// Plain data (no server imports) so the page, the route handler and the client share one shape.
import type { CustomerDetail } from "@/lib/customers/client";

export interface AddressValues {
  name: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface NewOrderCustomer {
  id: string;
  number: string;
  name: string;
  email: string;
  phone: string;
  /** The default address first. */
  addresses: Array<{ id: string; label: string | null; isDefault: boolean; address: AddressValues }>;
}

export const EMPTY_ADDRESS: AddressValues = { name: "", line1: "", line2: "", city: "", postalCode: "", country: "FR" };

export function toNewOrderCustomer(c: Pick<CustomerDetail, "id" | "number" | "firstName" | "lastName" | "email" | "phone" | "addresses">): NewOrderCustomer {
  const name = `${c.firstName} ${c.lastName}`.trim();
  return {
    id: c.id,
    number: c.number,
    name,
    email: c.email,
    phone: c.phone ?? "",
    addresses: c.addresses.map((a) => ({
      id: a.id,
      label: a.label,
      isDefault: a.isDefault,
      address: { name, line1: a.line1, line2: a.line2 ?? "", city: a.city, postalCode: a.postalCode, country: a.country },
    })),
  };
}
