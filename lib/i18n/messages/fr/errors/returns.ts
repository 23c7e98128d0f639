import type { Catalogue } from "../../../types";
import type { returns as en } from "../../en/errors/returns";

export const returns: Catalogue<typeof en> = {};
