// What changed between two rule definitions, setting by setting: nested objects are walked down to
// their settings (so a cost, one cell of the modification matrix or one node's priority is one
// change), lists are compared whole. The admin screens put each path in words.

export interface DefinitionChange {
  /** Dotted path of the setting, e.g. "costs.perKm", "byStatus.RELEASED.cancelLine", "nodePriorities.ST-PAR-01". */
  path: string;
  /** undefined when the setting did not exist on that side. */
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const own = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The settings that differ, in the order the newer definition lists them (then those it dropped). */
export function diffDefinitions(before: unknown, after: unknown): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (isRecord(a) && isRecord(b)) {
      const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !Object.hasOwn(b, k))];
      for (const k of keys) walk(own(a, k), own(b, k), path ? `${path}.${k}` : k);
      return;
    }
    // A whole object appearing or disappearing is listed by its settings too.
    if (isRecord(b) && a === undefined) return walk({}, b, path);
    if (isRecord(a) && b === undefined) return walk(a, {}, path);
    if (!same(a, b)) changes.push({ path, before: a, after: b });
  };
  walk(before, after, "");
  return changes;
}
