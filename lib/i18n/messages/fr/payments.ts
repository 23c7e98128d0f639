// Payments: how a phone order is paid (test card or pay-by-link), the buyer's payment page, declines.
import type { Catalogue } from "../../types";
import type { payments as en } from "../en/payments";

export const payments: Catalogue<typeof en> = {
  title: "Paiement",
  method: {
    legend: "Mode de paiement du client",
    card: "Carte",
    cardHint: "Saisissez la carte maintenant ; le montant est autorisé au moment de passer la commande.",
    link: "Envoyer un lien de paiement",
    linkHint: "Le client reçoit un lien par e-mail et paie sous 48 heures. Les articles restent réservés ; la commande est préparée une fois payée.",
  },
  card: {
    number: "Numéro de carte",
    expiry: "Expiration (MM/AA)",
    cvc: "Cryptogramme (CVC)",
    testTitle: "Cartes de test",
    testIntro: "Les paiements passent par le prestataire de test : aucune vraie carte n'est débitée. Toute date d'expiration future et 3 chiffres quelconques conviennent.",
    use: "Utiliser {number}",
    outcome: {
      approved: "acceptée",
      card_declined: "refusée",
      insufficient_funds: "refusée : provision insuffisante",
      processing_error: "échoue : erreur de traitement",
    },
  },
  errors: {
    chooseMethod: "Choisissez le mode de paiement du client.",
  },
  review: {
    card: "Carte se terminant par {last4}",
    link: "Lien de paiement envoyé par e-mail (valable 48 heures)",
  },
  page: {
    title: "Payer votre commande",
    intro: "Commande {number}",
    greeting: "Bonjour {name},",
    amount: "Montant à payer",
    items: "Vos articles",
    item: "{qty} × {name}",
    expires: "Ce lien est valable jusqu'au {date}.",
    cardTitle: "Votre carte",
    pay: "Payer {amount}",
    paying: "Paiement en cours…",
    secure: "Les données de votre carte sont transmises au prestataire de paiement et ne sont jamais conservées.",
    paidTitle: "Merci, votre paiement a bien été reçu",
    paidBody: "Votre commande {number} est en préparation. Nous vous écrirons dès son expédition.",
    track: "Suivre ma commande",
    expiredTitle: "Ce lien de paiement a expiré",
    expiredBody: "Il était valable 48 heures. Contactez le service client pour passer à nouveau votre commande.",
    usedTitle: "Cette commande est déjà payée",
    usedBody: "Plus rien n'est dû pour la commande {number}.",
    cancelledTitle: "Cette commande a été annulée",
    cancelledBody: "Rien n'est dû pour la commande {number}.",
    notFoundTitle: "Ce lien de paiement n'existe pas",
    notFoundBody: "Vérifiez le lien reçu par e-mail ou contactez le service client.",
  },
};
