// Role check for the whole section, above its loading boundary, so a refused visitor gets a real
// 403 (or the login redirect) before anything is streamed. Pages still check their own actions.
// An inbound shipment's page is checked here too (another store's shipment is a 403, an unknown
// reference a 404): its page's own check runs inside the streamed boundary, after a 200.
import { headers } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import { pageRouteFor, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { assertInboundVisible } from "@/lib/inventory";
import { PATH_HEADER } from "@/proxy";

const SHIPMENT_PAGE = "/inventory/inbound/[reference]";

export default async function InventoryLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("inventory.view");
  const path = ((await headers()).get(PATH_HEADER) ?? "").split(/[?#]/)[0];
  if (pageRouteFor(path) === SHIPMENT_PAGE) {
    try {
      await assertInboundVisible(await getDb(), actor, decodeURIComponent(path.split("/").pop() ?? "").slice(0, 40));
    } catch (e) {
      if (e instanceof ForbiddenError) forbidden();
      if (e instanceof NotFoundError || e instanceof URIError) notFound();
      throw e;
    }
  }
  return children;
}
