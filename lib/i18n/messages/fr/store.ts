import type { Catalogue } from "../../types";
import type { store as en } from "../en/store";

export const store: Catalogue<typeof en> = {
  title: "File du magasin",
  subtitle: "{city} · heure locale {time}",
  chooseStore: "Magasin",
  showStore: "Afficher la file",
  noStores: "Aucun magasin n’est encore configuré.",
  loading: "Chargement de la file du magasin…",
  countsLabel: "La file en un coup d’œil",
  counts: {
    toPick: "À préparer",
    picking: "En préparation",
    packed: "À remettre",
    readyForPickup: "Prêtes au retrait",
    uncollected: "Non retirées > {days} jours",
  },
  sections: {
    toPick: "À préparer",
    picking: "En préparation",
    packed: "Emballées / à remettre",
    readyForPickup: "Prêtes au retrait",
  },
  sectionHints: {
    toPick: "Confiées au magasin et pas encore commencées, les plus anciennes d’abord.",
    picking: "En cours de préparation.",
    packed: "Emballées, en attente du transporteur.",
    readyForPickup: "Attendent le client au comptoir, les plus anciennes d’abord.",
  },
  emptySections: {
    toPick: "Rien à préparer. Les nouvelles commandes apparaissent ici d’elles-mêmes.",
    picking: "Aucune préparation en cours.",
    packed: "Aucun colis n’attend le transporteur.",
    readyForPickup: "Aucun retrait n’attend de client.",
  },
  moreInSection: "Affichage des {shown} plus anciennes sur {total}.",
  card: {
    order: "Commande {number}",
    fulfilmentOrder: "Ordre de préparation {number}",
    customer: "Client",
    lines: "Articles",
    line: "{qty} × {name}",
    promised: "Promise pour le {date}",
    noPromise: "Pas de date promise",
    waiting: "En attente depuis {age}",
    readyFor: "Prête depuis {age}",
    uncollected: "Non retirée depuis plus de {days} jours",
  },
  mode: {
    SHIP: "Expédition au client",
    PICKUP: "Retrait en magasin",
  },
  age: {
    minutes: "{m} min",
    hours: "{h} h {m} min",
    days: "{d} j {h} h",
  },
  live: {
    updated: "Mis à jour à {time}.",
    auto: "Actualisation toutes les 30 secondes.",
    refresh: "Actualiser",
    refreshing: "Actualisation…",
    stale: "La file n’a pas pu être actualisée ; elle affiche les données de {time}.",
  },
};
