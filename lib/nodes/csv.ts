// Nodes as CSV rows (the admin's bulk import, docs/csv.md "Nodes"): the columns, the compact text
// forms of opening hours ("mon-fri 09:00-19:00; sat 10:00-18:00") and holidays ("2026-12-25
// Christmas closed; 2026-12-24 Christmas Eve 09:00-13:00"), and the check of each row with the
// create-node schema, reported per row and column as error codes. Pure and browser-safe: the
// import page reads the file with it and the import command checks the same rows again.
import type { ErrorIssue } from "@/lib/errors";
import { issueFor } from "@/lib/errors";
import { WEEKDAYS, type OpeningHours, type Weekday } from "./opening-hours";
import type { Holiday } from "./holidays";
import { createNodeSchema, type CreateNodeData } from "./schemas";

export const NODE_CSV_REQUIRED = [
  "code",
  "name",
  "type",
  "addressLine1",
  "city",
  "postalCode",
  "country",
  "lat",
  "lng",
  "timeZone",
  "canShip",
  "canPickup",
  "canShipFromStore",
  "canReturn",
  "dailyCapacity",
  "openingHours",
] as const;
export const NODE_CSV_OPTIONAL = ["franchise", "holidays"] as const;
export const NODE_CSV_COLUMNS = [...NODE_CSV_REQUIRED, ...NODE_CSV_OPTIONAL] as const;
export type NodeCsvColumn = (typeof NODE_CSV_COLUMNS)[number];

/** Rows per file: a network, not a catalogue. */
export const MAX_IMPORT_ROWS = 500;

export type ImportMode = "CREATE" | "UPSERT";

/** One CSV row by column name, as read (text), with its line in the file. */
export interface NodeCsvRow {
  line: number;
  values: Partial<Record<NodeCsvColumn, string>>;
}

export interface NodeRowProblem {
  /** The row's line in the file (the header is line 1). */
  line: number;
  /** The node code as written in the row ("" when empty). */
  code: string;
  /** The column the problem is in ("" for the row as a whole). */
  column: NodeCsvColumn | "";
  issue: ErrorIssue;
}

// ---- header

/** The columns of a header row, matched without regard to case or surrounding spaces. */
export function readNodeCsvHeader(fields: string[]): { ok: true; columns: Array<NodeCsvColumn> } | { ok: false; issue: ErrorIssue } {
  const byLower = new Map(NODE_CSV_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const columns: NodeCsvColumn[] = [];
  const unknown: string[] = [];
  for (const raw of fields) {
    const name = raw.trim();
    const column = byLower.get(name.toLowerCase());
    if (column) columns.push(column);
    else unknown.push(name || "(empty)");
  }
  if (unknown.length) return { ok: false, issue: { code: "NODE_IMPORT_UNKNOWN_COLUMNS", params: { columns: unknown.join(", ") } } };
  const missing = NODE_CSV_REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) return { ok: false, issue: { code: "NODE_IMPORT_MISSING_COLUMNS", params: { columns: missing.join(", ") } } };
  return { ok: true, columns };
}

// ---- compact hours and holidays

const DAY_INDEX = new Map(WEEKDAYS.map((d, i) => [d, i]));
const INTERVAL = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/;

function parseIntervals(tokens: string[]): Array<[string, string]> | null {
  if (tokens.length === 1 && tokens[0].toLowerCase() === "closed") return [];
  const out: Array<[string, string]> = [];
  for (const token of tokens.flatMap((t) => t.split(",")).filter(Boolean)) {
    const m = INTERVAL.exec(token);
    if (!m) return null;
    out.push([m[1].padStart(5, "0"), m[2].padStart(5, "0")]);
  }
  return out.length ? out : null;
}

function parseDays(text: string): Weekday[] | null {
  const days: Weekday[] = [];
  for (const part of text.toLowerCase().split(",").filter(Boolean)) {
    const [from, to] = part.split("-") as [Weekday, Weekday | undefined];
    const a = DAY_INDEX.get(from);
    const b = to === undefined ? a : DAY_INDEX.get(to);
    if (a === undefined || b === undefined || b < a) return null;
    for (let i = a; i <= b; i++) days.push(WEEKDAYS[i]);
  }
  return days.length ? days : null;
}

/**
 * "mon-fri 09:00-12:00,14:00-19:00; sat 10:00-18:00" -> opening hours; days not named are closed
 * ("sun closed" may say so). Null when the text is not in that form; the times themselves are
 * checked by the opening-hours schema.
 */
export function parseHoursText(text: string): OpeningHours | null {
  const hours = Object.fromEntries(WEEKDAYS.map((d) => [d, [] as Array<[string, string]>])) as OpeningHours;
  const segments = text.split(";").map((s) => s.trim()).filter(Boolean);
  if (!segments.length) return null;
  for (const segment of segments) {
    const [dayText, ...rest] = segment.split(/\s+/);
    const days = parseDays(dayText);
    const intervals = parseIntervals(rest);
    if (!days || !intervals) return null;
    for (const d of days) hours[d] = [...hours[d], ...intervals];
  }
  return hours;
}

/** Opening hours in the compact form, consecutive days with the same hours grouped. */
export function formatHoursText(hours: OpeningHours): string {
  const parts: string[] = [];
  let i = 0;
  while (i < WEEKDAYS.length) {
    const key = JSON.stringify(hours[WEEKDAYS[i]] ?? []);
    let j = i;
    while (j + 1 < WEEKDAYS.length && JSON.stringify(hours[WEEKDAYS[j + 1]] ?? []) === key) j++;
    const list = hours[WEEKDAYS[i]] ?? [];
    if (list.length) parts.push(`${WEEKDAYS[i]}${j > i ? `-${WEEKDAYS[j]}` : ""} ${list.map(([a, b]) => `${a}-${b}`).join(",")}`);
    i = j + 1;
  }
  return parts.join("; ");
}

/** "2026-12-25 Christmas closed; 2026-12-24 Christmas Eve 09:00-13:00" -> holidays; null when not in that form. */
export function parseHolidaysText(text: string): Holiday[] | null {
  const out: Holiday[] = [];
  for (const segment of text.split(";").map((s) => s.trim()).filter(Boolean)) {
    const tokens = segment.split(/\s+/);
    if (tokens.length < 3) return null;
    const date = tokens[0];
    let k = tokens.length;
    const isIntervals = (token: string) => token.split(",").every((t) => !t || INTERVAL.test(t)) && /\d/.test(token);
    if (tokens[k - 1].toLowerCase() === "closed") k -= 1;
    else while (k > 2 && isIntervals(tokens[k - 1])) k -= 1;
    const hours = parseIntervals(tokens.slice(k));
    const name = tokens.slice(1, k).join(" ");
    if (!hours || !name) return null;
    out.push({ date, name, hours });
  }
  return out;
}

export function formatHolidaysText(holidays: Holiday[]): string {
  return holidays.map((h) => `${h.date} ${h.name} ${h.hours.length ? h.hours.map(([a, b]) => `${a}-${b}`).join(",") : "closed"}`).join("; ");
}

// ---- rows

const TRUE = new Set(["yes", "y", "true", "1", "oui", "o", "x"]);
const FALSE = new Set(["no", "n", "false", "0", "non", ""]);

function parseBoolean(text: string | undefined): boolean | null {
  const v = (text ?? "").trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return null;
}

function parseNumber(text: string | undefined): unknown {
  const v = (text ?? "").trim();
  if (v === "") return null;
  const n = Number(v.replace(/^(-?\d+),(\d+)$/, "$1.$2"));
  return Number.isNaN(n) ? v : n;
}

const BOOLEAN_COLUMNS = ["canShip", "canPickup", "canShipFromStore", "canReturn", "franchise"] as const;
const TEXT_COLUMNS = ["code", "name", "type", "addressLine1", "city", "postalCode", "country", "timeZone"] as const;

/** Whether a schema path ("openingHours.mon.0.1", "holidays.2.date") belongs to a CSV column. */
function columnOf(path: PropertyKey[]): NodeCsvColumn | "" {
  const head = String(path[0] ?? "");
  return (NODE_CSV_COLUMNS as readonly string[]).includes(head) ? (head as NodeCsvColumn) : "";
}

/**
 * One row checked on its own: the text of each column turned into the create schema's input, then
 * the schema's verdict, every problem with its column. `data` is the parsed node when there is none.
 */
export function checkNodeRow(row: NodeCsvRow): { data: CreateNodeData | null; problems: NodeRowProblem[] } {
  const v = row.values;
  const code = (v.code ?? "").trim();
  const problems: NodeRowProblem[] = [];
  const problem = (column: NodeCsvColumn | "", issue: ErrorIssue) => problems.push({ line: row.line, code, column, issue });
  const input: Record<string, unknown> = {};
  for (const c of TEXT_COLUMNS) input[c] = (v[c] ?? "").trim();
  input.type = String(input.type).toUpperCase();
  for (const c of BOOLEAN_COLUMNS) {
    const b = parseBoolean(v[c]);
    if (b === null) problem(c, { code: "NODE_IMPORT_BOOLEAN" });
    input[c] = b ?? false;
  }
  input.lat = parseNumber(v.lat);
  input.lng = parseNumber(v.lng);
  input.dailyCapacity = parseNumber(v.dailyCapacity);
  const hours = (v.openingHours ?? "").trim() ? parseHoursText(v.openingHours!) : null;
  if (!hours) problem("openingHours", (v.openingHours ?? "").trim() ? { code: "NODE_IMPORT_HOURS_FORMAT" } : { code: "REQUIRED" });
  input.openingHours = hours ?? Object.fromEntries(WEEKDAYS.map((d) => [d, []]));
  const holidaysText = (v.holidays ?? "").trim();
  const holidays = holidaysText ? parseHolidaysText(holidaysText) : [];
  if (!holidays) problem("holidays", { code: "NODE_IMPORT_HOLIDAYS_FORMAT" });
  input.holidays = holidays ?? [];

  const parsed = createNodeSchema.safeParse(input);
  if (!parsed.success) {
    const seen = new Set(problems.map((p) => p.column));
    for (const issue of parsed.error.issues) {
      const column = columnOf(issue.path);
      // One problem per column: the first, as a form shows one per field.
      if (seen.has(column)) continue;
      seen.add(column);
      problem(column, issueFor(issue));
    }
  }
  return { data: problems.length === 0 && parsed.success ? parsed.data : null, problems };
}

/** Every row checked, and codes that appear on more than one row refused on each of them. */
export function checkNodeRows(rows: NodeCsvRow[]): { valid: Array<{ line: number; data: CreateNodeData }>; problems: NodeRowProblem[] } {
  const valid: Array<{ line: number; data: CreateNodeData }> = [];
  const problems: NodeRowProblem[] = [];
  const linesByCode = new Map<string, number[]>();
  for (const row of rows) {
    const code = (row.values.code ?? "").trim();
    if (code) linesByCode.set(code, [...(linesByCode.get(code) ?? []), row.line]);
  }
  for (const row of rows) {
    const checked = checkNodeRow(row);
    const code = (row.values.code ?? "").trim();
    const others = (linesByCode.get(code) ?? []).filter((l) => l !== row.line);
    if (code && others.length && !checked.problems.some((p) => p.column === "code")) {
      checked.problems.unshift({ line: row.line, code, column: "code", issue: { code: "NODE_IMPORT_DUPLICATE_CODE", params: { code, rows: others.join(", ") } } });
    }
    if (checked.problems.length) problems.push(...checked.problems);
    else if (checked.data) valid.push({ line: row.line, data: checked.data });
  }
  return { valid, problems };
}

/** Rows of a parsed CSV (header first) by column; the header's own problem when it has one. */
export function nodeRowsFromRecords(records: Array<{ line: number; fields: string[] }>): { ok: true; rows: NodeCsvRow[]; columns: NodeCsvColumn[] } | { ok: false; issue: ErrorIssue } {
  const [header, ...body] = records;
  if (!header) return { ok: false, issue: { code: "NODE_IMPORT_EMPTY" } };
  const read = readNodeCsvHeader(header.fields);
  if (!read.ok) return read;
  if (!body.length) return { ok: false, issue: { code: "NODE_IMPORT_EMPTY" } };
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, issue: { code: "NODE_IMPORT_TOO_MANY", params: { maximum: MAX_IMPORT_ROWS } } };
  const rows = body.map((r) => ({ line: r.line, values: Object.fromEntries(read.columns.map((c, i) => [c, r.fields[i] ?? ""])) as NodeCsvRow["values"] }));
  return { ok: true, rows, columns: read.columns };
}

/** The template the import page offers: the header and two example rows. */
export const NODE_CSV_TEMPLATE = [
  NODE_CSV_COLUMNS.join(","),
  'ST-NAN-01,Nantes Centre,STORE,12 rue Crébillon,Nantes,44000,FR,47.2133,-1.5604,Europe/Paris,yes,yes,yes,yes,120,"mon-fri 09:00-19:00; sat 10:00-18:00",no,"2026-12-25 Christmas closed; 2026-12-24 Christmas Eve 09:00-16:00"',
  'DC-BDX,Bordeaux DC,DC,5 avenue de Canteloup,Bordeaux,33000,FR,44.8378,-0.5792,Europe/Paris,yes,no,no,yes,4000,"mon-fri 06:00-22:00; sat 06:00-14:00",no,',
].join("\r\n") + "\r\n";
