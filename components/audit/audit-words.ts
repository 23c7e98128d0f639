// Audit actions and entity types in words: "rules.draft.update" reads "Rule draft edited". An action
// or type the catalogue does not know yet (a new command) shows as its code rather than nothing.
import type { Key, Translate } from "@/lib/i18n/client";

export function actionWords(t: Translate, action: string): string {
  const key = `audit.actions.${action.replace(/\./g, "_")}`;
  const words = t(key as Key);
  return words === key ? action : words;
}

export function entityTypeWords(t: Translate, type: string): string {
  const key = `audit.entityTypes.${type}`;
  const words = t(key as Key);
  return words === key ? type : words;
}
