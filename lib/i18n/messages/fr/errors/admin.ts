import type { Catalogue } from "../../../types";
import type { admin as en } from "../../en/errors/admin";

export const admin: Catalogue<typeof en> = {
  EMAIL_TAKEN: "Cet e-mail est déjà utilisé par un autre utilisateur.",
  STORE_REQUIRED: "Un vendeur en magasin doit avoir un magasin.",
  STORE_FORBIDDEN: "Seuls les vendeurs en magasin ont un magasin.",
  STORE_UNKNOWN: "Choisissez un magasin existant.",
  SELF_DEMOTION: "Vous ne pouvez pas retirer votre propre rôle d’administrateur.",
  SELF_DEACTIVATION: "Vous ne pouvez pas désactiver votre propre compte.",
};
