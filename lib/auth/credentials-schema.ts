// What the sign-in form sends and the credentials login parses: one schema for both, with no
// server code so the login page validates with it too.
import { z } from "zod";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

export type CredentialsInput = z.input<typeof credentialsSchema>;
