// The parts of the rules context a browser bundle may import (no database, no server code).
export { RULE_SCHEMAS, DEFAULT_RULES, MODIFICATION_CHANGES, RETURN_REASONS } from "./schemas";
export type { RuleDefinitions, ModificationChange } from "./schemas";
export { RULE_KINDS, RULE_FIELDS, readPath, writePath } from "./fields";
export type { RuleFieldSpec, RuleFieldType } from "./fields";
