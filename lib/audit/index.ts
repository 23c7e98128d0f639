// Public face of the audit context: one helper every command uses to trace non-order changes.
export { recordAudit } from "./record-audit";
export type { AuditEntry } from "./record-audit";
