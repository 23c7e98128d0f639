// Public face of the rules context: versioned business rules (schemas, queries, draft/publish).
export * from "./schemas";
export { RULE_KINDS, RULE_FIELDS, readPath, writePath } from "./fields";
export type { RuleFieldSpec, RuleFieldType } from "./fields";
export { listRuleSets, listRuleSetsSchema } from "./queries/list-rule-sets";
export type { ListRuleSetsInput, RuleSetSummary } from "./queries/list-rule-sets";
export { getRuleSet, getRuleSetSchema, getPublishedRuleSet, getPublishedRuleSetSchema } from "./queries/get-rule-set";
export type { RuleSetDetail } from "./queries/get-rule-set";
export { createRuleDraft, createRuleDraftSchema } from "./commands/create-rule-draft";
export type { CreateRuleDraftInput } from "./commands/create-rule-draft";
export { updateRuleDraft, updateRuleDraftSchema } from "./commands/update-rule-draft";
export type { UpdateRuleDraftInput } from "./commands/update-rule-draft";
export { publishRuleSet, publishRuleSetSchema } from "./commands/publish-rule-set";
export type { PublishRuleSetInput } from "./commands/publish-rule-set";
export { getPublishedRules } from "./published";
export type { ActiveRules } from "./published";
