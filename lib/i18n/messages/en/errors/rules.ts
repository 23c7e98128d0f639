// Error codes of lib/rules (see ./common.ts for how codes and parameters work).
export const rules = {
  DRAFT_EXISTS: "Version {version} of these rules is already a draft.",
  NOT_DRAFT: "Only a draft can be edited or published.",
  // A definition's fields (field issues on "definition.<path>")
  RESTOCKABLE_REASON_UNKNOWN: "Only accepted reasons can be restocked.",
  BUYER_REASON_UNKNOWN: "Every buyer's reason must be one of the accepted reasons.",
  REMINDER_AFTER_WINDOW: "The reminder must come before the window ends.",
  EXCLUDED_NODES_UNKNOWN: "These node codes do not exist: {codes}.",
  SHIP_FROM_STORE_NOT_STORE: "Only stores ship from store; these are not stores: {codes}.",
  CATEGORY_UNKNOWN: "There is no category {category}.",
  CATEGORY_EXCLUSION_EMPTY: "Choose the node types or the nodes that may not source this category.",
  NOT_ARCHIVED: "Only an earlier, archived version can be rolled back to.",
} as const;
