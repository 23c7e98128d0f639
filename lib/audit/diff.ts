// The difference between an audit entry's before and after, field by field, as an admin reads it:
// only the fields that changed, nested fields by their path ("definition.costs.perKm"), lists of
// plain values as one field with what was added and removed, lists of objects item by item
// ("categoryExclusions[1].nodes"). Pure, so the audit page and its tests share it.

export type DiffKind = "added" | "removed" | "changed";

export interface FieldChange {
  /** "name", "definition.costs.perKm", "openingHours.mon[0]", or "" for a value that is not an object. */
  path: string;
  kind: DiffKind;
  before?: unknown;
  after?: unknown;
  /** For a list of plain values: the items only in after / only in before. */
  addedItems?: unknown[];
  removedItems?: unknown[];
}

type Plain = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) => v === null || (typeof v !== "object" && typeof v !== "function");

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!deepEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Every leaf of a value that appears or disappears whole, so a created entity reads field by field. */
function leaves(value: unknown, path: string, kind: "added" | "removed", out: FieldChange[]): void {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) leaves(v, join(path, k), kind, out);
    return;
  }
  out.push(kind === "added" ? { path, kind, after: value } : { path, kind, before: value });
}

function walk(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (deepEqual(before, after)) return;
  if (before === undefined) return leaves(after, path, "added", out);
  if (after === undefined) return leaves(before, path, "removed", out);
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
    for (const k of keys) walk(before[k], after[k], join(path, k), out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.every(isScalar) && after.every(isScalar)) {
      const addedItems = after.filter((v) => !before.some((b) => b === v));
      const removedItems = before.filter((v) => !after.some((a) => a === v));
      out.push({ path, kind: "changed", before, after, addedItems, removedItems });
      return;
    }
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) walk(before[i], after[i], `${path}[${i}]`, out);
    return;
  }
  out.push({ path, kind: "changed", before, after });
}

/**
 * The changed fields between two audit snapshots (null or undefined: the entity did not exist on
 * that side, so every field of the other side is listed as added or removed).
 */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before ?? undefined, after ?? undefined, "", out);
  return out;
}

/**
 * A value as one line of text, and whether it was folded: long values (a whole definition, a long
 * list) are cut at `max` characters; the page shows the rest on demand.
 */
export function displayValue(value: unknown, max = 80): { text: string; full: string; folded: boolean } {
  const full = value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value, null, typeof value === "object" && value !== null ? 2 : undefined);
  const oneLine = value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value);
  if (oneLine.length <= max) return { text: oneLine, full, folded: false };
  return { text: `${oneLine.slice(0, max - 1)}…`, full, folded: true };
}
