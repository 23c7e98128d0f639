import type { Catalogue } from "../../../types";
import type { rules as en } from "../../en/errors/rules";

export const rules: Catalogue<typeof en> = {};
