// Runs before every page request (not the API, Next's files or static assets):
// - tells the server components which path was asked for, so a visitor sent to the login page comes
//   back to it afterwards (access itself is decided in the pages and route handlers, lib/auth);
// - the request id: the caller's `x-request-id` when plain, else a new one, passed to the page and
//   returned to the caller (the API's route wrappers do the same for /api);
// - the Content-Security-Policy with a fresh nonce: Next reads it from the request's header and puts
//   the nonce on its own scripts (every page is rendered per request: the root layout reads the
//   locale cookie), and the browser gets the same policy. The other security headers are set for
//   every path in next.config.js.
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/log";
import { contentSecurityPolicy, newNonce } from "@/lib/security/client";

export const PATH_HEADER = "x-oms-path";
const CSP_HEADER = "content-security-policy";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);

  const requestId = requestIdOf(request);
  headers.set(REQUEST_ID_HEADER, requestId);

  const policy = contentSecurityPolicy({ nonce: newNonce(), development: process.env.NODE_ENV === "development" });
  headers.set(CSP_HEADER, policy);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set(CSP_HEADER, policy);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Pages only: not the API, Next's own files or static assets.
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)"],
};
