import type { Catalogue } from "../../../types";
import type { admin as en } from "../../en/errors/admin";

export const admin: Catalogue<typeof en> = {};
