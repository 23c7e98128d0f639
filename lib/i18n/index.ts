// Server entry of the i18n context: everything the client entry has, plus the request's language
// (the switcher's cookie, else Accept-Language), which needs Next's request scope.
export * from "./client";
export { getLocale, getTranslator } from "./server";
