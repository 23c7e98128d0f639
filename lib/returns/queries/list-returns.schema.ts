// The returns list's filters: the list page's search params are read with this schema in the
// browser and on the server alike. Loads nothing from the server side.
import { z } from "zod";
import { ReturnStatus } from "@/generated/prisma/enums";
import { RETURN_METHODS } from "../schemas";

export const RETURN_PAGE_SIZE = 25;
/** The age buckets the list offers (days since the return was requested). */
export const RETURN_AGE_BUCKETS = [7, 14, 30] as const;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const listReturnsSchema = z.object({
  status: z.preprocess(blankToUndefined, z.enum(ReturnStatus).optional()),
  method: z.preprocess(blankToUndefined, z.enum(RETURN_METHODS).optional()),
  /** Requested more than this many days ago. */
  olderThanDays: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(3650).optional()),
  /** The receiving node's code. */
  node: z.preprocess(blankToUndefined, z.string().trim().max(64).optional()),
  q: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(RETURN_PAGE_SIZE)),
});
export type ListReturnsInput = z.input<typeof listReturnsSchema>;
export type ListReturnsParams = z.output<typeof listReturnsSchema>;
