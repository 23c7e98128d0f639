// `npm start`: everything a newcomer needs to see the app. Prepares the database (embedded PGlite
// folder unless DATABASE_URL is set: migrations, then the demo world on first start), builds the app
// when the sources changed since the last build, and serves it on http://localhost:3000.
//
// Options (environment): PORT (3000), PGLITE_DIR (.data/pglite), DATABASE_URL (a server, never
// seeded unless OMS_SEED=demo), OMS_SEED=demo|off, SEED_SCALE=small (a smaller demo world, used by
// the e2e suite), OMS_RESEED=1 (wipe and reseed). With NODE_ENV=production it refuses to start while
// the database holds the demo logins or demo API keys (scripts/prepare-db.ts).
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-db";

const root = process.cwd();
const port = process.env.PORT ?? "3000";

function sourceStamp(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.endsWith(".test.ts")) hash.update(`${full}:${fs.statSync(full).mtimeMs}:${fs.statSync(full).size}\n`);
    }
  };
  for (const d of ["app", "components", "lib", "public", "generated"]) walk(path.join(root, d));
  for (const f of ["package-lock.json", "next.config.js", "tsconfig.json", "postcss.config.mjs"]) {
    if (fs.existsSync(f)) hash.update(`${f}:${fs.statSync(f).mtimeMs}\n`);
  }
  return hash.digest("hex");
}

function ensureAuthSecret(): void {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(root, ".data", "auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

function buildIfStale(): void {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const stampFile = path.join(root, distDir, "oms-source-stamp");
  const stamp = sourceStamp();
  const built = fs.existsSync(path.join(root, distDir, "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp;
  if (built) return;
  console.log("Building the app (first start or sources changed)…");
  const res = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: process.env });
  if (res.status !== 0) {
    console.error("The build failed; see the messages above.");
    process.exit(res.status ?? 1);
  }
  fs.writeFileSync(stampFile, stamp);
}

async function main(): Promise<void> {
  await prepareDatabase({ log: (m) => console.log(m) });
  ensureAuthSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  buildIfStale();
  console.log(`Serving on http://localhost:${port}`);
  const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", port], { stdio: "inherit", env: process.env, detached: false });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
