import type { Catalogue } from "../../../types";
import type { inventory as en } from "../../en/errors/inventory";

export const inventory: Catalogue<typeof en> = {};
