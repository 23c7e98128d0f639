import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL(".", import.meta.url)) },
  },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // vitest's default is one worker fewer than the cores: a single worker on the 2-core CI machine,
    // which leaves a core idle while a test waits on the PostgreSQL server or a child process.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Migrates one database (PGlite, and the server when one answers) before the first file; the
    // test databases are copies of it.
    globalSetup: ["lib/db/templates-testing.ts"],
  },
});
