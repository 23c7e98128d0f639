import type { Catalogue } from "../../../types";
import type { orders as en } from "../../en/errors/orders";

export const orders: Catalogue<typeof en> = {};
