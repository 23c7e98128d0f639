// Who may act on returns: a user with the screen's permission, or a system (API key) with the API's.
import { authorize, type Actor } from "@/lib/auth";

export function authorizeEither(actor: Actor, userAction: "return.create" | "return.receive", apiAction: "api.return.create" | "api.return.receive"): void {
  if (actor.kind === "apiKey") authorize(actor, apiAction);
  else authorize(actor, userAction);
}
