import type { Catalogue } from "../../../types";
import type { api as en } from "../../en/errors/api";

export const api: Catalogue<typeof en> = {
  EMPTY_BODY: "Le corps de la requête est vide ; envoyez un objet JSON.",
  MALFORMED_JSON: "Le corps de la requête n’est pas du JSON valide.",
  UNSUPPORTED_MEDIA_TYPE: "Envoyez le corps en JSON avec « Content-Type: application/json » (reçu « {contentType} »).",
  PAYLOAD_TOO_LARGE: "Le corps de la requête dépasse {maxKb} Ko.",
  NOT_AN_OBJECT: "Le corps de la requête doit être un objet JSON, pas {got}.",
  NUL_CHARACTER: "Contient un caractère NUL.",
  TOO_DEEP: "Imbriqué sur plus de {maxDepth} niveaux.",
};
