// `npm run outbox:dispatch`: one dispatcher pass over the outbox (every due message, in batches),
// then exit. Meant for server deployments (DATABASE_URL set) that run dispatch as a cron job or
// next to the web servers; FOR UPDATE SKIP LOCKED lets any number of them run side by side.
// With embedded PGlite, do NOT run it while the app is running: PGlite allows one process per data
// folder, and the app already dispatches every 10 s from instrumentation.ts.
// Transport: SMTP when SMTP_URL is set (MAIL_FROM for the sender), else the local outbox.
import { closeDb, getDb } from "@/lib/db";
import { dispatchOutbox, transportFromEnv } from "@/lib/notifications";

async function main(): Promise<void> {
  const db = await getDb();
  const transport = transportFromEnv();
  const total = { sent: 0, retried: 0, failed: 0 };
  // dispatchOutbox stops after maxBatches; keep going until a pass finds nothing due.
  for (;;) {
    const r = await dispatchOutbox(db, { transport, batchSize: 50, maxBatches: 20 });
    total.sent += r.sent;
    total.retried += r.retried;
    total.failed += r.failed;
    if (r.sent + r.retried + r.failed < 50 * 20) break;
  }
  console.log(`outbox: sent ${total.sent}, retried later ${total.retried}, failed ${total.failed}`);
}

main()
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
