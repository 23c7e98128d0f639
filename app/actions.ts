"use server";
// Actions available to everyone, signed in or not.
import { cookies } from "next/headers";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/actions";
import { parseInput } from "@/lib/http";
import { LOCALES, LOCALE_COOKIE, type Locale } from "@/lib/i18n";

const localeSchema = z.enum(LOCALES);

/** The language switcher: remembers the choice for a year. Anything but a supported locale is a validation error. */
export async function setLocale(input: unknown): Promise<ActionResult<{ locale: Locale }>> {
  return runAction(async () => {
    const locale = parseInput(localeSchema, input);
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    return { locale };
  });
}
