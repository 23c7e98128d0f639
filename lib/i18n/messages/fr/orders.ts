import type { Catalogue } from "../../types";
import type { orders as en } from "../en/orders";

export const orders: Catalogue<typeof en> = {
  title: "TODO",
};
