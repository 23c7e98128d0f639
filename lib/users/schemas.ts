// The users context's command inputs as zod schemas, safe for a browser bundle: the admin's user
// forms validate with the same schemas the commands parse, so a rule lives once.
import { z } from "zod";
import { refineRoleStore, roleSchema, storeIdSchema } from "./access";

export const createUserSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    email: z.string().trim().toLowerCase().pipe(z.email()),
    role: roleSchema,
    storeId: storeIdSchema,
    password: z.string().min(10).max(200),
  })
  .superRefine(refineRoleStore);
export type CreateUserInput = z.input<typeof createUserSchema>;

export const changeUserAccessSchema = z
  .object({
    userId: z.string().min(1),
    version: z.number().int().min(1),
    role: roleSchema,
    storeId: storeIdSchema,
  })
  .superRefine(refineRoleStore);
export type ChangeUserAccessInput = z.input<typeof changeUserAccessSchema>;

export const setUserActiveSchema = z.object({
  userId: z.string().min(1),
  version: z.number().int().min(1),
  active: z.boolean(),
  reason: z.string().trim().max(500).optional(),
});
export type SetUserActiveInput = z.input<typeof setUserActiveSchema>;
