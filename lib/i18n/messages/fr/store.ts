import type { Catalogue } from "../../types";
import type { store as en } from "../en/store";

export const store: Catalogue<typeof en> = {
  title: "TODO",
};
