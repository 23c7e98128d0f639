// The sign-in form validates with the schema the credentials login parses, in the visitor's language.
import { describe, expect, it } from "vitest";
import { localisedZodResolver } from "@/components/forms/use-zod-form";
import { credentialsSchema } from "@/lib/auth/client";

const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe("sign-in form", () => {
  it("asks for both fields on the first submit, in French", async () => {
    const { errors } = await localisedZodResolver(credentialsSchema, "fr")({} as never, undefined, options);
    expect(errors.email?.message).toBe("Obligatoire.");
    expect(errors.password?.message).toBe("Obligatoire.");
  });

  it("refuses an e-mail without its domain, and lets a good pair through trimmed", async () => {
    const bad = await localisedZodResolver(credentialsSchema, "en")({ email: "agent@", password: "x" }, undefined, options);
    expect(bad.errors).toEqual({ email: expect.objectContaining({ message: "Enter a valid e-mail address." }) });
    const good = await localisedZodResolver(credentialsSchema, "en")({ email: " Agent@OMS.demo ", password: "demo1234" }, undefined, options);
    expect(good).toEqual({ values: { email: "agent@oms.demo", password: "demo1234" }, errors: {} });
  });
});
