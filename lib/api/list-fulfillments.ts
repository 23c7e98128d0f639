// GET /api/v1/fulfillments: a node's fulfilment orders for its warehouse or store system, in a
// stable order, page by page, optionally of one status. The fulfilment context's listNodeWork
// reads them (and refuses a node the key is not bound to); this module checks the query string and
// shapes the answer.
import { z } from "zod";
import { FulfillmentStatus } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { listNodeWork } from "@/lib/fulfillment";
import { parseInput } from "@/lib/http";
import type { FulfillmentActor } from "./fulfillment-auth";
import { toApiFulfillment, type ApiFulfillment } from "./fulfillment-view";

export const FULFILLMENTS_MAX_LIMIT = 200;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const STATUSES = Object.values(FulfillmentStatus) as [FulfillmentStatus, ...FulfillmentStatus[]];

export const listFulfillmentsQuerySchema = z.object({
  node: z.preprocess(emptyToUndefined, z.string({ error: "API_NODE_REQUIRED" }).trim().min(1, "API_NODE_REQUIRED").max(40)),
  status: z.preprocess(emptyToUndefined, z.enum(STATUSES).optional()),
  cursor: z.preprocess(emptyToUndefined, z.string().max(64, "API_CURSOR_UNKNOWN").optional()),
  limit: z.preprocess(emptyToUndefined, z.coerce.number({ error: "NOT_INTEGER" }).int().min(1).max(FULFILLMENTS_MAX_LIMIT).optional()),
});

export interface FulfillmentPage {
  items: ApiFulfillment[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export async function listFulfillments(actor: FulfillmentActor, query: URLSearchParams): Promise<FulfillmentPage> {
  const input = parseInput(listFulfillmentsQuerySchema, {
    node: query.get("node"),
    status: query.get("status"),
    cursor: query.get("cursor"),
    limit: query.get("limit"),
  });
  const page = await listNodeWork(await getDb(), actor, input);
  return { items: page.items.map(toApiFulfillment), nextCursor: page.nextCursor };
}
