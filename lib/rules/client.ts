// The parts of the rules context a browser bundle may import (no database, no server code).
// The rule kinds' schemas, types and defaults (the draft form validates with them).
export * from "./schemas";
export { RULE_KINDS, RULE_FIELDS, readPath, writePath } from "./fields";
export type { RuleFieldSpec, RuleFieldType } from "./fields";
export { diffDefinitions } from "./diff";
export type { DefinitionChange } from "./diff";
