import type { Catalogue } from "../../../types";
import type { fulfillment as en } from "../../en/errors/fulfillment";

export const fulfillment: Catalogue<typeof en> = {};
