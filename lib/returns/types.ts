// What the returns context answers: the result of each command, what an order may still return, and
// the dispositions proposed for units received at a node.
import type { Channel, ReturnStatus } from "@/generated/prisma/enums";
import type { DispositionInput, ReturnConditionInput } from "./schemas";

export interface ReturnResult {
  returnId: string;
  /** The RMA number, e.g. RMA-100042. */
  number: string;
  status: ReturnStatus;
  /** The return's version after the command (optimistic lock for the next one). */
  version: number;
  expectedRefundMinor: number;
  refundedMinor: number;
  /** The replacement order of an exchange, when there is one. */
  exchangeOrderNumber: string | null;
}

/** Why a line's units cannot come back (field-level refusals use the same codes). */
export type ReturnRefusal = "OUTSIDE_WINDOW" | "NON_RETURNABLE" | "NOT_SHIPPED" | "ALREADY_RETURNED" | "CHANNEL_NOT_ACCEPTED";

export interface ExchangeOption {
  sku: string;
  name: string;
  attributes: Record<string, string>;
  priceMinor: number;
  /** Units available to promise across the network. */
  available: number;
}

export interface ReturnableLine {
  orderLineId: string;
  lineNo: number;
  sku: { code: string; name: string; category: string };
  qty: number;
  /** Units shipped to the buyer or collected by them: only these can come back. */
  deliveredQty: number;
  /** Units on an authorised return not yet received. */
  pendingQty: number;
  /** Units already received back. */
  returnedQty: number;
  /** What may still be authorised now (0 when refused). */
  returnableQty: number;
  /** Value of one more unit as the buyer paid for it (its share of the line's discount taken). */
  unitValueMinor: number;
  /** The last day a return is accepted (null while nothing has shipped). */
  windowEndsAt: Date | null;
  refusal: ReturnRefusal | null;
  /** Other sizes or colours of the same product, for an exchange. */
  exchangeOptions: ExchangeOption[];
}

export interface OpenReturnSummary {
  returnId: string;
  number: string;
  status: ReturnStatus;
  method: "MAIL" | "STORE";
  version: number;
  lines: Array<{ orderLineId: string; qty: number; receivedQty: number; reason: string }>;
}

export interface ReturnableOrder {
  orderId: string;
  number: string;
  channel: Channel;
  version: number;
  placedAt: Date;
  customerName: string;
  email: string;
  currency: string;
  lines: ReturnableLine[];
  /** Returns authorised and not yet fully received (a counter receives against them). */
  openReturns: OpenReturnSummary[];
  /** Goodwill and early-refund limits of the asking user's role, from the policy. */
  limits: { appeasementMinor: number; earlyRefundMinor: number };
  /** What can still be refunded: captured minus refunded. */
  refundableMinor: number;
}

export interface ProposedDisposition {
  orderLineId: string;
  qty: number;
  condition: ReturnConditionInput;
  disposition: DispositionInput;
  /** The node the units go to (this node to restock, a DC, or this node to dispose). */
  node: { code: string; name: string };
  /** The router's reason code: BELOW_TARGET, AT_OR_ABOVE_TARGET, NOT_CARRIED, DAMAGED, MAIL_RETURN, ... */
  reason: string;
}

export interface AppeasementResult {
  appeasementId: string;
  status: "PENDING_APPROVAL" | "APPROVED" | "REJECTED";
  amountMinor: number;
  version: number;
}
