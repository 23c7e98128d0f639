// The live dashboards' shared cache: one computation per key and database within the age, shared by
// concurrent callers, recomputed after it, and a failure not kept.
import { describe, expect, it } from "vitest";
import { liveCached } from "./live-cache";

describe("liveCached", () => {
  it("shares one computation between callers within the age, per database and key", async () => {
    const db = {};
    let runs = 0;
    const compute = async () => ++runs;
    const [a, b] = await Promise.all([liveCached(db, "k", 60_000, compute), liveCached(db, "k", 60_000, compute)]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
    expect(await liveCached(db, "other", 60_000, compute)).toBe(2);
    expect(await liveCached({}, "k", 60_000, compute)).toBe(3);
  });

  it("computes again once the age has passed, and does not keep a failure", async () => {
    const db = {};
    let runs = 0;
    expect(await liveCached(db, "k", 0, async () => ++runs)).toBe(1);
    expect(await liveCached(db, "k", 0, async () => ++runs)).toBe(2);
    await expect(liveCached(db, "f", 60_000, async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    await Promise.resolve();
    expect(await liveCached(db, "f", 60_000, async () => "up")).toBe("up");
  });
});
