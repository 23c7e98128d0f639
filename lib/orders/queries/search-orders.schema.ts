// The order search's filters: the list page's search params are read with this schema in the
// browser and on the server alike. Loads nothing from the server side.
import { z } from "zod";
import { Channel, OrderStatus } from "@/generated/prisma/enums";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "INVALID_DATE").refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "INVALID_DATE");

export const ORDER_PAGE_SIZE = 25;

export const searchOrdersInput = z
  .object({
    q: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
    status: z.preprocess(blankToUndefined, z.enum(OrderStatus).optional()),
    channel: z.preprocess(blankToUndefined, z.enum(Channel).optional()),
    /** Placed on or after this day (agent's time zone). */
    from: z.preprocess(blankToUndefined, isoDate.optional()),
    /** Placed on or before this day (agent's time zone). */
    to: z.preprocess(blankToUndefined, isoDate.optional()),
    page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
    pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(ORDER_PAGE_SIZE)),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "DATE_RANGE_REVERSED" });
export type SearchOrdersInput = z.input<typeof searchOrdersInput>;
export type SearchOrdersParams = z.output<typeof searchOrdersInput>;
