// On a real PostgreSQL server, two stock feeds for the same node at the same moment, each taking
// one SKU below what is reserved (so its orders are sourced again) while setting another, must both
// apply (or one be told to try again), never fail with an internal error, and leave reserved equal
// to the active reservations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth";
import { SERVER_URL } from "@/lib/db/server-tests";
import { createServerTestDb, type ServerTestDb } from "@/lib/db/testing";
import { NOW, placeOrder, runner, stockProblems } from "@/lib/fulfillment/testing/scenario";
import { buildWorld } from "@/lib/orders/testing";
import { toErrorResponse } from "@/lib/http";
import { applyInventoryFeed, type InventoryFeedInput } from "./apply-feed";

const SUPPLY: Actor = { kind: "user", id: "user-supply", name: "Sam Supply", email: "supply@test", role: "SUPPLY_CHAIN", storeId: null, storeCode: null };
const ROUNDS = 6;

describe.skipIf(!SERVER_URL)("stock feeds racing on the PostgreSQL server", () => {
  let server: ServerTestDb;
  beforeAll(async () => {
    server = await createServerTestDb(SERVER_URL!, { poolSize: 10 });
    await buildWorld(server.db, { stock: { "DC-PAR|TSHIRT-M": 0, "DC-PAR|JEANS-32": 0, "DC-LYS|TSHIRT-M": 1000, "DC-LYS|JEANS-32": 1000 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("two feeds below reserved on the same node at once both apply or one is asked to retry, never an internal error", async () => {
    const run = runner(server.db);
    const outcomes: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Paris holds units of both SKUs, each for a different order.
      const set = (items: InventoryFeedInput["items"]) => run((tx) => applyInventoryFeed(tx, SUPPLY, { node: "DC-PAR", mode: "FULL", items }, { now: NOW, reference: `setup-${round}` }));
      await set([
        { sku: "TSHIRT-M", onHand: 10 },
        { sku: "JEANS-32", onHand: 10 },
      ]);
      await placeOrder(server.db, { lines: [{ sku: "TSHIRT-M", qty: 4, mode: "SHIP" }] });
      await placeOrder(server.db, { lines: [{ sku: "JEANS-32", qty: 4, mode: "SHIP" }] });
      // Each feed takes one SKU below its reservations and raises the other.
      const feeds: InventoryFeedInput[] = [
        { node: "DC-PAR", mode: "FULL", items: [{ sku: "TSHIRT-M", onHand: 1 }, { sku: "JEANS-32", onHand: 50 }] },
        { node: "DC-PAR", mode: "DELTA", items: [{ sku: "JEANS-32", delta: -9 }, { sku: "TSHIRT-M", delta: 40 }] },
      ];
      const settled = await Promise.allSettled(feeds.map((input, i) => run((tx) => applyInventoryFeed(tx, SUPPLY, input, { now: NOW, reference: `race-${round}-${i}` }))));
      for (const s of settled) {
        if (s.status === "fulfilled") {
          outcomes.push(200);
          continue;
        }
        const res = toErrorResponse(s.reason);
        outcomes.push(res.status);
        if (res.status === 503) {
          expect(res.headers.get("Retry-After")).toMatch(/^\d+$/);
          expect(((await res.json()) as { error: { code: string } }).error.code).toBe("TRY_AGAIN");
        }
      }
      expect(await stockProblems(server.db)).toEqual([]);
    }
    expect(outcomes.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    // Retrying is the exception: most races are served in lock order.
    expect(outcomes.filter((s) => s === 200).length).toBeGreaterThan(ROUNDS);
  }, 120_000);
});
