// What every route wrapper does around a request: the request id (kept when the caller sends a
// plain one, else new) on the response and on every log line, one JSON log line per request with
// who and how long, an unexpected error logged with its stack under the same id, and no new work
// once the process shuts down while the work in flight is waited for.
import { Writable } from "node:stream";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { toErrorResponse } from "@/lib/http";
import { rootLogger, setRootLogger } from "@/lib/log";
import { beginWork, inFlightWork, resetLifecycleForTests, shutdown } from "./lifecycle";
import { observeRequest, routeLabel } from "./observe-request";

let lines: Array<Record<string, unknown>>;
const original = rootLogger();

beforeEach(() => {
  lines = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  setRootLogger(pino({ level: "info" }, sink));
});
afterEach(() => {
  setRootLogger(original);
  resetLifecycleForTests();
});

const request = (headers: Record<string, string> = {}) => new Request("http://test/api/v1/orders/OMS-1042", { headers });
const ok = () => Promise.resolve(Response.json({ ok: true }));

describe("observeRequest", () => {
  it("keeps a plain x-request-id, replaces a hostile one, and answers with it", async () => {
    const kept = await observeRequest(request({ "x-request-id": "lb-7f3a.1" }), ok, toErrorResponse);
    expect(kept.headers.get("x-request-id")).toBe("lb-7f3a.1");
    const replaced = await observeRequest(request({ "x-request-id": "x".repeat(200) }), ok, toErrorResponse);
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const none = await observeRequest(request(), ok, toErrorResponse);
    expect(none.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("logs one line per request with method, path, status, duration, actor and request id", async () => {
    await observeRequest(
      request({ "x-request-id": "req-1" }),
      async ({ setActor, log }) => {
        setActor({ id: "key-web", role: "CHANNEL" });
        log.info({ step: "inside" }, "handler line");
        return Response.json({}, { status: 201 });
      },
      toErrorResponse,
    );
    expect(lines.every((l) => l.requestId === "req-1")).toBe(true);
    const line = lines.find((l) => l.msg === "request");
    expect(line).toMatchObject({ method: "GET", path: "/api/v1/orders/OMS-1042", status: 201, actorId: "key-web", actorRole: "CHANNEL", requestId: "req-1", level: 30 });
    expect(typeof line!.durationMs).toBe("number");
    expect(lines.filter((l) => l.msg === "request")).toHaveLength(1);
  });

  it("logs an unexpected error with its stack under the request's id, and answers a generic 500 carrying that id", async () => {
    const res = await observeRequest(request({ "x-request-id": "req-boom" }), () => Promise.reject(new Error("disk on fire")), toErrorResponse);
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; requestId: string; message: string } };
    expect(body.error).toMatchObject({ code: "INTERNAL", requestId: "req-boom" });
    expect(JSON.stringify(body)).not.toContain("disk on fire");
    const error = lines.find((l) => l.level === 50) as { requestId: string; err: { message: string; stack: string } };
    expect(error.requestId).toBe("req-boom");
    expect(error.err.message).toBe("disk on fire");
    expect(error.err.stack).toContain("observe-request.test.ts");
  });

  it("takes no new work once shutting down, and the shutdown waits for the work in flight", async () => {
    let release: () => void = () => undefined;
    const inFlight = observeRequest(request(), () => new Promise<Response>((r) => (release = () => r(Response.json({ done: true })))), toErrorResponse);
    expect(inFlightWork()).toBe(1);
    let closed = false;
    const stopping = shutdown({ timeoutMs: 5_000, close: async () => void (closed = true) });

    let called = false;
    const refused = await observeRequest(request(), async () => ((called = true), Response.json({})), toErrorResponse);
    expect(called).toBe(false);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("SERVICE_UNAVAILABLE");
    expect(beginWork()).toBeNull();

    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    release();
    expect((await inFlight).status).toBe(200);
    await stopping;
    expect(closed).toBe(true);
  });

  it("folds ids out of paths for the metrics' route label", () => {
    expect(routeLabel("/api/v1/orders/OMS-1042")).toBe("/api/v1/orders/:id");
    expect(routeLabel("/api/v1/fulfillments/cmabc123def456ghi789jkl0/events")).toBe("/api/v1/fulfillments/:id/events");
    expect(routeLabel("/api/v1/nodes")).toBe("/api/v1/nodes");
  });
});
