// Error codes of lib/apikeys (see ./common.ts for how codes and parameters work).
export const apikeys = {
  API_KEY_CHANNEL_REQUIRED: "Choose the sales channel this key places orders for.",
  API_KEY_CHANNEL_FORBIDDEN: "A fulfilment key has no sales channel.",
  API_KEY_NODES_REQUIRED: "Choose at least one node this key reports work for.",
  API_KEY_NODES_FORBIDDEN: "A channel key is not bound to nodes.",
  API_KEY_NODE_UNKNOWN: "Choose existing nodes.",
  API_KEY_ALREADY_REVOKED: "This key was already revoked.",
} as const;
