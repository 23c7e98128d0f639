// The four things a node can do, named once and mapped to their Node columns.
export const CAPABILITIES = ["ship", "pickup", "shipFromStore", "returns"] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const CAPABILITY_COLUMN = {
  ship: "canShip",
  pickup: "canPickup",
  shipFromStore: "canShipFromStore",
  returns: "canReturn",
} as const satisfies Record<Capability, string>;

export interface CapabilityFlags {
  canShip: boolean;
  canPickup: boolean;
  canShipFromStore: boolean;
  canReturn: boolean;
}

export function capabilitiesOf(node: CapabilityFlags): Capability[] {
  return CAPABILITIES.filter((c) => node[CAPABILITY_COLUMN[c]]);
}
