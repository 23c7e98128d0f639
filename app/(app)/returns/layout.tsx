// A return's page, checked above the section's loading boundary: another store's return is a real
// 403 for a store associate, an unknown return a real 404 (the page's own checks run inside the
// streamed boundary, after a 200). The page still checks for itself.
import { headers } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import { pageRouteFor, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { getReturn } from "@/lib/returns";
import { PATH_HEADER } from "@/proxy";

const RETURN_PAGE = "/returns/[number]";

export default async function ReturnsLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("return.view");
  const path = ((await headers()).get(PATH_HEADER) ?? "").split(/[?#]/)[0];
  if (pageRouteFor(path) === RETURN_PAGE) {
    let number = "";
    try {
      number = decodeURIComponent(path.split("/").pop() ?? "");
    } catch {
      notFound();
    }
    if (!number.trim() || number.length > 64) notFound();
    const found = await getReturn(await getDb(), actor, { number }).catch((e: unknown) => {
      if (e instanceof ForbiddenError) forbidden();
      if (e instanceof ValidationError) notFound();
      throw e;
    });
    if (!found) notFound();
  }
  return children;
}
