import type { Catalogue } from "../../../types";
import type { payments as en } from "../../en/errors/payments";

export const payments: Catalogue<typeof en> = {};
