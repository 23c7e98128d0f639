// A load of channel orders for the fault tests (scripts/faults/crash-during-load.server.test.ts): posts
// orders through the API's own handler (POST /api/v1/orders, the same capture command) against
// DATABASE_URL, CONCURRENCY at a time, and prints `ACK <number> <idempotency key>` for each order
// the API acknowledged, the moment it did. Runs until killed, or until COUNT orders are placed.
// Not for use against a real database: it places orders with the test API key.
import { randomUUID } from "node:crypto";
import { apiRequest } from "@/lib/api/testing";
import { closeDb } from "@/lib/db";
import { LEA, PARIS_ADDRESS } from "@/lib/orders/testing";
import { POST } from "@/app/api/v1/orders/route";

const concurrency = Number(process.env.CONCURRENCY ?? 4);
const count = Number(process.env.COUNT ?? Infinity);
const second = ["JEANS-32", "SNEAKER-42"];
let started = 0;
let placed = 0;

async function worker(): Promise<void> {
  while (started < count) {
    const n = started++;
    const key = randomUUID();
    const body = {
      channel: "WEB",
      customer: LEA,
      shippingAddress: PARIS_ADDRESS,
      lines: [
        { sku: "TSHIRT-M", qty: 1, mode: "SHIP" },
        { sku: second[n % 2], qty: 1 + (n % 3), mode: "SHIP" },
      ],
    };
    const res = await POST(apiRequest("/api/v1/orders", { body, headers: { "Idempotency-Key": key } }), undefined);
    if (res.status !== 201) throw new Error(`order ${n} answered ${res.status}: ${await res.text()}`);
    const { number } = (await res.json()) as { number: string };
    placed += 1;
    process.stdout.write(`ACK ${number} ${key}\n`);
  }
}

await Promise.all(Array.from({ length: concurrency }, () => worker()));
process.stdout.write(`DONE ${placed}\n`);
await closeDb();
