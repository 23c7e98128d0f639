// Languages, catalogues and the translator. UI strings live in lib/i18n/messages/<lang>/, never
// inline; both languages have the same keys (checked by the type system and a test).
import { en } from "./messages/en";
import { fr } from "./messages/fr";
import type { Catalogue, MessageKey, Params } from "./types";

export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "oms-locale";

export type Messages = Catalogue<typeof en>;
export type Key = MessageKey<typeof en>;
export type Translate = (key: Key, params?: Params) => string;

export const CATALOGUES: Record<Locale, Messages> = { en, fr };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the first supported language of an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  for (const part of header.split(",")) {
    const tag = part.split(";")[0].trim().toLowerCase().slice(0, 2);
    if (isLocale(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node && typeof node === "object" && part in node) node = (node as Record<string, unknown>)[part];
    else return undefined;
  }
  return typeof node === "string" ? node : undefined;
}

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function createTranslator(locale: Locale): Translate {
  const messages = CATALOGUES[locale];
  return (key, params) => interpolate(lookup(messages, key) ?? lookup(CATALOGUES.en, key) ?? key, params);
}
