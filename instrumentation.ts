// Next.js calls register() once when a server instance starts (`next dev` and `next start`): it
// starts the background work in this process, so there is no separate worker (and, with embedded
// PGlite, no second process opening the data folder):
// - the outbox dispatcher: customer messages go out after commit (OUTBOX_DISPATCH=off turns it off,
//   e.g. when a dedicated `npm run outbox:dispatch` job runs instead);
// - the pickup expiry job: uncollected pickups are cancelled after their window (PICKUP_EXPIRY=off);
// - the payment jobs: card authorisations about to lapse on orders not yet shipped are renewed, or
//   the order is held for payment; orders whose payment link expired unpaid are cancelled
//   (AUTH_RENEWAL=off).
// - the simulation runner: what-if replays of a draft of the sourcing rules, queued from the
//   rules pages, run one at a time (SIMULATIONS=off).
// - the shadow price job: with network-aware sourcing on (SOURCING rule networkPricing), a new set
//   of shadow prices of scarce stock is computed every hour from recent orders (SHADOW_PRICES=off).
// - login and tracking attempt counters untouched for a day are deleted every hour.
// On SIGTERM (or SIGINT) the process shuts down gracefully (lib/health/lifecycle.ts): no new work,
// requests in flight finish, each job below is stopped (the dispatcher finishes its current send),
// then the database is closed before the process exits.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load server code: it must never open the database or send anything.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // No session secret in production: the process stops here with a clear message.
  const { exitWithoutAuthSecret } = await import("@/lib/auth");
  exitWithoutAuthSecret();
  const { installGracefulShutdown, registerJob } = await import("@/lib/health");
  const { closeDb } = await import("@/lib/db");
  installGracefulShutdown({ close: closeDb });
  if (process.env.OUTBOX_DISPATCH !== "off") {
    const { startOutboxDispatcher } = await import("@/lib/notifications");
    registerJob("outbox", startOutboxDispatcher());
  }
  if (process.env.PICKUP_EXPIRY !== "off") {
    const { startPickupExpiry } = await import("@/lib/fulfillment");
    registerJob("pickup-expiry", startPickupExpiry());
  }
  if (process.env.AUTH_RENEWAL !== "off") {
    const { startAuthorisationRenewal } = await import("@/lib/payments");
    registerJob("authorisation-renewal", startAuthorisationRenewal());
  }
  if (process.env.SIMULATIONS !== "off") {
    const { startSimulationRunner } = await import("@/lib/simulation");
    registerJob("simulations", startSimulationRunner());
  }
  {
    const { startRateLimitPruning } = await import("@/lib/security");
    registerJob("rate-limit-pruning", startRateLimitPruning());
  }
  if (process.env.SHADOW_PRICES !== "off") {
    const { startShadowPriceJob } = await import("@/lib/orders");
    registerJob("shadow-prices", startShadowPriceJob());
  }
}
