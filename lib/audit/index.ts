// Public face of the audit context: one helper every command uses to trace non-order changes, and
// the trail as the admin's audit page reads it.
export { recordAudit } from "./record-audit";
export type { AuditEntry } from "./record-audit";
export { listAuditEvents, listAuditEventsSchema, auditFilterChoices, encodeAuditCursor, AUDIT_TIME_ZONE } from "./queries/list-audit-events";
export type { ListAuditEventsInput, AuditEventItem, AuditEventPage } from "./queries/list-audit-events";
export { diffSnapshots, displayValue } from "./diff";
export type { FieldChange, DiffKind } from "./diff";
