// The authorisation matrix: every page, route handler (each method) and server action of the app,
// found on disk, has an expected answer in access-matrix.ts for every kind of caller, and really
// gives it. Only the session (next-auth's getServerSession), the request scope (next/headers) and
// Next's refusals (redirect/forbidden throw) are faked; the users, keys, permission table, guards,
// handlers and actions are the real ones on a real database.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const ctx = vi.hoisted(() => ({
  userId: null as string | null,
  path: "/",
  headers: async () => new Headers({ "x-oms-path": ctx.path, "x-forwarded-for": "203.0.113.9" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (ctx.userId ? { user: { id: ctx.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/headers", () => ({ headers: () => ctx.headers(), cookies: () => ctx.cookies() }));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { digest: `NEXT_REDIRECT;replace;${url};307;`, location: url });
  },
  forbidden: () => {
    throw Object.assign(new Error("forbidden"), { digest: "NEXT_HTTP_ERROR_FALLBACK;403", status: 403 });
  },
  notFound: () => {
    throw Object.assign(new Error("not found"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404", status: 404 });
  },
}));

import { TEST_KEYS } from "@/lib/api/testing";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { withTx } from "@/lib/db";
import { createTransfer, createTransferSchema } from "@/lib/inventory";
import type { TestDb } from "@/lib/db/testing";
import { LEA, PARIS_ADDRESS } from "@/lib/orders/testing";
import { ACTION_MATRIX, MATRIX_ROLES, PAGE_MATRIX, ROUTE_MATRIX, SCOPE_CASES, type MethodName, type SessionAccess } from "./access-matrix";
import {
  APP_DIR,
  credentialsOf,
  createMatrixWorld,
  databaseFingerprint,
  FULFILMENT_KEY,
  invokeServerAction,
  OTHER_STORE,
  OWN_STORE,
  pageFiles,
  paramsFor,
  pathFor,
  routeFiles,
  routeHandlersOf,
  serverActionFiles,
  serverActionsOf,
  type Caller,
  type RouteHandler,
} from "./matrix-testing";
import { canOpenPage, PAGES, type PageRoute } from "./pages";
import { requirePageAccess } from "./session";

const ROLE_CALLERS = [...MATRIX_ROLES] as Caller[];
const ALL_CALLERS: Caller[] = ["anonymous", "deactivatedUser", ...ROLE_CALLERS, "otherStoreAssociate", "channelKey", "fulfilmentKey", "revokedKey"];
/** Server actions and pages know only sessions: an API key is no one there. */
const SESSION_CALLERS: Caller[] = ["anonymous", "deactivatedUser", ...ROLE_CALLERS, "otherStoreAssociate", "channelKey"];

/** The role a caller acts with on a session edge, or null when it has no (valid) session. */
function sessionRole(caller: Caller): (typeof MATRIX_ROLES)[number] | null {
  if (caller === "otherStoreAssociate") return "STORE_ASSOCIATE";
  return (MATRIX_ROLES as readonly string[]).includes(caller) ? (caller as (typeof MATRIX_ROLES)[number]) : null;
}

type Expected = "allowed" | "unauthenticated" | "forbidden" | "methodNotAllowed";

function expectedOnSession(access: SessionAccess, caller: Caller): Expected {
  if (access === "public") return "allowed";
  const role = sessionRole(caller);
  if (!role) return "unauthenticated";
  return access.includes(role) ? "allowed" : "forbidden";
}

// next-auth's route handler loads next/headers with require(), which vi.mock does not reach.
const nextHeaders = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
nextHeaders.headers = ctx.headers;
nextHeaders.cookies = ctx.cookies;

let t: TestDb;
beforeAll(async () => {
  t = await createMatrixWorld();
});
afterAll(async () => {
  await t?.close();
});

// ---- route handlers ----------------------------------------------------------------------------

async function callRoute(handler: RouteHandler, route: string, method: MethodName, caller: Caller): Promise<Response> {
  const { userId, key } = credentialsOf(caller);
  ctx.userId = userId;
  const headers: Record<string, string> = { "Idempotency-Key": randomUUID() };
  if (key) headers.Authorization = `Bearer ${key}`;
  const hasBody = method !== "GET";
  if (hasBody) headers["Content-Type"] = "application/json";
  const req = new NextRequest(`http://localhost${pathFor(route)}`, { method, headers, body: hasBody ? "{}" : undefined });
  return handler(req, { params: Promise.resolve(paramsFor(route)) });
}

async function describeAnswer(res: Response): Promise<string> {
  const text = await res.clone().text();
  return `${res.status} ${text.slice(0, 300)}`;
}

async function expectRouteAnswer(res: Response, expected: Expected, label: string): Promise<void> {
  const seen = await describeAnswer(res);
  if (expected === "allowed") {
    expect([401, 403, 405].includes(res.status) || res.status >= 500, `${label}: expected to get in, got ${seen}`).toBe(false);
    return;
  }
  const status = { unauthenticated: 401, forbidden: 403, methodNotAllowed: 405 }[expected];
  expect(res.status, `${label}: expected ${status}, got ${seen}`).toBe(status);
  // Every refusal keeps the documented error body.
  const body = (await res.json()) as { error?: { code?: string; message?: string } };
  const code = { unauthenticated: "UNAUTHENTICATED", forbidden: "FORBIDDEN", methodNotAllowed: "METHOD_NOT_ALLOWED" }[expected];
  expect(body.error?.code, `${label}: ${seen}`).toBe(code);
  expect(typeof body.error?.message, label).toBe("string");
}

describe("route handlers", () => {
  const files = routeFiles();

  it("finds the app's route handlers", () => {
    expect(files.map((f) => f.route)).toContain("/api/v1/orders");
    expect(files.length).toBeGreaterThan(30);
  });

  it("has an entry for every route.ts, and none for a route that does not exist", () => {
    expect(files.map((f) => f.route).filter((r) => !(r in ROUTE_MATRIX)), "routes missing from ROUTE_MATRIX").toEqual([]);
    const routes = new Set(files.map((f) => f.route));
    expect(Object.keys(ROUTE_MATRIX).filter((r) => !routes.has(r)), "ROUTE_MATRIX entries without a route.ts").toEqual([]);
  });

  it("lists every method each route handles, and each listed method exists", async () => {
    for (const { file, route } of files) {
      const handlers = await routeHandlersOf(file);
      const listed = Object.keys(ROUTE_MATRIX[route]?.methods ?? {});
      // A method the route exports but the matrix does not list must be a 405 (checked below); one
      // listed but not exported is a stale entry.
      expect(listed.filter((m) => !(m in handlers)), `${route}: listed methods it does not export`).toEqual([]);
    }
  });

  for (const { file, route } of files) {
    it(`answers every caller of ${route} as the matrix says`, async () => {
      const access = ROUTE_MATRIX[route];
      expect(access, `${route} has no entry in ROUTE_MATRIX`).toBeDefined();
      const handlers = await routeHandlersOf(file);
      for (const [method, handler] of Object.entries(handlers) as Array<[MethodName, RouteHandler]>) {
        const rule = (access.methods as Partial<Record<MethodName, unknown>>)[method];
        for (const caller of ALL_CALLERS) {
          let expected: Expected;
          if (rule === undefined) expected = "methodNotAllowed";
          else if (access.kind === "public") expected = "allowed";
          else if (access.kind === "session") expected = expectedOnSession(rule as SessionAccess, caller);
          else if (rule === "public") expected = "allowed";
          else if (caller === rule) expected = "allowed";
          else if (caller === "channelKey" || caller === "fulfilmentKey") expected = "forbidden";
          else expected = "unauthenticated";
          const res = await callRoute(handler, route, method, caller);
          await expectRouteAnswer(res, expected, `${method} ${route} as ${caller}`);
          if (access.kind === "api" && expected === "unauthenticated") expect(res.headers.get("WWW-Authenticate"), `${method} ${route} as ${caller}`).toMatch(/^Bearer/);
        }
      }
    });
  }
});

// ---- server actions ----------------------------------------------------------------------------

/** Inputs for the public actions (the others are called with `{}`: refused, or a validation error). */
const PUBLIC_INPUT: Record<string, unknown> = { "actions.ts#setLocale": "fr" };

type ActionAnswer = { ok?: boolean; error?: { code?: string } } | undefined;

describe("server actions", () => {
  const files = serverActionFiles();

  it("finds the app's server action files", () => {
    expect(files).toContain("(app)/orders/[number]/actions.ts");
    expect(files.length).toBeGreaterThan(10);
  });

  it("has an entry for every exported server action, and none for an action that does not exist", async () => {
    const found: string[] = [];
    for (const file of files) for (const name of Object.keys(await serverActionsOf(file))) found.push(`${file}#${name}`);
    expect(found.filter((k) => !(k in ACTION_MATRIX)), "actions missing from ACTION_MATRIX").toEqual([]);
    expect(Object.keys(ACTION_MATRIX).filter((k) => !found.includes(k)), "ACTION_MATRIX entries without an action").toEqual([]);
  });

  for (const file of files) {
    it(`answers every caller of the actions in ${file} as the matrix says`, async () => {
      for (const [name, action] of Object.entries(await serverActionsOf(file))) {
        const key = `${file}#${name}`;
        const access = ACTION_MATRIX[key];
        expect(access, `${key} has no entry in ACTION_MATRIX`).toBeDefined();
        for (const caller of SESSION_CALLERS) {
          ctx.userId = credentialsOf(caller).userId;
          const expected = expectedOnSession(access, caller);
          const label = `${key} as ${caller}`;
          let answer: ActionAnswer;
          try {
            answer = (await invokeServerAction(action, PUBLIC_INPUT[key] ?? {})) as ActionAnswer;
          } catch (e) {
            throw new Error(`${label}: threw instead of answering: ${(e as Error).message}`);
          }
          const code = answer?.ok === false ? answer.error?.code : undefined;
          if (expected === "allowed") expect(["UNAUTHENTICATED", "FORBIDDEN", "INTERNAL"], `${label}: got ${JSON.stringify(answer)}`).not.toContain(code);
          else expect(code, `${label}: got ${JSON.stringify(answer)}`).toBe(expected === "unauthenticated" ? "UNAUTHENTICATED" : "FORBIDDEN");
        }
      }
    });
  }
});

// ---- pages -------------------------------------------------------------------------------------

const SIGNED_IN_GROUP = path.join(APP_DIR, "(app)") + path.sep;

/** What the signed-in layout's guard answers a caller for a path. */
async function pageAnswer(caller: Caller, at: string): Promise<string> {
  ctx.userId = credentialsOf(caller).userId;
  ctx.path = at;
  try {
    await requirePageAccess();
    return "ok";
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT;")) return `redirect ${digest.split(";")[2]}`;
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return "403";
    throw e;
  }
}

describe("pages", () => {
  const files = pageFiles();

  it("has an entry for every page.tsx, and none for a page that does not exist", () => {
    const routes = files.map((f) => f.route);
    expect(routes.filter((r) => !(r in PAGE_MATRIX)), "pages missing from PAGE_MATRIX").toEqual([]);
    expect(Object.keys(PAGE_MATRIX).filter((r) => !routes.includes(r)), "PAGE_MATRIX entries without a page").toEqual([]);
  });

  it("gives each role exactly the pages the matrix lets it open (the permission table agrees)", () => {
    for (const { route } of files) {
      const access = PAGE_MATRIX[route];
      for (const role of MATRIX_ROLES) {
        const expected = access === "public" || access.includes(role);
        expect(canOpenPage(role, route as PageRoute), `${route} for ${role}`).toBe(expected);
      }
    }
  });

  it("keeps every signed-in page behind the signed-in layout's guard, and only public pages outside it", async () => {
    const layout = await import(/* @vite-ignore */ path.join(APP_DIR, "(app)", "layout.tsx"));
    for (const { file, route } of files) {
      const inside = file.startsWith(SIGNED_IN_GROUP);
      expect(inside, `${route}: ${PAGE_MATRIX[route] === "public" ? "a public page inside" : "a signed-in page outside"} the signed-in group`).toBe(PAGE_MATRIX[route] !== "public");
      if (PAGE_MATRIX[route] === "public") expect(PAGES[route as PageRoute], route).toBe("public");
    }
    // The layout itself refuses a visitor before rendering anything.
    ctx.userId = null;
    ctx.path = "/orders";
    await expect(layout.default({ children: null })).rejects.toMatchObject({ digest: expect.stringContaining("/login") });
  });

  for (const { route } of pageFiles().filter((f) => PAGE_MATRIX[f.route] !== undefined && PAGE_MATRIX[f.route] !== "public")) {
    it(`sends a visitor to the login page, lets the right roles in and refuses the others on ${route}`, async () => {
      const at = pathFor(route, { number: "OMS-1000001", id: "x1", sku: "LAMP", reference: "TR-000001", code: "ST-PAR-01", orderId: "x2" });
      for (const caller of SESSION_CALLERS) {
        const expected = expectedOnSession(PAGE_MATRIX[route], caller);
        const want = expected === "allowed" ? "ok" : expected === "forbidden" ? "403" : `redirect /login?callbackUrl=${encodeURIComponent(at)}`;
        expect(await pageAnswer(caller, at), `${route} (${at}) as ${caller}`).toBe(want);
      }
    });
  }
});

// ---- own store, own channel, own nodes -------------------------------------------------------

describe("scope: another store's, channel's or node's resources", () => {
  /** Per side ("own" for the caller, "other" for someone else): the orders, work and shipments. */
  const world = { own: {} as Record<string, string>, other: {} as Record<string, string> };
  const handlers = new Map<string, RouteHandler>();
  const actions = new Map<string, (input: unknown) => Promise<unknown>>();

  beforeAll(async () => {
    await t.db.inventoryPosition.updateMany({ where: { nodeId: "node-ST-LYO-01", skuId: "sku-LAMP" }, data: { onHand: 3 } });
    for (const { file, route } of routeFiles()) for (const [method, handler] of Object.entries(await routeHandlersOf(file))) handlers.set(`${method} ${route}`, handler);
    for (const file of serverActionFiles()) for (const [name, action] of Object.entries(await serverActionsOf(file))) actions.set(`${file}#${name}`, action);
    // A web order collected at the own store and a mobile order collected at the other, each placed
    // by its channel through the API.
    const place = async (caller: "channelKey" | "mobile", store: string) => {
      const res = await callApi("POST /api/v1/orders", caller === "mobile" ? TEST_KEYS.MOBILE : credentialsOf("channelKey").key, "/api/v1/orders", {
        channel: caller === "mobile" ? "MOBILE" : "WEB",
        customer: LEA,
        shippingAddress: PARIS_ADDRESS,
        lines: [{ sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: store }],
      });
      const body = (await res.json()) as { number?: string };
      expect(res.status, JSON.stringify(body)).toBe(201);
      const order = await t.db.order.findUniqueOrThrow({ where: { number: body.number }, include: { fulfillmentOrders: true } });
      return { orderId: order.id, orderNumber: order.number, workId: order.fulfillmentOrders[0].id, node: store };
    };
    const own = await place("channelKey", OWN_STORE.code);
    const other = await place("mobile", OTHER_STORE.code);
    const transfer = async (to: string) =>
      (await withTx((tx) => createTransfer(tx, SYSTEM_ACTOR, createTransferSchema.parse({ fromNode: "DC-PAR", toNode: to, eta: "2026-12-10", lines: [{ sku: "LAMP", qty: 1 }] })), { db: t.db })).reference;
    world.own = { ...own, reference: await transfer(OWN_STORE.code) };
    world.other = { ...other, reference: await transfer(OTHER_STORE.code) };
  });

  async function callApi(endpoint: string, key: string | null, url: string, body?: unknown, params: Record<string, string> = {}): Promise<Response> {
    ctx.userId = null;
    const [method] = endpoint.split(" ");
    const handler = handlers.get(endpoint);
    if (!handler) throw new Error(`no handler for ${endpoint}`);
    const headers: Record<string, string> = { "Idempotency-Key": randomUUID(), ...(key ? { Authorization: `Bearer ${key}` } : {}) };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    return handler(new NextRequest(`http://localhost${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), { params: Promise.resolve(params) });
  }

  async function callAsUser(endpoint: string, url: string, params: Record<string, string> = {}): Promise<Response> {
    const handler = handlers.get(endpoint);
    if (!handler) throw new Error(`no handler for ${endpoint}`);
    return handler(new NextRequest(`http://localhost${url}`), { params: Promise.resolve(params) });
  }

  const statusAnswer = async (res: Response) => (res.status < 300 ? "allowed" : [403, 404].includes(res.status) ? "refused" : `${res.status} ${await res.text()}`);
  /** Got past the scope check: done, or refused for a reason other than whose resource it is. */
  const pastScope = async (res: Response) => {
    const text = await res.text();
    return res.status === 403 || res.status === 404 ? "refused" : res.status < 500 ? "allowed" : `${res.status} ${text}`;
  };
  const actionAnswer = (answer: unknown) => {
    const a = answer as { ok: boolean; error?: { code: string } };
    if (a.ok) return "allowed";
    return ["FORBIDDEN", "OTHER_STORE", "NOT_YOUR_NODE", "NOT_FOUND"].includes(a.error?.code ?? "") ? "refused" : JSON.stringify(a);
  };
  const runAction = async (key: string, input: unknown) => {
    const action = actions.get(key);
    if (!action) throw new Error(`no action ${key}`);
    return actionAnswer(await action(input));
  };

  /** A page as the signed-in layout and then its section's layout (when it has one) answer it. */
  const openPage = async (at: string, section?: string) => {
    ctx.path = at;
    try {
      await requirePageAccess();
      if (section) await (await import(/* @vite-ignore */ path.join(APP_DIR, "(app)", section, "layout.tsx"))).default({ children: null });
      return "allowed";
    } catch (e) {
      const digest = (e as { digest?: string }).digest ?? "";
      if (digest === "NEXT_HTTP_ERROR_FALLBACK;403" || digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "refused";
      throw e;
    }
  };

  /** How each scope case is tried: the caller with the own or the other side's resource. */
  const TRY: Record<string, (side: Record<string, string>) => Promise<string>> = {
    "page /store?store=": (s) => openPage(`/store?store=${s.node}`, "store"),
    "page /store/count?store=": (s) => openPage(`/store/count?store=${s.node}`, "store"),
    "page /store/work/[id]": (s) => openPage(`/store/work/${s.workId}`, "store"),
    "page /inventory/inbound/[reference]": (s) => openPage(`/inventory/inbound/${s.reference}`, "inventory"),
    "GET /api/store/work/[id]": async (s) => statusAnswer(await callAsUser("GET /api/store/work/[id]", `/api/store/work/${s.workId}`, { id: s.workId })),
    "GET /api/store/queue": async (s) => statusAnswer(await callAsUser("GET /api/store/queue", `/api/store/queue?store=${s.node}`)),
    "GET /api/inbound/[reference]": async (s) => statusAnswer(await callAsUser("GET /api/inbound/[reference]", `/api/inbound/${s.reference}`, { reference: s.reference })),
    "(app)/store/actions.ts#startPickingAction": (s) => runAction("(app)/store/actions.ts#startPickingAction", { fulfillmentOrderId: s.workId }),
    "(app)/store/actions.ts#cycleCountAction": (s) => runAction("(app)/store/actions.ts#cycleCountAction", { node: s.node, sku: "TSHIRT-M", countedQty: 0, reason: "Shelf count" }),
    "(app)/orders/[number]/actions.ts#addNoteAction": (s) => runAction("(app)/orders/[number]/actions.ts#addNoteAction", { orderId: s.orderId, body: "Customer called about the pickup." }),
    "(app)/returns/actions.ts#getReturnableOrderAction": (s) => runAction("(app)/returns/actions.ts#getReturnableOrderAction", { orderId: s.orderId }),
    "GET /api/v1/orders/[number]": async (s) => statusAnswer(await callApi("GET /api/v1/orders/[number]", TEST_KEYS.WEB, `/api/v1/orders/${s.orderNumber}`, undefined, { number: s.orderNumber })),
    "POST /api/v1/orders/[number]/returns": async (s) =>
      pastScope(
        await callApi("POST /api/v1/orders/[number]/returns", TEST_KEYS.WEB, `/api/v1/orders/${s.orderNumber}/returns`, { method: "MAIL", lines: [{ sku: "LAMP", qty: 1, reason: "CHANGED_MIND" }] }, { number: s.orderNumber }),
      ),
    "GET /api/v1/fulfillments": async (s) => statusAnswer(await callApi("GET /api/v1/fulfillments", FULFILMENT_KEY, `/api/v1/fulfillments?node=${s.node}`)),
    "POST /api/v1/fulfillments/[id]/events": async (s) =>
      pastScope(await callApi("POST /api/v1/fulfillments/[id]/events", FULFILMENT_KEY, `/api/v1/fulfillments/${s.workId}/events`, { type: "PACKED", parcels: 1 }, { id: s.workId })),
    "GET /api/v1/inventory": async (s) => statusAnswer(await callApi("GET /api/v1/inventory", FULFILMENT_KEY, `/api/v1/inventory?node=${s.node}`)),
  };

  it("has a way to try every scope case", () => {
    expect(SCOPE_CASES.map((c) => c.endpoint).filter((e) => !(e in TRY))).toEqual([]);
  });

  for (const c of SCOPE_CASES) {
    it(`${c.expected === "allowed" ? "lets" : "refuses"} ${c.who} ${c.endpoint} on ${c.resource === "own" ? "its own" : "another's"} resource`, async () => {
      if (c.who === "STORE_ASSOCIATE") ctx.userId = credentialsOf("STORE_ASSOCIATE").userId;
      // A refusal must leave every table as it was (an allowed change may write, e.g. start picking).
      const before = c.expected === "refused" ? await databaseFingerprint(t.db) : null;
      expect(await TRY[c.endpoint](world[c.resource])).toBe(c.expected);
      if (before) expect(await databaseFingerprint(t.db), "a refusal changes nothing").toEqual(before);
    });
  }
});
