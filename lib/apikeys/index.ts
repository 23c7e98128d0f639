// Public face of the API keys context: the keys channel and fulfilment systems call the API with,
// as an admin creates, lists and revokes them (authenticating a request is lib/auth's job).
export { createApiKey, createApiKeySchema, generateApiKey, API_KEY_PREFIX_LENGTH } from "./commands/create-api-key";
export type { CreateApiKeyInput } from "./commands/create-api-key";
export { revokeApiKey, revokeApiKeySchema } from "./commands/revoke-api-key";
export type { RevokeApiKeyInput } from "./commands/revoke-api-key";
export { listApiKeys, listKeyNodeChoices } from "./queries/list-api-keys";
export type { ApiKeyListItem, KeyNodeChoice } from "./queries/list-api-keys";
export { API_KEY_SCOPES, API_KEY_CHANNELS } from "./schemas";
export type { CreatedApiKey } from "./schemas";
