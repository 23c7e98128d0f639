// Public face of the nodes context: the network's DCs and stores as admins see and edit them.
export { listNodes, listNodesSchema } from "./queries/list-nodes";
export type { ListNodesInput, NodeListItem } from "./queries/list-nodes";
export { getNode, getNodeSchema } from "./queries/get-node";
export type { GetNodeInput, NodeDetail } from "./queries/get-node";
export { listStores } from "./queries/list-stores";
export type { StoreOption } from "./queries/list-stores";
export { updateNode, updateNodeSchema } from "./commands/update-node";
export type { UpdateNodeInput } from "./commands/update-node";
export { CAPABILITIES, CAPABILITY_COLUMN, capabilitiesOf } from "./capabilities";
export type { Capability, CapabilityFlags } from "./capabilities";
export { WEEKDAYS, openingHoursSchema, readOpeningHours } from "./opening-hours";
export type { OpeningHours, Weekday } from "./opening-hours";
export { dayBoundsInZone } from "@/lib/calendar";
