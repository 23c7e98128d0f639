// The fulfilment commands on the PostgreSQL server, a fresh database per test (the suite is in
// lib/fulfillment/testing/command-suite.ts); skipped with a visible message when no server answers.
import { describe } from "vitest";
import { SERVER_URL } from "@/lib/db/server-tests";
import { createServerTestDb } from "@/lib/db/testing";
import { fulfillmentCommandSuite } from "../testing/command-suite";

describe.skipIf(!SERVER_URL)("on the PostgreSQL server", () => {
  fulfillmentCommandSuite(() => createServerTestDb(SERVER_URL!, { poolSize: 5 }));
});
