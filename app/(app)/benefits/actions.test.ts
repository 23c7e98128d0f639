// The benefits page's actions: a supply-chain manager or an administrator saves their own
// assumptions (refused field by field with nothing saved) and resets them; other roles are refused.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/auth";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { actorFor, buildUser } from "@/lib/nodes/testing";

const session = vi.hoisted(() => ({ actor: null as UserActor | null }));

vi.mock("@/lib/auth/session", async () => {
  const { can } = await import("@/lib/auth/client");
  const { ForbiddenError, UnauthenticatedError } = await import("@/lib/errors");
  const requireActor = async (action: Parameters<typeof can>[1]) => {
    if (!session.actor) throw new UnauthenticatedError();
    if (!can(session.actor.role, action)) throw new ForbiddenError();
    return session.actor;
  };
  return { currentActor: async () => session.actor, requireActor, requirePageActor: requireActor };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { saveBenefitsAssumptionsAction, resetBenefitsAssumptionsAction } = await import("./actions");
const { BENEFITS_DEFAULTS, BENEFITS_SETTING_KEY } = await import("@/lib/analytics");

let t: TestDb;
const actors = {} as Record<"AGENT" | "STORE_ASSOCIATE" | "SUPPLY_CHAIN" | "ADMIN", UserActor>;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  for (const role of ["AGENT", "STORE_ASSOCIATE", "SUPPLY_CHAIN", "ADMIN"] as const) actors[role] = actorFor(await buildUser(t.db, { role }));
});
afterAll(() => t.close());

const saved = (who: UserActor) => t.db.userSetting.findUnique({ where: { userId_key: { userId: who.id, key: BENEFITS_SETTING_KEY } } });

describe("benefits actions", () => {
  it("saves a supply-chain manager's assumptions for them, then resets them to the defaults", async () => {
    session.actor = actors.SUPPLY_CHAIN;
    const mine = { ...BENEFITS_DEFAULTS, sfsMarkdownPercent: 40, categoryMargins: [{ category: "HOME", marginPercent: 55.5 }] };
    expect(await saveBenefitsAssumptionsAction(mine)).toEqual({ ok: true, data: mine });
    expect((await saved(actors.SUPPLY_CHAIN))?.value).toEqual(mine);
    expect(await resetBenefitsAssumptionsAction()).toEqual({ ok: true, data: BENEFITS_DEFAULTS });
    expect(await saved(actors.SUPPLY_CHAIN)).toBeNull();
  });

  it("refuses invalid assumptions field by field and saves nothing", async () => {
    session.actor = actors.ADMIN;
    const result = await saveBenefitsAssumptionsAction({
      ...BENEFITS_DEFAULTS,
      defaultMarginPercent: 101,
      bopisAddOnBasket: null,
      borisMailReturnCost: 2.345,
      categoryMargins: [{ category: "", marginPercent: 20 }, { category: "TOYS", marginPercent: 20 }, { category: "toys", marginPercent: 30 }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("VALIDATION_FAILED");
    expect(result.error.fields).toMatchObject({
      defaultMarginPercent: { code: "TOO_BIG" },
      bopisAddOnBasket: { code: "REQUIRED" },
      borisMailReturnCost: { code: "NOT_MULTIPLE" },
      "categoryMargins.0.category": { code: "REQUIRED" },
      "categoryMargins.2.category": { code: "BENEFITS_DUPLICATE_CATEGORY" },
    });
    expect(await saved(actors.ADMIN)).toBeNull();
  });

  it("refuses a call-centre agent and a store associate, saving nothing", async () => {
    for (const role of ["AGENT", "STORE_ASSOCIATE"] as const) {
      session.actor = actors[role];
      expect(await saveBenefitsAssumptionsAction(BENEFITS_DEFAULTS)).toEqual({ ok: false, error: expect.objectContaining({ code: "FORBIDDEN" }) });
      expect(await resetBenefitsAssumptionsAction()).toEqual({ ok: false, error: expect.objectContaining({ code: "FORBIDDEN" }) });
      expect(await saved(actors[role])).toBeNull();
    }
  });
});
