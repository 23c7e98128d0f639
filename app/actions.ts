"use server";
// Actions available to everyone, signed in or not.
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALES, LOCALE_COOKIE } from "@/lib/i18n";

const localeSchema = z.enum(LOCALES);

/** The language switcher: remembers the choice for a year. */
export async function setLocale(input: unknown): Promise<void> {
  const locale = localeSchema.parse(input);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
}
