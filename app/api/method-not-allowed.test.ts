// Every route handler under app/api answers a method it does not implement with the documented
// error body and an `Allow` header naming the methods it has (docs/errors.md), never Next's empty
// 405. The routes are found on disk, so a new route without the 405 exports fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const API_DIR = path.resolve(__dirname);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

/** The methods a route implements itself, read from its source (not from the helper under test). */
function implementedMethods(source: string): Method[] {
  const found = new Set<Method>();
  for (const m of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) found.add(m[1] as Method);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name && (METHODS as readonly string[]).includes(name)) found.add(name as Method);
    }
  }
  return METHODS.filter((m) => found.has(m));
}

/** RFC 9110's Allow as Next answers OPTIONS: the methods, HEAD with GET, OPTIONS, sorted. */
function expectedAllow(implemented: Method[]): string {
  const allow = new Set<string>([...implemented, "OPTIONS"]);
  if (allow.has("GET")) allow.add("HEAD");
  return [...allow].sort().join(", ");
}

/** A URL for the route's folder, with dynamic segments filled in. */
function urlFor(file: string): string {
  const rel = path.relative(path.resolve(API_DIR, ".."), path.dirname(file)).split(path.sep).join("/");
  return `http://localhost/${rel.replace(/\[\.\.\.[^\]]+\]/g, "x/y").replace(/\[[^\]]+\]/g, "x")}`;
}

const FILES = routeFiles(API_DIR).sort();

describe("405 on every route handler", () => {
  it("finds the route handlers", () => {
    expect(FILES.length).toBeGreaterThan(30);
    expect(FILES.map((f) => path.relative(API_DIR, f))).toContain(path.join("v1", "orders", "route.ts"));
  });

  it.each(FILES.map((f) => [path.relative(API_DIR, f), f]))("%s answers every other method with a JSON 405 and Allow", async (_rel, file) => {
    const source = fs.readFileSync(file, "utf8");
    const implemented = implementedMethods(source);
    expect(implemented.length, "a route implements at least one method").toBeGreaterThan(0);
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    const allow = expectedAllow(implemented);
    for (const method of METHODS.filter((m) => !implemented.includes(m))) {
      const handler = mod[method];
      expect(typeof handler, `${method} is exported`).toBe("function");
      const res: Response = await (handler as (req: Request, ctx: unknown) => Promise<Response> | Response)(new Request(urlFor(file), { method }), { params: Promise.resolve({}) });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("allow"), method).toBe(allow);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const body = await res.json();
      expect(body.error.code).toBe("METHOD_NOT_ALLOWED");
      expect(body.error.message).toContain(method);
      expect(body.error.message).toContain(implemented[0]);
    }
    if (implemented.length < METHODS.length) {
      // OPTIONS tells the same truth (Next's own would count the 405 handlers as implemented).
      expect(typeof mod.OPTIONS).toBe("function");
      const options: Response = await (mod.OPTIONS as (req: Request) => Response)(new Request(urlFor(file), { method: "OPTIONS" }));
      expect(options.status).toBe(204);
      expect(options.headers.get("allow")).toBe(allow);
    }
  });

  it("keeps the JSON 404 of unknown /api/v1 paths, for every method", async () => {
    const mod = (await import("./v1/[...path]/route")) as Record<Method, (req: Request) => Response>;
    for (const method of METHODS) {
      const res = mod[method](new Request("http://localhost/api/v1/no/such/thing", { method }));
      expect(res.status).toBe(404);
      const body = await res.json();
      expect(body.error).toMatchObject({ code: "NOT_FOUND", params: { id: "/api/v1/no/such/thing" } });
      expect(typeof body.error.message).toBe("string");
    }
  });
});
