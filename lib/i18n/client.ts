// What browser code may load from the i18n context: the languages, the catalogues and the
// translator, the formatters, and the texts of error codes. No request scope, no server code.
export * from "./translate";
export { formatMoney, formatNumber, formatDate, formatDateTime, formatPercent, formatRelativeDays, DISPLAY_TIME_ZONE } from "./format";
export { errorText, englishMessage, isErrorCode } from "./error-text";
export type { ErrorCode, ErrorIssue } from "./error-text";
export type { Catalogue, MessageKey, Params } from "./types";
