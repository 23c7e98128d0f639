// What browser code may load from the API keys context: the commands' schemas (the admin's forms
// validate with them) and the shapes the key screens show. No database.
export { createApiKeySchema, revokeApiKeySchema, API_KEY_SCOPES, API_KEY_CHANNELS } from "./schemas";
export type { CreateApiKeyInput, RevokeApiKeyInput, CreatedApiKey } from "./schemas";
export type { ApiKeyListItem, KeyNodeChoice } from "./queries/list-api-keys";
