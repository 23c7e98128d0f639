import type { Catalogue } from "../../../types";
import type { inventory as en } from "../../en/errors/inventory";

export const inventory: Catalogue<typeof en> = {
  STOCK_CHANGED: "Le stock a changé pendant la prise de commande ; rien n’a été réservé. Réessayez.",
  COUNT_STOCK_CHANGED: "Le stock a changé pendant l’enregistrement du comptage ; rien n’a été modifié. Recomptez.",
  NOT_IN_TRANSIT: "L’expédition {reference} n’est plus en transit ({status}).",
  ON_HAND_BELOW_ZERO: "Le stock physique de {sku} ne peut pas descendre sous zéro ({onHand} en stock actuellement). Rien n’a été modifié pour ce SKU.",
  FEED_ITEM_SHAPE: "Dans un flux {mode}, chaque ligne est de la forme {shape}.",
  FEED_DUPLICATE_SKU: "Le SKU {sku} figure plusieurs fois dans ce flux (lignes {items}) ; envoyez chaque SKU une seule fois. Aucune de ces lignes n’a été appliquée.",
  INBOUND_DUPLICATE_SKU: "Ce SKU figure déjà sur une autre ligne.",
  INBOUND_SAME_NODE: "La destination doit être un autre site que l’origine.",
  INBOUND_NOTHING_RECEIVED: "Saisissez les unités reçues sur au moins une ligne.",
  INBOUND_SHIP_REFUSED: "Le transfert {reference} n’a pas été expédié : des lignes demandent plus que le stock libre à l’origine.",
  INBOUND_TRANSFER_NOT_CREATED: "Le transfert n’a pas été créé : des lignes demandent plus que le stock libre à l’origine.",
  INBOUND_NOT_ENOUGH_FREE_STOCK: "Seulement {available} unités de {sku} sont libres à expédier depuis {node}.",
  INBOUND_NOT_A_TRANSFER: "{reference} est une commande fournisseur : seuls les transferts sont expédiés depuis un site.",
  INBOUND_NOT_SHIPPED: "Le transfert {reference} n’a pas encore été expédié : expédiez-le d’abord, ou annulez-le.",
  INBOUND_RECEIPT_REFUSED: "Rien n’a été réceptionné sur {reference} : des lignes sont erronées.",
  INBOUND_SKU_NOT_ON_SHIPMENT: "{sku} ne figure pas sur {reference}.",
  INBOUND_OVER_RECEIPT: "Seulement {remaining} unités de {sku} sont encore attendues.",
  INBOUND_TRANSFER_SHIPPED: "Le transfert {reference} a quitté son origine : réceptionnez-le ou clôturez-le avec manquant au lieu de l’annuler.",
  INBOUND_PARTLY_RECEIVED: "Des unités de {reference} ont été réceptionnées : clôturez-le avec manquant au lieu de l’annuler.",
  TIME_FORMAT: "Utilisez le format 24 heures HH:MM, par ex. 09:30.",
  CLOSES_BEFORE_OPENING: "L’heure de fermeture doit suivre l’heure d’ouverture.",
  TOO_MANY_INTERVALS: "4 plages au plus par jour.",
  OVERLAPPING_INTERVALS: "Les plages d’un même jour ne doivent pas se chevaucher.",
};
