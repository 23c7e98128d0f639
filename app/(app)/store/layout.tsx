// Role check for the whole section, above its loading boundary, so a refused visitor gets a real
// 403 (or the login redirect) before anything is streamed. Pages still check their own actions.
// A fulfilment order's work page is checked here too (another store's work is a 403, an unknown id
// a 404): its page's own check runs inside the streamed boundary, after a 200. Another store asked
// for with ?store= is refused by the signed-in layout (requirePageAccess).
import { headers } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import { z } from "zod";
import { pageRouteFor, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getFulfillmentWork } from "@/lib/fulfillment";
import { PATH_HEADER } from "@/proxy";

const WORK_PAGE = "/store/work/[id]";

export default async function StoreLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("store.queue.view");
  const path = ((await headers()).get(PATH_HEADER) ?? "").split(/[?#]/)[0];
  if (pageRouteFor(path) === WORK_PAGE) {
    try {
      await getFulfillmentWork(await getDb(), actor, { id: decodeURIComponent(path.split("/").pop() ?? "") });
    } catch (e) {
      if (e instanceof ForbiddenError) forbidden();
      if (e instanceof NotFoundError || e instanceof URIError || e instanceof z.ZodError) notFound();
      throw e;
    }
  }
  return children;
}
