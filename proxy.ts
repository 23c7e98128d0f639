// Runs before every page request: tells the server components which path was asked for, so a
// visitor sent to the login page comes back to it afterwards. Access itself is decided in the pages
// and route handlers (lib/auth), never here.
import { NextResponse, type NextRequest } from "next/server";

export const PATH_HEADER = "x-oms-path";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not the API, Next's own files or static assets.
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)"],
};
