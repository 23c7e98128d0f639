import type { Catalogue } from "../../../types";
import type { simulation as en } from "../../en/errors/simulation";

export const simulation: Catalogue<typeof en> = {
  SIMULATION_PERIOD_REVERSED: "La fin doit venir après le début.",
  SIMULATION_PERIOD_FUTURE: "La période ne peut pas finir dans le futur.",
  SIMULATION_PERIOD_TOO_LONG: "Une simulation couvre au plus {maxDays} jours.",
  SIMULATION_NOT_SOURCING: "Seules les règles d’approvisionnement peuvent être simulées.",
  SIMULATION_NOT_DRAFT: "Seul un brouillon peut être simulé.",
  SIMULATION_DRAFT_CHANGED: "Ce brouillon a été modifié depuis son ouverture. Rechargez-le et relancez la simulation.",
  SIMULATION_DRAFT_INVALID: "Ce brouillon contient des règles invalides. Corrigez-les avant de simuler.",
  SIMULATION_FAILED: "une erreur inattendue l’a interrompue.",
  SIMULATION_NOT_FOUND: "La simulation {id} est introuvable.",
  SIMULATION_RESULT_NOT_FOUND: "Cette commande ne fait pas partie de la simulation.",
  SIMULATION_FINISHED: "Cette simulation est déjà terminée ; elle ne peut plus être annulée.",
};
