// Server-side rendering of a screen as its first paint, for component tests: the markup, or the
// text as a person reads it (tags out, entities and spaces tidied). No browser needed.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement as h, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nProvider } from "@/components/i18n/i18n-provider";

export function renderHtml(element: ReactElement, locale: "en" | "fr" = "en"): string {
  return renderToString(h(QueryClientProvider, { client: new QueryClient(), children: h(I18nProvider, { locale, children: element }) }));
}

export function renderText(element: ReactElement, locale: "en" | "fr" = "en"): string {
  return renderHtml(element, locale).replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ");
}
