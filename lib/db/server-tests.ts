// Shared guard for tests that need the PostgreSQL server: they run when TEST_DATABASE_URL is set or
// a local server answers, and are skipped with a visible message otherwise (CI always has one).
import { serverTestUrl } from "./testing";

export const SERVER_URL = await serverTestUrl();

if (!SERVER_URL) {
  console.warn("\n  ⚠ PostgreSQL server tests SKIPPED: set TEST_DATABASE_URL or start a server on 127.0.0.1:5432.\n");
}
