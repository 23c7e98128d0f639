// A short shared cache for the live-polled dashboards (the network overview and the alerts): every
// open screen polls every 4 seconds, so within `maxAgeMs` they share one computation per database
// and key, and concurrent callers wait for the one in flight instead of starting their own.
// Only for figures that are network-wide (the same for every caller allowed to see them).

/**
 * How long the live network overview shares one computation. Short, because its screens promise a
 * change within about 5 seconds (a 4-second poll plus the computation).
 */
export const LIVE_MAX_AGE_MS = 1_000;

interface Entry {
  at: number;
  value: Promise<unknown>;
}

const KEY = Symbol.for("oms.liveCache");
type Registry = WeakMap<object, Map<string, Entry>>;
const registry: Registry = ((globalThis as Record<symbol, unknown>)[KEY] as Registry | undefined) ?? new WeakMap();
(globalThis as Record<symbol, unknown>)[KEY] = registry;

/** `compute()`'s result, shared while it runs and for `maxAgeMs` after, per database (`db`) and `key`. */
export function liveCached<T>(db: object, key: string, maxAgeMs: number, compute: () => Promise<T>): Promise<T> {
  let entries = registry.get(db);
  if (!entries) registry.set(db, (entries = new Map()));
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && (hit.at === Infinity || now - hit.at < maxAgeMs)) return hit.value as Promise<T>;
  const value = compute();
  // In flight it is shared whatever its age; its age counts from when it was computed.
  const entry: Entry = { at: Infinity, value };
  entries.set(key, entry);
  value.then(
    () => void (entry.at = Date.now()),
    // A failure is not shared beyond the callers already waiting for it.
    () => void (entries.get(key) === entry && entries.delete(key)),
  );
  return value;
}
