// Capture: an order arrives from any channel. It is validated, priced, checked against the hold
// rules, sourced by the DOM engine, reserved, released to the nodes (unless held), authorised in
// the payment ledger, and the customer is told, in one transaction of a few statements:
//   1. read the order's context (one statement, outside the transaction; the network is cached)
//   2-4. validate, price, hold, source and lay out every row, in memory (capture/draft.ts)
//   5. reserve the planned units with one conditional update and draw the order number
//   6. write every row in one statement, then commit
// Sourcing runs on an unlocked snapshot, so orders for the same SKUs do not queue behind each
// other; when another order took the units first, step 5 reserves less than planned, the
// transaction rolls back and the order is sourced again on fresh figures. After two lost races the
// capture locks the SKUs' positions first (as every other stock command does), so it always ends.
import type { Actor } from "@/lib/auth";
import { getDb, sqlFor, type Db, type Sql, type SqlPool } from "@/lib/db";
import { newId } from "@/lib/db/ids";
import { ConflictError } from "@/lib/errors";
import { addUnitsUsed } from "../sourcing/network-cache";
import { addressSchema, customerInputSchema, orderLineInputSchema, captureOrderSchema, type CaptureOrderInput } from "../schemas";
import { draftOrder, validateOrder } from "./capture/draft";
import { readCaptureContext } from "./capture/read-context";
import { insertDraft, lockSkuPositions, reserveAndNumber, type Claim } from "./capture/write";

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

class LostRace extends Error {}

const OPTIMISTIC_ATTEMPTS = 2;
const RETRYABLE = new Set(["40P01", "40001"]); // deadlock, serialization failure

async function attempt(pool: SqlPool, actor: Actor, input: CaptureOrderInput, now: Date, claim: Claim | null, pessimistic: boolean): Promise<CaptureOrderResult & { released: Map<string, number> }> {
  const plan = async (sql: Sql) => {
    const ctx = await readCaptureContext(pool, sql, input, now);
    const { destination } = validateOrder(input, ctx, now);
    return draftOrder(actor, input, ctx, destination, now);
  };
  // Optimistic: read and plan before the transaction, so it holds its locks for two statements.
  const early = pessimistic ? null : await plan(pool);
  return pool.transaction(async (sql) => {
    if (pessimistic) await lockSkuPositions(sql, [...new Set(input.lines.map((l) => l.sku))].sort());
    const draft = early ?? (await plan(sql));
    const { reserved, seq, claimed } = await reserveAndNumber(sql, draft.reserve, claim);
    if (claim && !claimed) throw new IdempotencyKeyTaken();
    if (reserved !== draft.reserve.length) {
      if (pessimistic) throw new ConflictError("Stock changed while the order was being placed; nothing was reserved. Try again.", "STOCK_CHANGED");
      throw new LostRace();
    }
    const number = `OMS-${seq}`;
    await insertDraft(sql, draft.rows(number), claim?.id ?? null, draft.orderId);
    return { id: draft.orderId, number, released: draft.releasedByNode };
  });
}

export async function captureOrder(actor: Actor, input: CaptureOrderInput, options: CaptureOptions = {}): Promise<CaptureOrderResult> {
  const db = options.db ?? (await getDb());
  const pool = sqlFor(db);
  const now = options.now ?? new Date();
  const claim = options.idempotency ? { id: newId(), ...options.idempotency } : null;
  for (let tries = 1; ; tries++) {
    try {
      const placed = await attempt(pool, actor, input, now, claim, tries > OPTIMISTIC_ATTEMPTS);
      addUnitsUsed(pool, now, placed.released);
      return { id: placed.id, number: placed.number };
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (e instanceof LostRace || (code && RETRYABLE.has(code) && tries <= OPTIMISTIC_ATTEMPTS + 1)) continue;
      throw e;
    }
  }
}
