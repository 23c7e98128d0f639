// The fulfilment commands on in-memory PGlite (the suite is in lib/fulfillment/testing/command-suite.ts).
import { createTestDb } from "@/lib/db/testing";
import { fulfillmentCommandSuite } from "../testing/command-suite";

fulfillmentCommandSuite(createTestDb);
