import type { Catalogue } from "../../../types";
import type { inventory as en } from "../../en/errors/inventory";

export const inventory: Catalogue<typeof en> = {
  STOCK_CHANGED: "Le stock a changé pendant la prise de commande ; rien n’a été réservé. Réessayez.",
  COUNT_STOCK_CHANGED: "Le stock a changé pendant l’enregistrement du comptage ; rien n’a été modifié. Recomptez.",
  NOT_IN_TRANSIT: "L’expédition {reference} n’est plus en transit ({status}).",
  TIME_FORMAT: "Utilisez le format 24 heures HH:MM, par ex. 09:30.",
  CLOSES_BEFORE_OPENING: "L’heure de fermeture doit suivre l’heure d’ouverture.",
  TOO_MANY_INTERVALS: "4 plages au plus par jour.",
  OVERLAPPING_INTERVALS: "Les plages d’un même jour ne doivent pas se chevaucher.",
};
