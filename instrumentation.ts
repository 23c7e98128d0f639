// Next.js calls register() once when a server instance starts (`next dev` and `next start`): it
// starts the outbox dispatcher in this process, so customer messages go out after commit with no
// separate worker (and, with embedded PGlite, no second process opening the data folder).
// OUTBOX_DISPATCH=off turns it off, e.g. when a dedicated `npm run outbox:dispatch` job runs instead.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.OUTBOX_DISPATCH === "off") return;
  // `next build` may load server code: it must never open the database or send anything.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startOutboxDispatcher } = await import("./lib/notifications/start-dispatcher");
  startOutboxDispatcher();
}
