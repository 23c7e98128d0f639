// The API keys context's command inputs as zod schemas, safe for a browser bundle: the admin's key
// forms validate with the same schemas the commands parse. A CHANNEL key places orders for one sales
// channel; a FULFILLMENT key reports work for one or more nodes.
import { z } from "zod";
import { ApiKeyScope, Channel } from "@/generated/prisma/enums";

export const API_KEY_SCOPES = Object.values(ApiKeyScope) as ApiKeyScope[];
export const API_KEY_CHANNELS = Object.values(Channel) as Channel[];

const emptyToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

export const createApiKeySchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    scope: z.enum(ApiKeyScope),
    channel: z.preprocess(emptyToNull, z.enum(Channel).nullable()),
    nodeIds: z.array(z.string().min(1)).max(500).default([]),
  })
  .superRefine((value, ctx) => {
    if (value.scope === "CHANNEL") {
      if (!value.channel) ctx.addIssue({ code: "custom", path: ["channel"], message: "API_KEY_CHANNEL_REQUIRED" });
      if (value.nodeIds.length > 0) ctx.addIssue({ code: "custom", path: ["nodeIds"], message: "API_KEY_NODES_FORBIDDEN" });
    }
    if (value.scope === "FULFILLMENT") {
      if (value.nodeIds.length === 0) ctx.addIssue({ code: "custom", path: ["nodeIds"], message: "API_KEY_NODES_REQUIRED" });
      if (value.channel) ctx.addIssue({ code: "custom", path: ["channel"], message: "API_KEY_CHANNEL_FORBIDDEN" });
    }
  });
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({
  id: z.string().min(1),
  reason: z.string().trim().min(1).max(500),
});
export type RevokeApiKeyInput = z.input<typeof revokeApiKeySchema>;

/** What the admin is shown once after creating a key: the secret itself, never stored. */
export interface CreatedApiKey {
  id: string;
  name: string;
  prefix: string;
  key: string;
}
