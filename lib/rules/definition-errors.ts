// Turns a definition's zod issues into field errors keyed "definition.<path>" whose messages are
// catalogue keys, so the draft form can show a translated message next to the right input.
import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

function keyFor(issue: z.core.$ZodIssue): string {
  if (issue.path.at(-1) === "restockableReasons" || issue.path[0] === "restockableReasons") return "admin.errors.restockableReason";
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "int") return "admin.errors.integer";
      return issue.expected === "number" ? "admin.errors.number" : "admin.errors.invalidValue";
    case "too_small":
      return "admin.errors.tooSmall";
    case "too_big":
      return "admin.errors.tooBig";
    default:
      return "admin.errors.invalidValue";
  }
}

export function definitionFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = ["definition", ...issue.path.map(String)].join(".");
    fields[path] ??= keyFor(issue);
  }
  return fields;
}
