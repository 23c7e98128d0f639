// The fulfilment commands on in-memory PGlite (the suite is in lib/fulfillment/testing/command-suite.ts).
import { createTestDb } from "@/lib/db/testing";
import { fulfilmentCommandSuite } from "../testing/command-suite";

fulfilmentCommandSuite(createTestDb);
