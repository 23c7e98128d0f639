// The pieces of idempotency that need no database: which header values are keys, and when two
// bodies are the same request.
import { describe, expect, it } from "vitest";
import { ApiRequestError } from "@/lib/http";
import { canonicalJson, idempotencyKeyFrom, requestHash } from "./idempotency";

const withKey = (value?: string) => new Request("http://localhost/api/v1/orders", { method: "POST", headers: value === undefined ? {} : { "Idempotency-Key": value } });

describe("the Idempotency-Key header", () => {
  it("accepts 1 to 200 printable characters, trimmed", () => {
    expect(idempotencyKeyFrom(withKey("a"))).toBe("a");
    expect(idempotencyKeyFrom(withKey("  order-42 attempt  "))).toBe("order-42 attempt");
    expect(idempotencyKeyFrom(withKey("x".repeat(200)))).toHaveLength(200);
  });

  it("refuses a missing, blank, too long or non-ASCII key with 400", () => {
    const refusal = (value?: string) => {
      try {
        idempotencyKeyFrom(withKey(value));
      } catch (e) {
        expect(e).toBeInstanceOf(ApiRequestError);
        return [(e as ApiRequestError).status, (e as ApiRequestError).code];
      }
      return null;
    };
    expect(refusal()).toEqual([400, "IDEMPOTENCY_KEY_REQUIRED"]);
    expect(refusal("  ")).toEqual([400, "IDEMPOTENCY_KEY_REQUIRED"]);
    expect(refusal("x".repeat(201))).toEqual([400, "IDEMPOTENCY_KEY_INVALID"]);
    expect(refusal("clé-\u00e9")).toEqual([400, "IDEMPOTENCY_KEY_INVALID"]);
  });
});

describe("the request hash", () => {
  it("ignores key order and undefined members at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
    expect(requestHash({ a: 1, b: [1, 2] })).toBe(requestHash({ b: [1, 2], a: 1 }));
  });

  it("tells apart bodies that differ in a value, an array order or a type", () => {
    const base = requestHash({ lines: [{ sku: "A", qty: 1 }, { sku: "B", qty: 1 }] });
    expect(requestHash({ lines: [{ sku: "A", qty: 2 }, { sku: "B", qty: 1 }] })).not.toBe(base);
    expect(requestHash({ lines: [{ sku: "B", qty: 1 }, { sku: "A", qty: 1 }] })).not.toBe(base);
    expect(requestHash({ lines: [{ sku: "A", qty: "1" }, { sku: "B", qty: 1 }] })).not.toBe(base);
    expect(requestHash({ lines: [{ sku: "A", qty: 1 }, { sku: "B", qty: 1 }] })).toBe(base);
  });
});
