// Returns, exchanges, refunds and goodwill refunds: the call centre's dialogs, the returns list and the RMA page.
import type { Catalogue } from "../../types";
import type { returns as en } from "../en/returns";

export const returns: Catalogue<typeof en> = {
  title: "Retours",
};
