import { describe, expect, it } from "vitest";
import { resolveCustomer } from "./resolve-customer";
import { PARIS, testContext, testInput } from "./testing";

const LINE = [{ sku: "LAMP", qty: 1, mode: "SHIP" as const }];
const LEA = { id: "cust-1", firstName: "Léa", locale: "fr", phone: "+33 6", hasOrders: true, addresses: [{ line1: "10 Rue de Rivoli ", postalCode: "75 004" }] };

describe("capture step: resolve customer", () => {
  it("keeps the customer the context found and recognises their saved address however it is typed", () => {
    const { issues, customer } = resolveCustomer(testInput({ lines: LINE }), testContext({ customer: LEA }));
    expect(issues).toEqual({});
    expect(customer).toMatchObject({ id: "cust-1", isNew: false, knownAddress: true, hasOrders: true });
    expect(customer.destination).toMatchObject({ lat: 48.857, lng: 2.352 });
  });

  it("draws a new customer from the input, split into first and last name, French for a French address", () => {
    const { customer } = resolveCustomer(testInput({ lines: LINE, customer: { name: "Anne Marie Dupont", email: "amd@example.test" } }), testContext());
    expect(customer).toMatchObject({ isNew: true, firstName: "Anne Marie", lastName: "Dupont", locale: "fr", hasOrders: false, addresses: [] });
    expect(customer.knownAddress).toBe(false);
  });

  it("reports a country we do not serve and an unknown customer id as field issues", () => {
    const input = testInput({ lines: LINE, customerId: "cust-nope", shippingAddress: { ...PARIS, country: "US", postalCode: "02108" } });
    const { issues, customer } = resolveCustomer(input, testContext());
    expect(issues).toEqual({ "shippingAddress.country": { code: "COUNTRY_NOT_SERVED" }, customerId: { code: "CUSTOMER_UNKNOWN" } });
    expect(customer.destination).toBeNull();
  });

  it("has no destination when nothing ships", () => {
    const { customer } = resolveCustomer(testInput({ lines: [{ sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" }], shippingAddress: undefined }), testContext({ customer: LEA }));
    expect(customer.destination).toBeNull();
    expect(customer.knownAddress).toBe(true);
  });
});
