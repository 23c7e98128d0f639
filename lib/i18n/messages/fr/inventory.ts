import type { Catalogue } from "../../types";
import type { inventory as en } from "../en/inventory";

export const inventory: Catalogue<typeof en> = {
  title: "TODO",
};
