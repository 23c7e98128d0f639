// The address rate limits count by: the one the nearest proxy (or Next itself) saw.
import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the last X-Forwarded-For entry: the earlier ones are whatever the client claimed", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "::1" })).toBe("::1");
    expect(clientAddress({ "x-forwarded-for": ["10.0.0.1", "192.0.2.3"] })).toBe("192.0.2.3");
  });

  it("falls back to X-Real-IP, then to one shared 'unknown' bucket", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "192.0.2.9" }))).toBe("192.0.2.9");
    expect(clientAddress(new Headers())).toBe("unknown");
    expect(clientAddress(undefined)).toBe("unknown");
  });

  it("bounds what it keeps (it becomes part of a database key)", () => {
    expect(clientAddress({ "x-forwarded-for": "a".repeat(500) })).toHaveLength(64);
  });
});
