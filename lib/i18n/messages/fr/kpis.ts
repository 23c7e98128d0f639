import type { Catalogue } from "../../types";
import type { kpis as en } from "../en/kpis";

export const kpis: Catalogue<typeof en> = {
  title: "TODO",
};
