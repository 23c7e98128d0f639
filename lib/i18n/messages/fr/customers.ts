import type { Catalogue } from "../../types";
import type { customers as en } from "../en/customers";

export const customers: Catalogue<typeof en> = {
  title: "TODO",
};
