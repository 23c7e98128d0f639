// The nodes context's command inputs as zod schemas, safe for a browser bundle: the admin's node
// forms validate with the same schemas the create-node and update-node commands parse (and the CSV
// import checks each row with the create schema), so a rule lives once.
import { z } from "zod";
import { holidaysSchema } from "./holidays";
import { openingHoursSchema } from "./opening-hours";

export const NODE_TYPES = ["DC", "STORE"] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Upper-case letters and digits in dash-separated groups, e.g. ST-PAR-01 or DC-LYS. */
export const NODE_CODE = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

// Only a value of the wrong type says "whole number": an empty field is REQUIRED, and the bounds
// and the integer check keep their own codes (a schema-level message would apply to them too).
const dailyCapacity = z
  .number({ error: (issue) => (issue.code === "invalid_type" && issue.input != null ? "NOT_INTEGER" : undefined) })
  .int()
  .min(0)
  .max(1_000_000);

const coordinate = (bound: number) =>
  z
    .number({ error: (issue) => (issue.code === "invalid_type" && issue.input != null ? "NOT_A_NUMBER" : undefined) })
    .min(-bound)
    .max(bound);

/** A time zone the platform knows (Intl), kept under its canonical name ("europe/paris" -> "Europe/Paris"). */
export function canonicalTimeZone(value: string): string | null {
  if (!value || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** An ISO 3166-1 alpha-2 code Intl names as a region (FR, DE; not ZZ). */
export function isCountryCode(value: string): boolean {
  // ZZ is Intl's "Unknown Region"; private-use codes have no name.
  if (!/^[A-Z]{2}$/.test(value) || value === "ZZ") return false;
  try {
    const name = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }).of(value);
    return !!name && name !== value;
  } catch {
    return true;
  }
}

export interface CapabilityInput {
  type: NodeType;
  canShip: boolean;
  canPickup: boolean;
  canShipFromStore: boolean;
  franchise?: boolean;
}

/**
 * What a node's type allows, as the rest of the system reads it: pickups are only ever offered at
 * stores (order capture, delivery options), a DC ships through `canShip` and never "from store"
 * (a store ships to customers through `canShipFromStore`), and only stores are franchises.
 */
export function capabilityIssues(node: CapabilityInput): Array<{ path: string; code: string }> {
  const out: Array<{ path: string; code: string }> = [];
  if (node.type === "DC") {
    if (node.canPickup) out.push({ path: "canPickup", code: "NODE_DC_NO_PICKUP" });
    if (node.canShipFromStore) out.push({ path: "canShipFromStore", code: "NODE_DC_NO_SHIP_FROM_STORE" });
    if (node.franchise) out.push({ path: "franchise", code: "NODE_DC_NO_FRANCHISE" });
  }
  return out;
}

export const createNodeSchema = z
  .object({
    code: z.string().trim().min(2).max(40).regex(NODE_CODE, "NODE_CODE_FORMAT"),
    name: z.string().trim().min(1).max(120),
    type: z.enum(NODE_TYPES),
    addressLine1: z.string().trim().min(1).max(200),
    city: z.string().trim().min(1).max(100),
    postalCode: z.string().trim().min(1).max(20),
    country: z.string().trim().refine(isCountryCode, "NODE_COUNTRY_FORMAT"),
    lat: coordinate(90),
    lng: coordinate(180),
    timeZone: z
      .string()
      .trim()
      .refine((v) => canonicalTimeZone(v) !== null, "NODE_TIME_ZONE_UNKNOWN")
      .transform((v) => canonicalTimeZone(v) ?? v),
    canShip: z.boolean(),
    canPickup: z.boolean(),
    canShipFromStore: z.boolean(),
    canReturn: z.boolean(),
    dailyCapacity,
    openingHours: openingHoursSchema,
    holidays: holidaysSchema.default([]),
    franchise: z.boolean().default(false),
    active: z.boolean().default(true),
  })
  .superRefine(
    (node, ctx) => {
      for (const issue of capabilityIssues(node)) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.code });
    },
    // Said with the other fields' problems, not only once they are all right: it reads only the type and the flags.
    { when: (payload) => !!payload.value && typeof payload.value === "object" },
  );
export type CreateNodeInput = z.input<typeof createNodeSchema>;
export type CreateNodeData = z.output<typeof createNodeSchema>;

export const updateNodeSchema = z
  .object({
    code: z.string().trim().min(1).max(40),
    version: z.number().int().min(1),
    /** The node's type as the form knows it (not changeable): the capability rules read it. */
    type: z.enum(NODE_TYPES).optional(),
    name: z.string().trim().min(1).max(120),
    canShip: z.boolean(),
    canPickup: z.boolean(),
    canShipFromStore: z.boolean(),
    canReturn: z.boolean(),
    dailyCapacity,
    openingHours: openingHoursSchema,
    /** Absent: the node's holidays stay as they are. */
    holidays: holidaysSchema.optional(),
    active: z.boolean(),
  })
  .superRefine(
    (node, ctx) => {
      if (!node.type) return;
      for (const issue of capabilityIssues({ ...node, type: node.type })) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.code });
    },
    { when: (payload) => !!payload.value && typeof payload.value === "object" },
  );
export type UpdateNodeInput = z.input<typeof updateNodeSchema>;
