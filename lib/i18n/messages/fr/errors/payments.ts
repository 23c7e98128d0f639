import type { Catalogue } from "../../../types";
import type { payments as en } from "../../en/errors/payments";

export const payments: Catalogue<typeof en> = {
  PAYMENT_DECLINED: "Le paiement a été refusé.",
  PAYMENT_FAILED: "Le paiement n’a pas pu être traité ; rien n’a été débité. Réessayez dans un instant.",
  CARD_DECLINED: "La carte a été refusée.",
  CARD_INSUFFICIENT_FUNDS: "La carte a été refusée pour provision insuffisante.",
  CARD_NUMBER_INVALID: "Ce numéro de carte n’est pas valide.",
  CARD_EXPIRED: "Cette carte a expiré.",
  CARD_PROCESSING_ERROR: "La carte n’a pas pu être traitée ; rien n’a été débité. Réessayez dans un instant.",
  REFUND_EXCEEDS_CAPTURED: "Au plus {refundableMinor} peuvent être remboursés sur la commande {orderNumber} : ce qui a été encaissé et pas encore remboursé.",
  REFUND_NOT_POSITIVE: "Le remboursement doit être un montant positif.",
  CARD_EXPIRY_FORMAT: "Saisissez la date d’expiration au format MM/AA.",
  CARD_CVC_FORMAT: "Saisissez le code de sécurité à 3 ou 4 chiffres.",
  CARD_REQUIRED: "Saisissez les données de la carte.",
  PAYMENT_METHOD_FORMAT: "Indiquez le moyen de paiement en capitales, par ex. CARD, PAYPAL, APPLE_PAY.",
  PAYMENT_PROVIDER_FORMAT: "Indiquez le prestataire en minuscules, chiffres, points, tirets ou tirets bas.",
  PAYMENT_REFERENCE_REQUIRED: "Indiquez la référence d’autorisation.",
  PAY_LINK_NO_CARD: "Un lien de paiement ne porte ni carte ni référence.",
  CARD_METHOD_ONLY: "Les données de carte vont avec le moyen CARD.",
  CARD_OR_REFERENCE: "Envoyez soit les données de carte, soit la référence du canal, pas les deux.",
  PAY_LINK_NOT_FOR_CHANNELS: "Les liens de paiement sont envoyés par les conseillers pour les commandes par téléphone ; envoyez le moyen autorisé par votre prestataire.",
};
