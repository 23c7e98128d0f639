// Prisma CLI configuration: the JS schema engine through a driver adapter, so no native engine is
// downloaded. The embedded PGlite folder is used unless DATABASE_URL points at a PostgreSQL server.
import path from "node:path";
import fs from "node:fs";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (url) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const dir = path.resolve(process.env.PGLITE_DIR ?? ".data/pglite");
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    return new PrismaPGlite(new PGlite(dir));
  },
});
