// The counter's receipt form as data: which lines each source offers, what the associate must
// choose, what is sent (lines at 0 left out, server errors mapped back), and what is asked to quote
// the refund the button announces.
import { describe, expect, it } from "vitest";
import type { OrderForReturnJson, ReturnableOrderJson } from "./queries";
import { issueFor } from "@/lib/errors";
import { receiveReturnSchema } from "@/lib/returns/client";
import { formPath, initialForm, receiptLines, toQuoteRequest, toReceiveInput, type ReceiveForm } from "./receive-form-model";

const line = (id: string, lineNo: number, over: Partial<ReturnableOrderJson["lines"][number]> = {}): ReturnableOrderJson["lines"][number] => ({
  orderLineId: id,
  lineNo,
  sku: { code: `SKU-${lineNo}`, name: `Item ${lineNo}`, category: "CAT" },
  qty: 2,
  deliveredQty: 2,
  pendingQty: 0,
  returnedQty: 0,
  returnableQty: 2,
  unitValueMinor: 2995,
  windowEndsAt: "2026-12-30T00:00:00.000Z",
  refusal: null,
  exchangeOptions: [],
  ...over,
});

const ORDER: ReturnableOrderJson = {
  orderId: "o1",
  number: "W-1",
  channel: "WEB",
  version: 3,
  placedAt: "2026-11-20T10:00:00.000Z",
  customerName: "Léa Martin",
  email: "lea@example.test",
  currency: "EUR",
  lines: [line("l1", 1), line("l2", 2, { returnableQty: 0, refusal: "OUTSIDE_WINDOW" }), line("l3", 3, { deliveredQty: 0, returnableQty: 0, refusal: "NOT_SHIPPED" })],
  openReturns: [{ returnId: "r1", number: "RMA-1", status: "APPROVED", method: "MAIL", version: 2, lines: [{ orderLineId: "l1", qty: 2, receivedQty: 1, reason: "CHANGED_MIND" }] }],
  limits: { appeasementMinor: 2000, earlyRefundMinor: 0 },
  refundableMinor: 10_000,
};
const FOUND = {
  openReturns: [{ returnId: "r1", refundedEarly: false, lines: [{ orderLineId: "l1", qty: 2, valueMinor: 5000 }] }],
} as unknown as OrderForReturnJson;

describe("receipt form", () => {
  it("offers an RMA's units still expected at their authorised value, and a walk-in every delivered line with its refusal", () => {
    expect(receiptLines(ORDER, { kind: "rma", returnId: "r1" }, FOUND)).toEqual([expect.objectContaining({ orderLineId: "l1", max: 1, unitValueMinor: 2500, rmaReason: "CHANGED_MIND" })]);
    const walkIn = receiptLines(ORDER, { kind: "walkIn" });
    expect(walkIn.map((l) => [l.orderLineId, l.max, l.refusal])).toEqual([
      ["l1", 2, null],
      ["l2", 0, "OUTSIDE_WINDOW"],
    ]);
  });

  it("has the receive command's schema ask for a condition, a walk-in's reason and an override's choice and reason, on the lines with units", () => {
    const source = { kind: "walkIn" } as const;
    const lines = receiptLines(ORDER, source);
    const form = initialForm(lines, source);
    const issues = (f: ReceiveForm) => {
      const { input, sentIndex } = toReceiveInput(f, source, { nodeId: "n1", orderId: "o1" });
      const parsed = receiveReturnSchema.safeParse(input);
      return parsed.error?.issues.map((i) => [formPath(i.path.join("."), sentIndex), issueFor(i).code]);
    };
    expect(issues(form)).toEqual([["lines.root", "RECEIVE_CHOOSE_LINE"]]);
    form.lines[0] = { ...form.lines[0], qty: 1, override: true };
    expect(issues(form)).toEqual([
      ["lines.0.condition", "CHOOSE_CONDITION"],
      ["lines.0.disposition", "CHOOSE_DISPOSITION"],
      ["lines.0.reason", "RETURN_REASON_REQUIRED"],
      ["lines.0.overrideReason", "OVERRIDE_REASON_REQUIRED"],
    ]);
  });

  it("sends only the lines with units, and puts the server's field errors back on the form line they came from", () => {
    const form: ReceiveForm = {
      lines: [
        { orderLineId: "a", qty: 0, condition: "", reason: "", override: false, disposition: "", overrideReason: "" },
        { orderLineId: "b", qty: 2, condition: "DAMAGED", reason: "SIZE_TOO_SMALL", override: true, disposition: "RESTOCK", overrideReason: " Only a scuff " },
      ],
    };
    const walkIn = toReceiveInput(form, { kind: "walkIn" }, { nodeId: "n1", orderId: "o1" });
    expect(walkIn.input).toEqual({ orderId: "o1", nodeId: "n1", lines: [{ orderLineId: "b", qty: 2, condition: "DAMAGED", reason: "SIZE_TOO_SMALL", disposition: "RESTOCK", overrideReason: "Only a scuff" }] });
    expect(walkIn.sentIndex).toEqual([1]);
    const rma = toReceiveInput(form, { kind: "rma", returnId: "r1" }, { nodeId: "n1", orderId: "o1", rmaVersion: 4 });
    expect(rma.input).toMatchObject({ returnId: "r1", expectedVersion: 4, nodeId: "n1" });
    expect(rma.input).not.toHaveProperty("orderId");
    expect(rma.input.lines[0]).not.toHaveProperty("reason");
    expect(formPath("lines.0.qty", [1])).toBe("lines.1.qty");
    expect(formPath("lines.0.orderLineId", [1])).toBe("lines.1.qty");
    expect(formPath("lines.0.overrideReason", [1])).toBe("lines.1.overrideReason");
    expect(formPath("nodeId", [1])).toBeNull();
    expect(formPath("lines", [1])).toBe("lines.root");
  });

  it("asks for a quote of the lines with units once each has its condition (and a walk-in's reason), with the reason only for a walk-in", () => {
    const form: ReceiveForm = {
      lines: [
        { orderLineId: "a", qty: 0, condition: "", reason: "", override: false, disposition: "", overrideReason: "" },
        { orderLineId: "b", qty: 2, condition: "DAMAGED", reason: "", override: true, disposition: "RESTOCK", overrideReason: "Only a scuff" },
      ],
    };
    const context = { nodeId: "n1", orderId: "o1" };
    expect(toQuoteRequest(form, { kind: "walkIn" }, context)).toBeNull();
    expect(toQuoteRequest(form, { kind: "rma", returnId: "r1" }, context)).toEqual({ returnId: "r1", nodeId: "n1", lines: [{ orderLineId: "b", qty: 2, condition: "DAMAGED" }] });
    form.lines[1].reason = "CHANGED_MIND";
    expect(toQuoteRequest(form, { kind: "walkIn" }, context)).toEqual({ orderId: "o1", nodeId: "n1", lines: [{ orderLineId: "b", qty: 2, condition: "DAMAGED", reason: "CHANGED_MIND" }] });
    form.lines[0].qty = 1;
    expect(toQuoteRequest(form, { kind: "walkIn" }, context)).toBeNull();
    expect(toQuoteRequest({ lines: [form.lines[1]].map((l) => ({ ...l, qty: 0 })) }, { kind: "walkIn" }, context)).toBeNull();
  });
});
