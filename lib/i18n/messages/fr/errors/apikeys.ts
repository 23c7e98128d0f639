// Codes d'erreur de lib/apikeys.
import type { Catalogue } from "../../../types";
import type { apikeys as en } from "../../en/errors/apikeys";

export const apikeys: Catalogue<typeof en> = {
  API_KEY_CHANNEL_REQUIRED: "Choisissez le canal de vente pour lequel cette clé passe des commandes.",
  API_KEY_CHANNEL_FORBIDDEN: "Une clé de préparation n’a pas de canal de vente.",
  API_KEY_NODES_REQUIRED: "Choisissez au moins un site pour lequel cette clé déclare du travail.",
  API_KEY_NODES_FORBIDDEN: "Une clé de canal n’est liée à aucun site.",
  API_KEY_NODE_UNKNOWN: "Choisissez des sites existants.",
  API_KEY_ALREADY_REVOKED: "Cette clé a déjà été révoquée.",
};
