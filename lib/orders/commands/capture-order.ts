// Capture: an order arrives from any channel and goes through named steps, one file each in
// capture/, in two statements:
//   read the order's context and draw its number (one statement; the network is cached)
//   in memory (capture/draft.ts): validate catalogue, resolve customer, price (every problem of the
//   three refused at once, by field), hold, source and reserve (plan the units per position)
//   authorise: a card with the payment provider, before anything is written (capture/authorise.ts)
//   write: lock the planned positions, check they still have the units, reserve them and insert
//   every row with the buyer's confirmation (notify), as one statement and so one transaction
//   (capture/rows.ts, capture/notify.ts, capture/write.ts)
// Sourcing runs on an unlocked snapshot, so orders for the same SKUs do not queue behind each
// other; when another order took the units first, the write changes nothing and the order is
// sourced again on fresh figures. After two lost races the capture locks the SKUs' positions
// before reading (as every other stock command does), so it always ends.
import type { Actor } from "@/lib/auth";
import { getDb, sqlFor, type Db, type Sql, type SqlPool, newId } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { recordCapture } from "@/lib/metrics";
import { addUnitsUsed } from "../sourcing/network-cache";
import { addressSchema, customerInputSchema, orderLineInputSchema, captureOrderSchema, type CaptureOrderInput } from "../schemas";
import { draftOrder } from "./capture/draft";
import { readCaptureContext } from "./capture/read-context";
import { lockSkuPositions, writeOrder, type Claim } from "./capture/write";
import { capturePayer, type CapturePayer } from "./capture/authorise";

export { addressSchema, customerInputSchema, orderLineInputSchema, captureOrderSchema };
export type { CaptureOrderInput };

export interface CaptureOrderResult {
  id: string;
  number: string;
}

export interface CaptureOptions {
  /** The database (tests and benchmarks hand in theirs); the process's one by default. */
  db?: Db;
  /** Business time: placed, released and promised from it. */
  now?: Date;
  /** An API request's idempotency key, claimed in the order's transaction (lib/api/idempotency.ts). */
  idempotency?: { apiKeyId: string; key: string; requestHash: string };
}

/** Another request already holds this idempotency key: nothing was written; read its stored answer. */
export class IdempotencyKeyTaken extends Error {
  constructor() {
    super("This Idempotency-Key was already used.");
    this.name = "IdempotencyKeyTaken";
  }
}

/** What this process's captures went through: orders placed, races lost to another order, captures that fell back to locking. */
export const captureCounters = ((globalThis as unknown as { __omsCaptureCounters?: { placed: number; lostRaces: number; locked: number } }).__omsCaptureCounters ??= {
  placed: 0,
  lostRaces: 0,
  locked: 0,
});

const OPTIMISTIC_ATTEMPTS = 2;
const RETRYABLE = new Set(["40P01", "40001"]); // deadlock, serialization failure

type Attempt = { kind: "placed"; id: string; number: string; released: Map<string, number> } | { kind: "stock moved"; seq: string | null } | { kind: "key taken" };

interface Payment {
  orderId: string;
  payer: CapturePayer;
}

async function attempt(pool: SqlPool, actor: Actor, input: CaptureOrderInput, now: Date, claim: Claim | null, seq: string | null, pessimistic: boolean, payment: Payment): Promise<Attempt> {
  const run = async (sql: Sql): Promise<Attempt> => {
    const ctx = await readCaptureContext(pool, sql, input, now, seq === null);
    const draft = draftOrder(actor, input, ctx, now, { orderId: payment.orderId });
    const number = `OMS-${seq ?? ctx.seq}`;
    // Settled on the first attempt (before any lock is taken), the same answer on later ones.
    const paid = await payment.payer.settle({ totalMinor: draft.totalMinor, currency: draft.currency, number });
    const outcome = await writeOrder(sql, { rows: draft.rows(number, paid), reserve: draft.reserve, orderId: draft.orderId, claim });
    if (outcome === "KEY_TAKEN") return { kind: "key taken" };
    if (outcome === "STOCK_MOVED") {
      if (pessimistic) throw new ConflictError("STOCK_CHANGED");
      return { kind: "stock moved", seq: seq ?? ctx.seq };
    }
    return { kind: "placed", id: draft.orderId, number, released: draft.releasedByNode };
  };
  if (!pessimistic) return run(pool);
  captureCounters.locked += 1;
  return pool.transaction(async (sql) => {
    await lockSkuPositions(sql, [...new Set(input.lines.map((l) => l.sku))].sort());
    return run(sql);
  });
}

export async function captureOrder(actor: Actor, input: CaptureOrderInput, options: CaptureOptions = {}): Promise<CaptureOrderResult> {
  const started = performance.now();
  const db = options.db ?? (await getDb());
  const pool = sqlFor(db);
  const now = options.now ?? new Date();
  const claim = options.idempotency ? { id: newId(), ...options.idempotency } : null;
  const orderId = newId();
  const payment: Payment = { orderId, payer: capturePayer(orderId, input.payment, now) };
  let seq: string | null = null;
  for (let tries = 1; ; tries++) {
    let result: Attempt;
    try {
      result = await attempt(pool, actor, input, now, claim, seq, tries > OPTIMISTIC_ATTEMPTS, payment);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code && RETRYABLE.has(code) && tries <= OPTIMISTIC_ATTEMPTS + 1) continue;
      await payment.payer.compensate();
      throw e;
    }
    if (result.kind === "key taken") {
      await payment.payer.compensate();
      throw new IdempotencyKeyTaken();
    }
    if (result.kind === "stock moved") {
      captureCounters.lostRaces += 1;
      seq = result.seq; // the number drawn stays this order's
      continue;
    }
    captureCounters.placed += 1;
    recordCapture(input.channel, (performance.now() - started) / 1000);
    addUnitsUsed(pool, now, result.released);
    return { id: result.id, number: result.number };
  }
}
