// Where a visitor goes after signing in: only a path of this site, whatever the login link says.
import { describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ path: "/" }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-oms-path": request.path }) }));

import { safeCallbackUrl } from "./callback-url";
import { authOptions } from "./options";
import { requirePageActor } from "./session";

const LEAVING = [
  "//evil.com",
  "/\\evil.com",
  "\\\\evil.com",
  "/%5Cevil.com",
  "/%5cevil.com/path",
  "/%2F%2Fevil.com",
  "https://evil.com",
  "https://evil.com/orders",
  "http:evil.com",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/\t/evil.com",
  "/\n/evil.com",
  "evil.com",
  "",
];

describe("safeCallbackUrl", () => {
  it.each(LEAVING)("refuses %j, which leaves the site or is not a path", (value) => {
    expect(safeCallbackUrl(value)).toBeUndefined();
  });

  it("keeps a path of the site with its query and fragment", () => {
    expect(safeCallbackUrl("/orders")).toBe("/orders");
    expect(safeCallbackUrl("/orders?status=OPEN&q=a%20b#top")).toBe("/orders?status=OPEN&q=a%20b#top");
    expect(safeCallbackUrl("/orders/OMS-1000123")).toBe("/orders/OMS-1000123");
  });

  it("accepts an absolute URL only on the given origin, and answers its path", () => {
    expect(safeCallbackUrl("http://localhost:3000/orders?x=1", "http://localhost:3000")).toBe("/orders?x=1");
    expect(safeCallbackUrl("http://localhost:3001/orders", "http://localhost:3000")).toBeUndefined();
    expect(safeCallbackUrl(undefined)).toBeUndefined();
    expect(safeCallbackUrl(null)).toBeUndefined();
  });
});

describe("the sign-in redirect callback", () => {
  const redirect = (url: string) => authOptions.callbacks!.redirect!({ url, baseUrl: "http://localhost:3000" });

  it("sends a visitor to a path of the site, never elsewhere", async () => {
    expect(await redirect("/orders")).toBe("http://localhost:3000/orders");
    expect(await redirect("http://localhost:3000/store?tab=pick")).toBe("http://localhost:3000/store?tab=pick");
    for (const value of LEAVING) expect(await redirect(value)).toBe("http://localhost:3000");
  });
});

describe("a visitor without a session opening a page", () => {
  async function loginRedirect(path: string): Promise<string> {
    request.path = path;
    const error = await requirePageActor().then(
      () => null,
      (e: unknown) => e as { digest?: string },
    );
    // next/navigation's redirect() throws; its digest holds the target.
    return String(error?.digest).split(";")[2];
  }

  it("is sent to the login page with the path to come back to", async () => {
    expect(await loginRedirect("/orders?status=OPEN")).toBe(`/login?callbackUrl=${encodeURIComponent("/orders?status=OPEN")}`);
  });

  it("is sent to the plain login page when the path would leave the site", async () => {
    for (const path of ["/\\evil.com", "//evil.com", "/%5Cevil.com"]) expect(await loginRedirect(path)).toBe("/login");
  });
});
