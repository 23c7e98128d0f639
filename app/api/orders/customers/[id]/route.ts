// One customer for the new-order form: contact details and addresses, to prefill the delivery address.
import { sessionRoute } from "@/lib/auth";
import { getCustomerDetail } from "@/lib/customers";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { toNewOrderCustomer } from "@/components/orders/new-order/customer";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute<{ params: Promise<{ id: string }> }>("customer.view", async (_req, actor, ctx) => {
  const { id } = await ctx.params;
  const customer = await getCustomerDetail(await getDb(), actor, { id, orderLimit: 1 });
  if (!customer) throw new NotFoundError("customer", id);
  return Response.json(toNewOrderCustomer(customer));
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
