// An admin asks what a draft of the sourcing rules would have done to past orders: the run is queued
// with both definitions copied (the draft's content at this lockVersion, and the published one or
// the defaults), and the background runner replays it. Nothing else is written.
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { DEFAULT_RULES, RULE_SCHEMAS } from "@/lib/rules";
import { startSimulationSchema, type StartSimulationInput } from "./start-simulation-schema";

export { startSimulationSchema };
export type { StartSimulationInput };

export async function startSimulation(tx: Tx, actor: Actor, input: StartSimulationInput): Promise<{ id: string }> {
  const data = parseInput(startSimulationSchema, input);
  const draft = await tx.ruleSet.findUnique({
    where: { id: data.ruleSetId },
    select: { id: true, kind: true, status: true, version: true, lockVersion: true, definition: true },
  });
  if (!draft) throw new NotFoundError("ruleSet", data.ruleSetId);
  if (draft.kind !== "SOURCING") throw new RuleViolation("SIMULATION_NOT_SOURCING");
  if (draft.status !== "DRAFT") throw new RuleViolation("SIMULATION_NOT_DRAFT");
  if (draft.lockVersion !== data.lockVersion) throw new RuleViolation("SIMULATION_DRAFT_CHANGED");
  const parsedDraft = RULE_SCHEMAS.SOURCING.safeParse(draft.definition);
  if (!parsedDraft.success) throw new RuleViolation("SIMULATION_DRAFT_INVALID");

  const published = await tx.ruleSet.findFirst({
    where: { kind: "SOURCING", status: "PUBLISHED" },
    orderBy: { version: "desc" },
    select: { version: true, definition: true },
  });
  const parsedBaseline = published ? RULE_SCHEMAS.SOURCING.safeParse(published.definition) : null;
  // A published version that no longer reads is compared as the engine would apply it: the defaults.
  const baseline = parsedBaseline?.success ? parsedBaseline.data : DEFAULT_RULES.SOURCING;

  const run = await tx.simulationRun.create({
    data: {
      ruleSetId: draft.id,
      ruleSetLockVersion: draft.lockVersion,
      draft: parsedDraft.data as unknown as Prisma.InputJsonValue,
      baseline: baseline as unknown as Prisma.InputJsonValue,
      baselineVersion: parsedBaseline?.success ? published!.version : null,
      periodFrom: data.from,
      periodTo: data.to,
      status: "QUEUED",
      createdById: actor.kind === "user" ? actor.id : null,
      createdByName: actor.name,
    },
    select: { id: true },
  });
  await recordAudit(tx, actor, {
    entityType: "SimulationRun",
    entityId: run.id,
    action: "simulation.start",
    before: null,
    after: {
      ruleSetId: draft.id,
      draftVersion: draft.version,
      lockVersion: draft.lockVersion,
      baselineVersion: parsedBaseline?.success ? published!.version : null,
      periodFrom: data.from.toISOString(),
      periodTo: data.to.toISOString(),
      status: "QUEUED",
    },
  });
  return { id: run.id };
}
