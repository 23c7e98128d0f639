// Every response carries the security headers: pages a Content-Security-Policy with a fresh nonce
// per request (set by proxy.ts, which Next reads to put the nonce on its own scripts); every path,
// the API included, the static headers of next.config.js.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import nextConfig from "@/next.config.js";
import { proxy } from "@/proxy";
import { contentSecurityPolicy } from "./csp";

type HeaderRule = { source: string; headers: Array<{ key: string; value: string }> };

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the pages' Content-Security-Policy (proxy.ts)", () => {
  const open = (path: string) => proxy(new NextRequest(`http://localhost:3000${path}`));

  it("allows only this site's scripts and those carrying the request's nonce; no framing, no plugins", () => {
    const res = open("/orders");
    const policy = res.headers.get("content-security-policy")!;
    const d = directives(policy);
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(d.get("script-src")).toEqual(expect.arrayContaining(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]));
    expect(d.get("script-src")).not.toContain("'unsafe-inline'");
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'self'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
    // Next reads the nonce from the request's own CSP header: the page is rendered with it.
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
  });

  it("draws a new nonce for every request", () => {
    const nonces = new Set(Array.from({ length: 20 }, () => /'nonce-([^']+)'/.exec(open("/track").headers.get("content-security-policy")!)?.[1]));
    expect(nonces.size).toBe(20);
  });

  it("allows eval only in development (React's refresh needs it), never in production", () => {
    expect(directives(contentSecurityPolicy({ nonce: "abc", development: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy({ nonce: "abc", development: false })).get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("passes the request id along and returns it (the caller's when plain, else a new one)", () => {
    const given = proxy(new NextRequest("http://localhost:3000/orders", { headers: { "x-request-id": "abc-123" } }));
    expect(given.headers.get("x-request-id")).toBe("abc-123");
    const fresh = open("/orders").headers.get("x-request-id");
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("the headers on every response (next.config.js)", () => {
  async function headersFor(path: string): Promise<Record<string, string>> {
    const rules = (await (nextConfig as { headers: () => Promise<HeaderRule[]> }).headers()) as HeaderRule[];
    const out: Record<string, string> = {};
    for (const rule of rules) {
      const pattern = new RegExp(`^${rule.source.replace(/\/:path\*$/, "(?:/.*)?")}$`);
      if (pattern.test(path)) for (const h of rule.headers) out[h.key.toLowerCase()] = h.value;
    }
    return out;
  }

  it("tells browsers not to sniff types, to keep referrers on the site and never to frame the app", async () => {
    for (const path of ["/orders", "/api/v1/orders", "/api/health"]) {
      const h = await headersFor(path);
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["x-frame-options"]).toBe("DENY");
    }
  });

  it("gives the API (outside the proxy) a CSP that allows nothing to run or frame it", async () => {
    const d = directives((await headersFor("/api/v1/orders"))["content-security-policy"]);
    expect(d.get("default-src")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    // Pages get theirs from the proxy, with a nonce: not two policies on one page.
    expect((await headersFor("/orders"))["content-security-policy"]).toBeUndefined();
  });

  it("asks for HTTPS only (HSTS) in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    expect((await headersFor("/orders"))["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    vi.stubEnv("NODE_ENV", "development");
    expect((await headersFor("/orders"))["strict-transport-security"]).toBeUndefined();
  });
});
