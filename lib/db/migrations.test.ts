import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PGlite } from "@electric-sql/pglite";
import { applyMigrations, readMigrations, MigrationError } from "./migrations";
import { openPglite, pgliteRunner } from "./connections";

describe("migration runner on the embedded database", () => {
  let pg: PGlite;
  beforeAll(async () => {
    pg = await openPglite();
  });
  afterAll(async () => {
    await pg.close();
  });

  it("applies every migration once and records it as Prisma does", async () => {
    const all = readMigrations();
    expect(all.length).toBeGreaterThan(0);
    const first = await applyMigrations(pgliteRunner(pg));
    expect(first).toEqual(all.map((m) => m.name));
    const again = await applyMigrations(pgliteRunner(pg));
    expect(again).toEqual([]);
    const rows = await pg.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.rows.map((r) => r.migration_name)).toEqual(all.map((m) => m.name));
    expect(rows.rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(rows.rows.map((r) => r.checksum)).toEqual(all.map((m) => m.checksum));
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(applyMigrations(pgliteRunner(pg), edited)).rejects.toBeInstanceOf(MigrationError);
  });

  it("rolls back a failing migration and records nothing", async () => {
    const bad = [...readMigrations(), { name: "29990101000000_broken", sql: `CREATE TABLE "Tmp"(id int); SELECT nope FROM nowhere;`, checksum: "x" }];
    await expect(applyMigrations(pgliteRunner(pg), bad)).rejects.toThrow(/29990101000000_broken/);
    const tmp = await pg.query(`SELECT to_regclass('"Tmp"') AS t`);
    expect((tmp.rows[0] as { t: string | null }).t).toBeNull();
    const rec = await pg.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`);
    expect(rec.rows).toHaveLength(0);
  });

  it("keeps stock from going negative at the database level", async () => {
    await expect(
      pg.exec(`INSERT INTO "Node"(id, code, name, type, "addressLine1", city, "postalCode", country, lat, lng, "timeZone", "dailyCapacity", "openingHours", "updatedAt")
               VALUES ('n1','N1','N','DC','x','x','x','FR',0,0,'Europe/Paris',10,'{}', now());
               INSERT INTO "Category"(id, code, name) VALUES ('c1','C1','C');
               INSERT INTO "Product"(id, code, name, "categoryId") VALUES ('p1','P1','P','c1');
               INSERT INTO "Sku"(id, code, "productId", name, "priceMinor", "weightGrams") VALUES ('s1','S1','p1','S',100,10);
               INSERT INTO "InventoryPosition"(id, "nodeId", "skuId", "onHand", reserved, "updatedAt") VALUES ('i1','n1','s1',-1,0, now());`),
    ).rejects.toThrow(/onHand_nonnegative/);
  });
});
