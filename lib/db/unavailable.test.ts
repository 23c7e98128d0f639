// "The database cannot be reached" is recognised however it surfaces (Prisma through the pg
// adapter, node-postgres itself, PostgreSQL refusing connections), and nothing else is mistaken
// for it: a refused or conflicting statement is not an outage.
import { describe, expect, it } from "vitest";
import { ConflictError, ServiceUnavailableError } from "@/lib/errors";
import { asServiceUnavailable, isDatabaseUnavailable } from "./unavailable";

const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error("Invalid `prisma.order.findFirst()` invocation"), { code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

describe("isDatabaseUnavailable", () => {
  it("recognises an unreachable, closed or refusing database", () => {
    expect(isDatabaseUnavailable(prismaError("P1001", { kind: "DatabaseNotReachable", host: "db", port: 5432 }))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "ConnectionClosed" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", errno: -111 }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]))).toBe(true);
  });

  it("does not mistake a refused statement, a race or a domain error for an outage", () => {
    expect(isDatabaseUnavailable(prismaError("P2002", { kind: "UniqueConstraintViolation" }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("deadlock detected"), { code: "40P01" }))).toBe(false);
    expect(isDatabaseUnavailable(new ConflictError())).toBe(false);
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("turns an outage into a 503 SERVICE_UNAVAILABLE with a retry delay", () => {
    const e = asServiceUnavailable(new Error("Connection terminated unexpectedly"));
    expect(e).toBeInstanceOf(ServiceUnavailableError);
    expect(e).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE", params: { retryAfterSeconds: 5 } });
    expect(asServiceUnavailable(new Error("nope"))).toBeNull();
  });
});
