// A definition's zod issues as field issues keyed "definition.<path>" (each a code and its
// parameters), so the draft form shows each problem next to its input, in the reader's language.
import type { z } from "zod";
import { issueFor, type FieldIssues } from "@/lib/errors";

export function definitionFieldIssues(error: z.ZodError): FieldIssues {
  const fields: FieldIssues = {};
  for (const issue of error.issues) {
    const path = ["definition", ...issue.path.map(String)].join(".");
    fields[path] ??= issueFor(issue);
  }
  return fields;
}
