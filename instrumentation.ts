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
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load server code: it must never open the database or send anything.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.OUTBOX_DISPATCH !== "off") {
    const { startOutboxDispatcher } = await import("@/lib/notifications");
    startOutboxDispatcher();
  }
  if (process.env.PICKUP_EXPIRY !== "off") {
    const { startPickupExpiry } = await import("@/lib/fulfillment");
    startPickupExpiry();
  }
  if (process.env.AUTH_RENEWAL !== "off") {
    const { startAuthorisationRenewal } = await import("@/lib/payments");
    startAuthorisationRenewal();
  }
  if (process.env.SIMULATIONS !== "off") {
    const { startSimulationRunner } = await import("@/lib/simulation");
    startSimulationRunner();
  }
}
