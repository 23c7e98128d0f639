// In-memory records of the demo world while it is generated, before they become database rows.
import type { Country, NodeSeed, OpeningHours } from "./geo-data";

export type Row = Record<string, unknown>;

export interface NodeRec {
  idx: number;
  id: string;
  code: string;
  name: string;
  type: "DC" | "STORE";
  city: string;
  country: Country;
  lat: number;
  lng: number;
  hours: OpeningHours;
  canShipFromStore: boolean;
  franchise: boolean;
  size: NodeSeed["size"];
  /** "street, postcode city" as customer messages print it. */
  address: string;
}

export interface SkuRec {
  idx: number;
  id: string;
  code: string;
  name: string;
  productIdx: number;
  categoryCode: string;
  priceMinor: number;
  weightGrams: number;
  /** Relative demand, 0..1 (the best seller is 1). */
  popularity: number;
}

export interface AddressRec {
  id: string;
  label: string;
  line1: string;
  city: string;
  postalCode: string;
  country: Country;
  lat: number;
  lng: number;
}

export interface CustomerRec {
  idx: number;
  id: string;
  number: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  locale: string;
  country: Country;
  addresses: AddressRec[];
  /** Stores nearest to the default address, closest first. */
  nearStores: NodeRec[];
  /** DCs nearest to the default address, closest first. */
  nearDcs: NodeRec[];
  /** Relative ordering frequency. */
  weight: number;
  /** Registered just before the first order (a "new customer" for the hold rules). */
  isNew: boolean;
}

export interface InboundSim {
  id: string;
  reference: string;
  type: "PURCHASE_ORDER" | "TRANSFER";
  /** PLANNED: a transfer created but not shipped yet (nothing has moved). */
  status: "PLANNED" | "IN_TRANSIT" | "RECEIVED";
  to: NodeRec;
  from: NodeRec | null;
  supplier: string | null;
  eta: number;
  /** null while PLANNED. */
  shippedAt: number | null;
  receivedAt: number | null;
  createdAt: number;
  /** skuIdx -> qty */
  lines: Map<number, number>;
  /** Deliveries received so far on a shipment still IN_TRANSIT (skuIdx -> qty); RECEIVED ones get one at receivedAt. */
  partialReceipts?: { at: number; lines: Map<number, number> }[];
  /** Who created it and why (set for the transfers a planner made by hand). */
  createdById?: string | null;
  note?: string | null;
}

/** Stock per node and SKU, in flat typed arrays (nodes x SKUs can be 100k positions). */
export class Stock {
  readonly onHand: Int32Array;
  readonly safety: Int32Array;
  readonly target: Int32Array;
  readonly reserved: Int32Array;

  constructor(
    readonly nodeCount: number,
    readonly skuCount: number,
  ) {
    const n = nodeCount * skuCount;
    this.onHand = new Int32Array(n);
    this.safety = new Int32Array(n);
    this.target = new Int32Array(n);
    this.reserved = new Int32Array(n);
  }

  at(nodeIdx: number, skuIdx: number): number {
    return nodeIdx * this.skuCount + skuIdx;
  }
}
