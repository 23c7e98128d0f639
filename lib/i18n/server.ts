// The request's language: the switcher's cookie, else the browser's Accept-Language.
import { cookies, headers } from "next/headers";
import { createTranslator, isLocale, localeFromAcceptLanguage, LOCALE_COOKIE, type Locale, type Translate } from "./translate";

export async function getLocale(): Promise<Locale> {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export async function getTranslator(): Promise<{ t: Translate; locale: Locale }> {
  const locale = await getLocale();
  return { t: createTranslator(locale), locale };
}
