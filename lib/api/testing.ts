// Helpers for API tests: API keys for a few channels, fulfilment keys bound to nodes, and requests
// shaped like a channel's or a warehouse system's.
import type { Channel } from "@/generated/prisma/enums";
import { hashApiKey } from "@/lib/auth";
import type { Db } from "@/lib/db";

export const TEST_KEYS = {
  WEB: "test_web_key",
  MOBILE: "test_mobile_key",
  REVOKED: "test_revoked_key",
} as const;

export async function createTestApiKeys(db: Db): Promise<void> {
  const rows: Array<{ id: string; key: string; channel: Channel; revokedAt?: Date }> = [
    { id: "key-web", key: TEST_KEYS.WEB, channel: "WEB" },
    { id: "key-mobile", key: TEST_KEYS.MOBILE, channel: "MOBILE" },
    { id: "key-revoked", key: TEST_KEYS.REVOKED, channel: "WEB", revokedAt: new Date("2026-01-01") },
  ];
  await db.apiKey.createMany({ data: rows.map((r) => ({ id: r.id, name: `${r.channel} test`, channel: r.channel, keyHash: hashApiKey(r.key), prefix: r.key.slice(0, 12), revokedAt: r.revokedAt ?? null })) });
}

/**
 * A fulfilment key (scope FULFILLMENT) bound to the nodes with these codes, as an admin would create
 * it for one warehouse or store system.
 */
export async function createFulfillmentApiKey(db: Db, input: { id: string; key: string; nodes: string[] }): Promise<void> {
  const nodes = await db.node.findMany({ where: { code: { in: input.nodes } }, select: { id: true } });
  if (nodes.length !== input.nodes.length) throw new Error(`Unknown node among ${input.nodes.join(", ")}`);
  await db.apiKey.create({
    data: {
      id: input.id,
      name: `${input.nodes.join("+")} system`,
      scope: "FULFILLMENT",
      channel: null,
      keyHash: hashApiKey(input.key),
      prefix: input.key.slice(0, 12),
      nodes: { create: nodes.map((n) => ({ nodeId: n.id })) },
    },
  });
}

export interface ApiRequestOptions {
  method?: string;
  /** The bearer key; null sends no Authorization header. */
  key?: string | null;
  /** An object is sent as JSON; a string is sent as it is. */
  body?: unknown;
  headers?: Record<string, string>;
}

export function apiRequest(path: string, options: ApiRequestOptions = {}): Request {
  const headers: Record<string, string> = { ...(options.body !== undefined ? { "Content-Type": "application/json" } : {}) };
  const key = options.key === undefined ? TEST_KEYS.WEB : options.key;
  if (key !== null) headers.Authorization = `Bearer ${key}`;
  return new Request(`http://localhost${path}`, {
    method: options.method ?? (options.body !== undefined ? "POST" : "GET"),
    headers: { ...headers, ...options.headers },
    body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
  });
}
