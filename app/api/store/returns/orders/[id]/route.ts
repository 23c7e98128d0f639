// One order as the returns counter opens it: what each line may still return and the RMAs that
// still expect units.
import { sessionRoute } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getReturnableOrder } from "@/lib/returns";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute<{ params: Promise<{ id: string }> }>("return.receive", async (_req, actor, ctx) => {
  const { id } = await ctx.params;
  const order = await getReturnableOrder(await getDb(), actor, { orderId: id });
  if (!order) throw new NotFoundError("order", id);
  return Response.json(order, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
