// What browser code may load from the audit context: the shape of an audit entry and of the audit
// page's rows, and the pure before/after difference. Recording one happens in a server command's
// transaction.
export type { AuditEntry } from "./record-audit";
export type { AuditEventItem, AuditEventPage, ListAuditEventsInput } from "./queries/list-audit-events";
export { diffSnapshots, displayValue } from "./diff";
export type { FieldChange, DiffKind } from "./diff";
