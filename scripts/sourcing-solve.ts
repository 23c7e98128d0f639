// `npm run -s sourcing:solve [-- --pretty]`: reads one sourcing instance (or a JSON array of them)
// on stdin and writes the plan (or array of plans) as JSON on stdout. Invalid input: a readable
// message on stderr and exit code 1, never a stack trace.

import { formatSchemaError, planSourcing, SourcingInputError, sourcingInstanceSchema } from "@/lib/sourcing";
import type { Plan, SourcingInstance } from "@/lib/sourcing";

class InputError extends Error {}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function validate(raw: unknown, label: string): SourcingInstance {
  const parsed = sourcingInstanceSchema.safeParse(raw);
  if (!parsed.success) {
    const details = formatSchemaError(parsed.error)
      .split("\n")
      .map((line) => `  ${label}${line}`)
      .join("\n");
    throw new InputError(`invalid sourcing instance:\n${details}`);
  }
  return parsed.data;
}

async function main(): Promise<void> {
  const pretty = process.argv.includes("--pretty");
  const text = await readStdin();
  if (text.trim() === "") throw new InputError("no input: pipe one instance (or an array of instances) as JSON on stdin");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`input is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const many = Array.isArray(raw);
  const instances = many ? (raw as unknown[]).map((item, i) => validate(item, `[${i}] `)) : [validate(raw, "")];
  const plans: Plan[] = instances.map((instance) => planSourcing(instance));
  process.stdout.write(`${JSON.stringify(many ? plans : plans[0], null, pretty ? 2 : undefined)}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof InputError || error instanceof SourcingInputError) {
    process.stderr.write(`sourcing:solve: ${error.message}\n`);
  } else {
    process.stderr.write(`sourcing:solve: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
