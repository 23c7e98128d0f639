// The parts of the nodes context a browser bundle may import (no database, no server code).
export { CAPABILITIES, CAPABILITY_COLUMN, capabilitiesOf } from "./capabilities";
export type { Capability, CapabilityFlags } from "./capabilities";
export { WEEKDAYS, openingHoursSchema, readOpeningHours } from "./opening-hours";
export type { OpeningHours, Weekday } from "./opening-hours";
export { updateNodeSchema } from "./schemas";
export type { UpdateNodeInput } from "./schemas";
