// The counter's search for an order to take a return against: the browser checks the box with this
// schema before asking, and the query checks it again. Loads nothing from the server side.
import { z } from "zod";

/** At most this many orders answer one search, newest first. */
export const ORDERS_FOR_RETURN_LIMIT = 10;

export const findOrdersForReturnSchema = z.object({
  /** An order number, an RMA number, the buyer's e-mail or name. */
  q: z.string().trim().min(3).max(100),
});
export type FindOrdersForReturnInput = z.input<typeof findOrdersForReturnSchema>;
