// The admin forms' schemas, run the way the forms run them (the localised resolver), put each
// problem on the form's path in the admin's language, and errorsByPath reads them back flat.
import { describe, expect, it } from "vitest";
import { localisedZodResolver } from "@/components/forms/use-zod-form";
import { updateNodeSchema } from "@/lib/nodes/client";
import { DEFAULT_RULES, updateRuleDraftSchemaFor } from "@/lib/rules/client";
import { createUserSchema } from "@/lib/users/client";
import { errorsByPath } from "./error-paths";

const resolverOptions = { fields: {}, shouldUseNativeValidation: false } as never;
const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const node = { code: "ST-PAR-01", version: 1, name: "Rivoli", canShip: true, canPickup: true, canShipFromStore: true, canReturn: true, dailyCapacity: 10, openingHours: closed, active: true };

async function problems(schema: Parameters<typeof localisedZodResolver>[0], values: object, locale: "en" | "fr" = "en") {
  const { errors } = await localisedZodResolver(schema, locale)(values as never, undefined, resolverOptions);
  return errorsByPath(errors);
}

describe("the admin forms' own checks", () => {
  it("says a negative capacity is too small, not that it is not a whole number", async () => {
    expect(await problems(updateNodeSchema, { ...node, dailyCapacity: -3 })).toEqual({ dailyCapacity: "At least 0." });
    expect(await problems(updateNodeSchema, { ...node, dailyCapacity: null })).toEqual({ dailyCapacity: "Required." });
    expect(await problems(updateNodeSchema, { ...node, dailyCapacity: 2.5 }, "fr")).toEqual({ dailyCapacity: "Saisissez un nombre entier." });
  });

  it("puts an opening-hours problem on its interval and a name problem on the name", async () => {
    const found = await problems(updateNodeSchema, { ...node, name: " ", openingHours: { ...closed, tue: [["19:00", "09:00"]] } });
    expect(Object.keys(found).sort()).toEqual(["name", "openingHours.tue.0"]);
  });

  it("checks every field of a new user on the first submit, the role's store rule included", async () => {
    const found = await problems(createUserSchema, { name: "", email: "nope", role: "STORE_ASSOCIATE", storeId: "", password: "short" }, "fr");
    expect(Object.keys(found).sort()).toEqual(["email", "name", "password", "storeId"]);
    expect(found.email).toBe("Saisissez une adresse e-mail valide.");
  });

  it("checks a draft's definition with its kind's schema, on the definition's paths", async () => {
    const schema = updateRuleDraftSchemaFor("SOURCING");
    const definition = { ...DEFAULT_RULES.SOURCING, costs: { ...DEFAULT_RULES.SOURCING.costs, perKm: -1 }, maxShipments: null };
    expect(await problems(schema, { id: "r1", lockVersion: 1, name: "x", definition })).toEqual({
      "definition.costs.perKm": "At least 0.",
      "definition.maxShipments": "Required.",
    });
    expect(await problems(schema, { id: "r1", lockVersion: 1, name: "x", definition: DEFAULT_RULES.SOURCING })).toEqual({});
  });
});
