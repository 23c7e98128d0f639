// Which provider moves an order's money. The configured one (PAYMENT_PROVIDER, default "test")
// authorises new payments; captures, voids and refunds go to the provider named on the order's
// authorisation. A name the OMS has no adapter for is a channel's own provider (a marketplace,
// a web shop's PSP): the channel moves that money, and the OMS records the ledger entry under a
// stable reference.
import { createStripeProvider } from "./stripe-provider";
import { testProvider } from "./test-provider";
import { stableReference, type PaymentProvider } from "./provider";

const registered = new Map<string, PaymentProvider>();

/** Adds or replaces a provider by its name (tests use it to stand in for one). */
export function registerPaymentProvider(provider: PaymentProvider): void {
  registered.set(provider.name, provider);
}

/** Drops a provider registered by name, so the configured one is built again. */
export function unregisterPaymentProvider(name: string): void {
  registered.delete(name);
}

/** The name of the provider that authorises new payments. */
export function configuredProviderName(): string {
  return process.env.PAYMENT_PROVIDER?.trim() || "test";
}

/** A provider that records what a channel's own provider did: it approves under a stable reference. */
export function channelProvider(name: string): PaymentProvider {
  const approve = (prefix: string) => (input: { idempotencyKey: string }) => Promise.resolve({ status: "APPROVED" as const, reference: stableReference(prefix, input.idempotencyKey) });
  return { name, authorise: approve("AUTH"), capture: approve("CAPT"), void: approve("VOID"), refund: approve("REFU") };
}

/** The configured provider, or the one with this name. */
export function paymentProvider(name?: string): PaymentProvider {
  const wanted = name ?? configuredProviderName();
  const known = registered.get(wanted);
  if (known) return known;
  if (wanted === "test") return testProvider;
  if (wanted === "stripe") {
    const secretKey = process.env.STRIPE_SECRET_KEY;
    if (!secretKey) throw new Error("PAYMENT_PROVIDER=stripe needs STRIPE_SECRET_KEY.");
    const stripe = createStripeProvider({ secretKey });
    registered.set("stripe", stripe);
    return stripe;
  }
  return channelProvider(wanted);
}
