import type { Catalogue } from "../../../types";
import type { analytics as en } from "../../en/errors/analytics";

export const analytics: Catalogue<typeof en> = {
  KPI_PERIOD_TOO_LONG: "Une période compte au plus 366 jours.",
  BENEFITS_DUPLICATE_CATEGORY: "Cette catégorie a déjà une marge plus haut.",
};
