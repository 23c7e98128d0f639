// The audit trail as an admin searches it: every change recorded with recordAudit (rules, nodes,
// users, API keys, stock corrections, messages), newest first, filtered by entity type, actor,
// action, entity (its id or its code: a node's code, a user's e-mail, an inbound reference, a key's
// prefix) and a range of days in the display time zone. Paged by keyset (createdAt, id), so a page
// costs the same however deep it is and new entries never shift the one being read.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { ActorType } from "@/generated/prisma/enums";
import { authorize, type Actor } from "@/lib/auth";
import { zonedTimeToUtc } from "@/lib/calendar";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/client";

/** Days typed on the audit page are days in the zone every admin screen shows times in. */
export const AUDIT_TIME_ZONE = DISPLAY_TIME_ZONE;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const day = z.preprocess(emptyToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional());

export const listAuditEventsSchema = z.object({
  entityType: z.preprocess(emptyToUndefined, z.string().trim().max(60).optional()),
  /** An actor id, or "system" for the system's own changes. */
  actor: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()),
  action: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()),
  entity: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()),
  from: day,
  to: day,
  cursor: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListAuditEventsInput = z.input<typeof listAuditEventsSchema>;

export interface AuditEventItem {
  id: string;
  createdAt: Date;
  entityType: string;
  entityId: string;
  /** How the entity is known on screens (a node's code, a user's e-mail, a key's name), when it still exists. */
  entityLabel: string | null;
  /** The entity's admin page, when it has one. */
  href: string | null;
  action: string;
  actorType: ActorType;
  actorId: string | null;
  actorName: string;
  reason: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditEventPage {
  items: AuditEventItem[];
  /** The cursor of the next (older) page, or null on the last page. */
  nextCursor: string | null;
}

export function encodeAuditCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(at);
  return id && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : null;
}

function startOfDay(value: string, plusDays = 0): Date {
  const [y, m, d] = value.split("-").map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + plusDays));
  return zonedTimeToUtc(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0, AUDIT_TIME_ZONE);
}

/** Entity ids a typed code may stand for: a node's code, a user's e-mail, an inbound reference, a key's prefix. */
async function idsForCode(db: Db | Tx, code: string): Promise<string[]> {
  const [nodes, users, inbound, keys] = await Promise.all([
    db.node.findMany({ where: { code: { equals: code, mode: "insensitive" } }, select: { id: true } }),
    db.user.findMany({ where: { email: { equals: code, mode: "insensitive" } }, select: { id: true } }),
    db.inboundShipment.findMany({ where: { reference: { equals: code, mode: "insensitive" } }, select: { id: true } }),
    db.apiKey.findMany({ where: { prefix: code }, select: { id: true } }),
  ]);
  return [...nodes, ...users, ...inbound, ...keys].map((r) => r.id);
}

export async function listAuditEvents(db: Db | Tx, actor: Actor, input: ListAuditEventsInput = {}): Promise<AuditEventPage> {
  authorize(actor, "audit.view");
  const f = parseInput(listAuditEventsSchema, input);
  const and: Prisma.AuditEventWhereInput[] = [];
  if (f.entityType) and.push({ entityType: f.entityType });
  if (f.action) and.push({ action: f.action });
  if (f.actor) and.push(f.actor === "system" ? { actorType: "SYSTEM" } : { actorId: f.actor });
  if (f.entity) and.push({ entityId: { in: [f.entity, ...(await idsForCode(db, f.entity))] } });
  if (f.from) and.push({ createdAt: { gte: startOfDay(f.from) } });
  if (f.to) and.push({ createdAt: { lt: startOfDay(f.to, 1) } });
  const after = f.cursor ? decodeCursor(f.cursor) : null;
  if (after) and.push({ OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] });

  const rows = await db.auditEvent.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: f.limit + 1,
  });
  const page = rows.slice(0, f.limit);
  const labels = await entityLabels(db, page);
  return {
    items: page.map((r) => {
      const known = labels.get(`${r.entityType}|${r.entityId}`);
      return {
        id: r.id,
        createdAt: r.createdAt,
        entityType: r.entityType,
        entityId: r.entityId,
        entityLabel: known?.label ?? null,
        href: known?.href ?? null,
        action: r.action,
        actorType: r.actorType,
        actorId: r.actorId,
        actorName: r.actorName,
        reason: r.reason,
        before: r.before,
        after: r.after,
      };
    }),
    nextCursor: rows.length > f.limit ? encodeAuditCursor(page[page.length - 1]) : null,
  };
}

/** Names and admin pages of the entities on a page, in one query per entity type. */
async function entityLabels(db: Db | Tx, rows: Array<{ entityType: string; entityId: string }>): Promise<Map<string, { label: string | null; href: string | null }>> {
  const idsOf = (type: string) => [...new Set(rows.filter((r) => r.entityType === type).map((r) => r.entityId))];
  const out = new Map<string, { label: string | null; href: string | null }>();
  const put = (type: string, id: string, label: string | null, href: string | null) => out.set(`${type}|${id}`, { label, href });
  const [nodes, users, keys, rules, inbound, outbox] = await Promise.all([
    idsOf("Node").length ? db.node.findMany({ where: { id: { in: idsOf("Node") } }, select: { id: true, code: true, name: true } }) : [],
    idsOf("User").length ? db.user.findMany({ where: { id: { in: idsOf("User") } }, select: { id: true, email: true } }) : [],
    idsOf("ApiKey").length ? db.apiKey.findMany({ where: { id: { in: idsOf("ApiKey") } }, select: { id: true, name: true } }) : [],
    idsOf("RuleSet").length ? db.ruleSet.findMany({ where: { id: { in: idsOf("RuleSet") } }, select: { id: true, kind: true, version: true } }) : [],
    idsOf("InboundShipment").length ? db.inboundShipment.findMany({ where: { id: { in: idsOf("InboundShipment") } }, select: { id: true, reference: true } }) : [],
    idsOf("OutboxMessage").length ? db.outboxMessage.findMany({ where: { id: { in: idsOf("OutboxMessage") } }, select: { id: true } }) : [],
  ]);
  for (const n of nodes) put("Node", n.id, `${n.code} · ${n.name}`, `/admin/nodes/${encodeURIComponent(n.code)}`);
  for (const u of users) put("User", u.id, u.email, `/admin/users/${encodeURIComponent(u.id)}`);
  for (const k of keys) put("ApiKey", k.id, k.name, `/admin/keys#key-${k.id}`);
  for (const r of rules) put("RuleSet", r.id, `${r.kind} v${r.version}`, `/admin/rules/${encodeURIComponent(r.id)}`);
  for (const s of inbound) put("InboundShipment", s.id, s.reference, `/inventory/inbound/${encodeURIComponent(s.reference)}`);
  for (const m of outbox) put("OutboxMessage", m.id, null, `/admin/outbox/${encodeURIComponent(m.id)}`);
  // A what-if simulation of a rule draft: its results page.
  for (const id of idsOf("SimulationRun")) put("SimulationRun", id, null, `/admin/rules/simulations/${encodeURIComponent(id)}`);
  return out;
}

/** The filters' choices: the entity types, actions and actors the trail holds. */
export async function auditFilterChoices(
  db: Db | Tx,
  actor: Actor,
): Promise<{ entityTypes: string[]; actions: string[]; actors: Array<{ value: string; name: string; type: ActorType }> }> {
  authorize(actor, "audit.view");
  const [types, actions, actors] = await Promise.all([
    db.auditEvent.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditEvent.groupBy({ by: ["actorType", "actorId", "actorName"], orderBy: [{ actorName: "asc" }], take: 500 }),
  ]);
  const people = new Map<string, { value: string; name: string; type: ActorType }>();
  for (const a of actors) {
    const value = a.actorType === "SYSTEM" || !a.actorId ? "system" : a.actorId;
    if (!people.has(value)) people.set(value, { value, name: a.actorName, type: a.actorType });
  }
  return { entityTypes: types.map((t) => t.entityType), actions: actions.map((a) => a.action), actors: [...people.values()] };
}
