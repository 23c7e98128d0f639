// react-hook-form keeps a schema's errors nested like the values; the admin forms that show some
// problems by path (opening hours, rule settings without an input of their own) read them flat,
// keyed like the server's field errors ("openingHours.mon.0.1", "definition.costs.perKm").

const LEAF_KEYS = new Set(["message", "type", "types", "ref", "root"]);

/** Every error message under `errors`, by dotted path below `prefix` (a field array's root is its own path). */
export function errorsByPath(errors: unknown, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: unknown, path: string, depth: number) => {
    if (!node || typeof node !== "object" || depth > 20) return;
    const e = node as Record<string, unknown>;
    if (typeof e.message === "string" && e.message && path) out[path] ??= e.message;
    const root = e.root as { message?: unknown } | undefined;
    if (root && typeof root.message === "string" && root.message && path) out[path] ??= root.message;
    for (const [k, v] of Object.entries(e)) if (!LEAF_KEYS.has(k)) walk(v, path ? `${path}.${k}` : k, depth + 1);
  };
  walk(errors, prefix, 0);
  return out;
}
