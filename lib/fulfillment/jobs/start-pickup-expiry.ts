// Runs the pickup expiry job inside the Next.js server process (started from instrumentation.ts):
// a pass every 15 minutes and one shortly after start, never two at once, errors logged and never
// thrown, the timer unref'd so it never keeps the process alive.
import { getDb } from "@/lib/db";
import { expireUncollectedPickups } from "./expire-uncollected-pickups";

export const PICKUP_EXPIRY_INTERVAL_MS = 15 * 60_000;

const globalForJob = globalThis as unknown as { __omsPickupExpiry?: ReturnType<typeof setInterval> };

export function startPickupExpiry(options: { intervalMs?: number; log?: (message: string, error?: unknown) => void } = {}): () => void {
  const log = options.log ?? ((message, error) => (error ? console.error(message, error) : console.log(message)));
  const stop = () => {
    if (globalForJob.__omsPickupExpiry) clearInterval(globalForJob.__omsPickupExpiry);
    globalForJob.__omsPickupExpiry = undefined;
  };
  if (globalForJob.__omsPickupExpiry) return stop;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await expireUncollectedPickups(await getDb(), { log });
      if (result.expired.length || result.failed) log(`[pickup-expiry] expired ${result.expired.length}, failed ${result.failed}`);
    } catch (e) {
      log("[pickup-expiry] pass failed", e);
    } finally {
      running = false;
    }
  };
  globalForJob.__omsPickupExpiry = setInterval(() => void tick(), options.intervalMs ?? PICKUP_EXPIRY_INTERVAL_MS);
  globalForJob.__omsPickupExpiry.unref?.();
  setTimeout(() => void tick(), 5_000).unref?.();
  return stop;
}
