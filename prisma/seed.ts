// `npm run db:seed [-- --reset] [-- --small | --scale N]`: seeds the demo world into the embedded
// PGlite folder (PGLITE_DIR, default .data/pglite) or, when DATABASE_URL is set, into that
// PostgreSQL server. --small seeds the integration tests' world; --scale 10 seeds ten times the
// default world's SKUs, customers and orders (20,000 SKUs on the same 49 nodes, 54,000 orders). An
// already seeded database is left alone unless --reset is given.
import { closeDb, getDb } from "@/lib/db";
import { DEMO_API_KEYS, DEMO_USERS } from "./seed/demo-users";
import { AlreadySeededError, DEFAULT_SCALE, scaledWorld, seedDemoWorld, SMALL_SCALE } from "./seed/world";

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const reset = args.has("--reset");
  const at = argv.indexOf("--scale");
  const factor = at >= 0 ? Number(argv[at + 1]) : 1;
  if (at >= 0 && !(factor > 0)) {
    console.error("--scale takes a positive number, e.g. --scale 10");
    return 2;
  }
  const scale = args.has("--small") ? SMALL_SCALE : factor === 1 ? DEFAULT_SCALE : scaledWorld(factor);
  const target = process.env.DATABASE_URL ? "the PostgreSQL server in DATABASE_URL" : `the embedded database (${process.env.PGLITE_DIR ?? ".data/pglite"})`;
  const db = await getDb();
  try {
    const nodes = await db.node.count();
    if (nodes > 0 && !reset) {
      console.log(`${target} is already seeded (${nodes} nodes); nothing to do. Use --reset to wipe it and seed again.`);
      return 0;
    }
    console.log(`Seeding the demo world into ${target}${reset && nodes > 0 ? " (wiping it first)" : ""}…`);
    const summary = await seedDemoWorld(db, { reset, scale, log: (m) => console.log(m) });
    console.log(`\nDone in ${(summary.durationMs / 1000).toFixed(1)} s (now = ${summary.now.toISOString()}, seed ${summary.seed}).`);
    console.table(summary.counts);
    console.log("Orders by status:", summary.ordersByStatus);
    console.log("Orders by channel:", summary.ordersByChannel);
    console.log(`\nDemo logins (password ${DEMO_USERS[0].password}): ${DEMO_USERS.map((u) => `${u.email} (${u.role}${u.storeCode ? ` at ${u.storeCode}` : ""})`).join(", ")}`);
    console.log(`Channel API keys: ${DEMO_API_KEYS.map((k) => `${k.channel}=${k.key}`).join(", ")}`);
    return 0;
  } catch (e) {
    if (e instanceof AlreadySeededError) {
      console.log(e.message);
      return 0;
    }
    throw e;
  } finally {
    await closeDb();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
