// The test databases are copies of one migrated template: each copy has every migration, as the
// runner would have applied it, and is its own database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations } from "./migrations";
import { createTestDb, type TestDb } from "./testing";

describe("createTestDb", () => {
  let a: TestDb;
  let b: TestDb;
  beforeAll(async () => {
    [a, b] = [await createTestDb(), await createTestDb()];
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it("opens a database with every migration applied", async () => {
    const rows = await a.db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    expect(rows).toEqual(readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
  });

  it("gives each caller its own database: a row written to one is not in another", async () => {
    await a.db.category.create({ data: { id: "cat-a", code: "CAT-A", name: "Only in a" } });
    expect(await a.db.category.count()).toBe(1);
    expect(await b.db.category.count()).toBe(0);
    const c = await createTestDb();
    try {
      expect(await c.db.category.count()).toBe(0);
    } finally {
      await c.close();
    }
  });
});
