// Runs the payment jobs inside the Next.js server process (started from instrumentation.ts): card
// authorisations about to lapse are renewed, and orders whose payment link expired unpaid are
// cancelled. A pass every hour and one shortly after start, never two at once, errors logged and
// never thrown, the timer unref'd so it never keeps the process alive.
import { getDb } from "@/lib/db";
import { expirePaymentLinks } from "@/lib/orders";
import { renewExpiringAuthorisations } from "./renew-authorisations";

export const RENEWAL_INTERVAL_MS = 60 * 60_000;

const globalForJob = globalThis as unknown as { __omsAuthRenewal?: ReturnType<typeof setInterval> };

export function startAuthorisationRenewal(options: { intervalMs?: number; log?: (message: string, error?: unknown) => void } = {}): () => void {
  const log = options.log ?? ((message, error) => (error ? console.error(message, error) : console.log(message)));
  const stop = () => {
    if (globalForJob.__omsAuthRenewal) clearInterval(globalForJob.__omsAuthRenewal);
    globalForJob.__omsAuthRenewal = undefined;
  };
  if (globalForJob.__omsAuthRenewal) return stop;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const db = await getDb();
      const result = await renewExpiringAuthorisations(db, { log });
      if (result.renewed.length || result.held.length || result.failed) log(`[authorisation-renewal] renewed ${result.renewed.length}, held ${result.held.length}, failed ${result.failed}`);
      const links = await expirePaymentLinks(db, { log });
      if (links.cancelled.length || links.failed) log(`[payment-links] cancelled ${links.cancelled.length} unpaid, failed ${links.failed}`);
    } catch (e) {
      log("[payment-jobs] pass failed", e);
    } finally {
      running = false;
    }
  };
  globalForJob.__omsAuthRenewal = setInterval(() => void tick(), options.intervalMs ?? RENEWAL_INTERVAL_MS);
  globalForJob.__omsAuthRenewal.unref?.();
  setTimeout(() => void tick(), 20_000).unref?.();
  return stop;
}
