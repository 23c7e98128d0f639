// The parts of the nodes context a browser bundle may import (no database, no server code).
export { CAPABILITIES, CAPABILITY_COLUMN, capabilitiesOf } from "./capabilities";
export type { Capability, CapabilityFlags } from "./capabilities";
export { WEEKDAYS, openingHoursSchema, readOpeningHours } from "./opening-hours";
export type { OpeningHours, Weekday } from "./opening-hours";
export { NODE_TYPES, NODE_CODE, canonicalTimeZone, capabilityIssues, createNodeSchema, updateNodeSchema } from "./schemas";
export type { CreateNodeInput, CreateNodeData, NodeType, UpdateNodeInput } from "./schemas";
export { MAX_HOLIDAYS, holidaySchema, holidaysSchema, isIsoDate, readHolidays } from "./holidays";
export type { Holiday } from "./holidays";
export {
  MAX_IMPORT_ROWS,
  NODE_CSV_COLUMNS,
  NODE_CSV_OPTIONAL,
  NODE_CSV_REQUIRED,
  NODE_CSV_TEMPLATE,
  checkNodeRows,
  formatHolidaysText,
  formatHoursText,
  nodeRowsFromRecords,
  parseHolidaysText,
  parseHoursText,
} from "./csv";
export type { ImportMode, NodeCsvColumn, NodeCsvRow, NodeRowProblem } from "./csv";
