// Payments: how a phone order is paid (test card or pay-by-link), the buyer's payment page, declines.
import type { Catalogue } from "../../types";
import type { payments as en } from "../en/payments";

export const payments: Catalogue<typeof en> = {
  title: "Paiement",
};
