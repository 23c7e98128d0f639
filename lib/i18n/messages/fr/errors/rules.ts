import type { Catalogue } from "../../../types";
import type { rules as en } from "../../en/errors/rules";

export const rules: Catalogue<typeof en> = {
  DRAFT_EXISTS: "La version {version} de ces règles est déjà un brouillon.",
  NOT_DRAFT: "Seul un brouillon peut être modifié ou publié.",
  RESTOCKABLE_REASON_UNKNOWN: "Seuls les motifs acceptés peuvent être remis en stock.",
  BUYER_REASON_UNKNOWN: "Chaque motif propre à l’acheteur doit faire partie des motifs acceptés.",
  REMINDER_AFTER_WINDOW: "Le rappel doit venir avant la fin du délai.",
  EXCLUDED_NODES_UNKNOWN: "Ces codes de site n’existent pas : {codes}.",
  SHIP_FROM_STORE_NOT_STORE: "Seuls les magasins expédient depuis le magasin ; ceux-ci n’en sont pas : {codes}.",
  CATEGORY_UNKNOWN: "La catégorie {category} n’existe pas.",
  CATEGORY_EXCLUSION_EMPTY: "Choisissez les types de site ou les sites qui ne peuvent pas fournir cette catégorie.",
  NOT_ARCHIVED: "Seule une version antérieure, archivée, peut être rétablie.",
};
