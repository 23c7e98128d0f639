// What browser code may load from the audit context: the shape of an audit entry. Recording one
// happens in a server command's transaction.
export type { AuditEntry } from "./record-audit";
