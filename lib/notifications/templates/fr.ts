// French customer messages (same topics as English, enforced by LocaleTemplates).
import type { ChangeKind } from "../topics";
import type { LocaleTemplates } from "./types";

const CHANGE: Record<ChangeKind, string> = {
  ADDRESS: "l'adresse de livraison",
  DELIVERY_METHOD: "le mode de livraison",
  PICKUP_STORE: "le magasin de retrait",
  QUANTITY: "les quantités",
  LINES_ADDED: "des articles ajoutés",
  LINES_REMOVED: "des articles retirés",
  PROMISED_DATE: "la date prévue",
};

export const fr: LocaleTemplates = {
  greeting: (firstName) => `Bonjour ${firstName},`,
  linesHeading: (topic) => (topic === "ORDER_CANCELLED" || topic === "PICKUP_EXPIRED" ? "Articles annulés :" : "Vos articles :"),
  line: (l) => {
    const when = l.promisedDate ? (l.mode === "PICKUP" ? `, prêt le ${l.promisedDate}` : `, prévu le ${l.promisedDate}`) : "";
    const where = l.mode === "PICKUP" && l.store ? ` (retrait à ${l.store})` : "";
    return `${l.qty} × ${l.name}${where}${when}`;
  },
  promised: (date) => `Date prévue : ${date}`,
  total: (amount) => `Total de la commande : ${amount}`,
  trackIntro: "Suivez votre commande à tout moment :",
  trackLinkLabel: "Suivre ma commande",
  signOff: "Merci pour votre confiance.",
  footer: "Ce message concerne votre commande. Merci de ne pas y répondre.",
  topics: {
    ORDER_CONFIRMED: {
      subject: (d) => `Votre commande ${d.orderNumber} est confirmée`,
      body: (d) =>
        d.paymentLink
          ? [`Merci pour votre commande ${d.orderNumber}. Nous la préparerons dès réception du paiement.`, `Payez ${d.paymentLink.amount} en toute sécurité ici (lien valable jusqu'au ${d.paymentLink.expires}) : ${d.paymentLink.url}`]
          : [`Merci pour votre commande ${d.orderNumber}. Nous l'avons bien reçue et la préparons.`],
    },
    ORDER_CHANGED: {
      subject: (d) => `Votre commande ${d.orderNumber} a été modifiée`,
      body: (d) => {
        const what = d.changes?.length ? ` Nous avons mis à jour ${d.changes.map((c) => CHANGE[c]).join(", ")}.` : "";
        const price = d.priceDifference
          ? d.priceDifference.direction === "charge"
            ? ` La différence de ${d.priceDifference.amount} sera débitée sur votre moyen de paiement.`
            : ` La différence de ${d.priceDifference.amount} sera remboursée sur votre moyen de paiement.`
          : "";
        return [`Votre commande ${d.orderNumber} a été modifiée comme demandé.${what}${price}`, "Voici votre commande telle qu'elle est maintenant."];
      },
    },
    ORDER_SHIPPED: {
      subject: (d) => `Votre commande ${d.orderNumber} est en route`,
      body: (d) => {
        const parts = [`Bonne nouvelle : un colis de votre commande ${d.orderNumber} vient de partir.`];
        if (d.shipment?.trackingNumber) {
          parts.push(`Transporteur : ${d.shipment.carrier ?? "notre transporteur"}, numéro de suivi ${d.shipment.trackingNumber}.`);
        }
        return parts;
      },
    },
    READY_FOR_PICKUP: {
      subject: (d) => `Votre commande ${d.orderNumber} est prête à être retirée`,
      body: (d) => [
        `Vos articles vous attendent à ${d.pickup?.store ?? "votre magasin"}${d.pickup?.address ? `, ${d.pickup.address}` : ""}.`,
        `Votre code de retrait : ${d.pickup?.code ?? ""}. Présentez-le avec une pièce d'identité à l'accueil.`,
      ],
    },
    ORDER_CANCELLED: {
      subject: (d) => (d.cancellation?.whole ? `Votre commande ${d.orderNumber} a été annulée` : `Des articles de votre commande ${d.orderNumber} ont été annulés`),
      body: (d) => {
        const head = d.cancellation?.whole
          ? `Votre commande ${d.orderNumber} a été annulée.`
          : `Certains articles de votre commande ${d.orderNumber} ont été annulés ; le reste de votre commande suit son cours.`;
        return [head, "Les articles annulés ne vous seront pas facturés."];
      },
    },
    PICKUP_EXPIRED: {
      subject: (d) => `Votre retrait de la commande ${d.orderNumber} a été annulé`,
      body: (d) => [
        `Les articles ci-dessous de votre commande ${d.orderNumber} vous ont attendu en magasin sans être retirés à temps : nous les avons annulés.`,
        "Ils ne vous seront pas facturés. Vous pouvez bien sûr les commander à nouveau.",
      ],
    },
    REFUNDED: {
      subject: (d) => `Remboursement de votre commande ${d.orderNumber}`,
      body: (d) => [
        `Nous avons remboursé ${d.refund?.amount ?? ""} pour votre commande ${d.orderNumber}.`,
        "Selon votre banque, il peut falloir quelques jours pour qu'il apparaisse sur votre compte.",
      ],
    },
    RETURN_AUTHORISED: {
      subject: (d) => `Votre retour ${d.returnInfo?.number ?? ""} pour la commande ${d.orderNumber} est accepté`,
      body: (d) => [
        `Nous avons accepté votre retour ${d.returnInfo?.number ?? ""} pour la commande ${d.orderNumber}.`,
        d.returnInfo?.method === "STORE"
          ? `Apportez les articles et ce numéro (${d.returnInfo?.number ?? ""}) dans l'un de nos magasins ; l'accueil les reprendra.`
          : `Emballez les articles avec ce numéro (${d.returnInfo?.number ?? ""}) inscrit sur un papier dans le colis, et envoyez-le à l'adresse de l'étiquette de retour.`,
        ...(d.returnInfo?.expectedRefund ? [`À réception, nous vous rembourserons ${d.returnInfo.expectedRefund}.`] : []),
        ...(d.returnInfo?.exchangeOrderNumber ? [`Votre article de remplacement est la commande ${d.returnInfo.exchangeOrderNumber} ; nous vous préviendrons de son envoi.`] : []),
      ],
    },
    RETURN_RECEIVED: {
      subject: (d) => `Nous avons reçu votre retour ${d.returnInfo?.number ?? ""}`,
      body: (d) => [`Nous avons reçu les articles de votre retour ${d.returnInfo?.number ?? ""} pour la commande ${d.orderNumber}.`, "Nous vous confirmerons le remboursement dans un autre message."],
    },
  },
};
