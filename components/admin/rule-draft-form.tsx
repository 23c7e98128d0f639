"use client";
// The admin edits a rule draft: its name and each setting of its kind, then saves or publishes it.
// Inputs hold text as typed; the definition is rebuilt from them and checked with the draft
// command's schema and the kind's own (what the server parses), so an invalid entry shows next to
// its field on the first save (in the admin's language) without losing anything else.
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useWatch, type Control, type UseFormRegister } from "react-hook-form";
import type { z } from "zod";
import { publishRuleSetAction, updateRuleDraftAction } from "@/app/(app)/admin/rules/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { Table, Th } from "@/components/ui/table";
import type { RuleKind } from "@/generated/prisma/enums";
import { useZodForm } from "@/components/forms/use-zod-form";
import { MODIFICATION_CHANGES, RETURN_REASONS, RULE_FIELDS, readPath, updateRuleDraftSchemaFor, writePath, type RuleFieldSpec, type SourcingRules, type UpdateRuleDraftInput } from "@/lib/rules/client";
import type { LatestSimulation } from "@/lib/simulation/client";
import { PublishDialog } from "./publish-dialog";
import { CategoryExclusionsEditor, NodePrioritiesEditor, parseCodes, type PriorityRow, type SourcingTableValues } from "./sourcing-table-editors";
import { useAdminAction } from "./action-errors";
import { errorsByPath } from "./error-paths";
import { FormRefusalAlert } from "./form-refusal";
import { ORDER_STATUSES, fieldLabelKey, reasonLabel } from "./rule-definition-view";
import type { Key } from "@/lib/i18n/client";

type Scalar = string | boolean;

function toInput(spec: RuleFieldSpec, value: unknown): Scalar {
  if (spec.type === "boolean") return value === true;
  if (spec.type === "nodeCodes" || spec.type === "codes") return Array.isArray(value) ? value.join(", ") : "";
  if (spec.type === "choice") return typeof value === "string" ? value : "";
  if (typeof value !== "number") return "";
  return spec.type === "minorEur" ? (value / 100).toFixed(2) : String(value);
}

function fromInput(spec: RuleFieldSpec, value: Scalar): unknown {
  if (spec.type === "boolean") return value === true;
  const text = String(value).trim();
  if (spec.type === "nodeCodes" || spec.type === "codes") return parseCodes(text);
  if (spec.type === "choice") return text;
  // Empty or non-numeric text goes as null so the schema reports the field.
  const n = text === "" ? NaN : Number(text.replace(",", "."));
  if (Number.isNaN(n)) return null;
  return spec.type === "minorEur" ? Math.round(n * 100) : n;
}

const inputId = (path: string) => `rule-${path.replace(/\./g, "-")}`;

/** The form's values: the draft's definition with each setting as its input holds it (text, a tick). */
interface DraftForm {
  id: string;
  lockVersion: number;
  kind: RuleKind;
  name: string;
  definition: Record<string, unknown>;
  /** Sourcing only: node priorities as rows (the definition keeps them by node code). */
  priorities?: PriorityRow[];
}

/** What the save sends (and the schema checks): each setting read back from its input, at the same path. */
function draftInput(values: DraftForm): UpdateRuleDraftInput {
  let definition: unknown = values.definition;
  for (const spec of RULE_FIELDS[values.kind]) definition = writePath(definition, spec.path, fromInput(spec, readPath(values.definition, spec.path) as Scalar));
  if (values.kind === "SOURCING") {
    const rows = (readPath(values.definition, "categoryExclusions") as Array<{ category: string; nodes: string; nodeTypes: string[] | false }> | undefined) ?? [];
    definition = writePath(definition, "categoryExclusions", rows.map((r) => ({ category: r.category, nodes: parseCodes(r.nodes ?? ""), nodeTypes: Array.isArray(r.nodeTypes) ? r.nodeTypes : [] })));
    const priorities: Record<string, number | null> = {};
    for (const row of values.priorities ?? []) {
      const code = row.node.trim().toUpperCase();
      if (!code) continue;
      const amount = row.amount.trim() === "" ? NaN : Number(row.amount.replace(",", "."));
      priorities[code] = Number.isNaN(amount) ? null : amount;
    }
    definition = writePath(definition, "nodePriorities", priorities);
  }
  return { id: values.id, lockVersion: values.lockVersion, name: values.name, definition };
}

// The definition's settings are shown by their own inputs; their problems come back on
// "definition.<path>" and are shown next to them by that path.
const isDefinitionPath = (path: string) => path.startsWith("definition.");

export interface DraftFormContext {
  /** Active nodes, for the node-code suggestions and the help texts' examples. */
  nodes: Array<{ code: string; type: "DC" | "STORE" }>;
  categories: Array<{ code: string; name: string }>;
  /** The version in force, which publishing replaces (null: the built-in defaults). */
  published: { version: number; definition: unknown } | null;
  defaults: unknown;
  /** Sourcing: the draft's newest simulation, for the publish dialog. */
  latestSimulation: LatestSimulation | null;
}

export function RuleDraftForm({ draft, context }: { draft: { id: string; kind: RuleKind; version: number; name: string; lockVersion: number; definition: unknown }; context: DraftFormContext }) {
  const { t } = useI18n();
  const stores = context.nodes.filter((n) => n.type === "STORE").map((n) => n.code);
  const dcs = context.nodes.filter((n) => n.type === "DC").map((n) => n.code);
  const nodeExamples = [...dcs.slice(0, 1), ...stores.slice(0, 1)].join(", ");
  const storeExamples = stores.slice(0, 2).join(", ");
  const [publishing, setPublishing] = useState(false);
  const router = useRouter();
  const specs = RULE_FIELDS[draft.kind];
  // Lock versions only grow: the one our last save returned, or a newer one from the page when it
  // is re-read after a conflict (what was typed stays in the form either way).
  const [savedLockVersion, setLockVersion] = useState(draft.lockVersion);
  const lockVersion = Math.max(savedLockVersion, draft.lockVersion);
  const storedReasons = (readPath(draft.definition, "reasons") as string[] | undefined) ?? [];
  // Known reasons first, then any custom code a previous version used, so none disappears.
  const [allReasons] = useState(() => [...new Set([...RETURN_REASONS, ...storedReasons])]);
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<"save" | "publish" | null>(null);
  const schema = useMemo(() => updateRuleDraftSchemaFor(draft.kind), [draft.kind]);
  const form = useZodForm<typeof schema, DraftForm>(
    schema,
    {
      defaultValues: {
        id: draft.id,
        lockVersion: draft.lockVersion,
        kind: draft.kind,
        name: draft.name,
        definition: (() => {
          let def: unknown = structuredClone(draft.definition ?? {});
          for (const spec of specs) def = writePath(def, spec.path, toInput(spec, readPath(draft.definition, spec.path)));
          if (draft.kind === "MODIFICATION") {
            const byStatus = Object.fromEntries(ORDER_STATUSES.map((s) => [s, Object.fromEntries(MODIFICATION_CHANGES.map((c) => [c, readPath(draft.definition, `byStatus.${s}.${c}`) === true]))]));
            def = writePath(def, "byStatus", byStatus);
          }
          if (draft.kind === "SOURCING") {
            const rules = draft.definition as Partial<SourcingRules>;
            def = writePath(def, "categoryExclusions", (rules.categoryExclusions ?? []).map((r) => ({ category: r.category, nodes: r.nodes.join(", "), nodeTypes: r.nodeTypes })));
          }
          if (draft.kind === "RETURNS") {
            def = writePath(def, "reasons", storedReasons);
            def = writePath(def, "restockableReasons", (readPath(draft.definition, "restockableReasons") as string[] | undefined) ?? []);
          }
          return def as Record<string, unknown>;
        })(),
        priorities: Object.entries((draft.definition as Partial<SourcingRules>).nodePriorities ?? {}).map(([node, amount]) => ({ node, amount: String(amount) })),
      },
    },
    // The definition is rebuilt as unknown: the kind's schema is what says whether it fits.
    { toInput: draftInput as (values: DraftForm) => z.input<typeof schema> },
  );
  const watchedReasons = useWatch({ control: form.control, name: ["definition.reasons", "definition.restockableReasons"] }) as [string[] | undefined, string[] | undefined];
  const accepted = new Set(watchedReasons[0] ?? []);
  const restock = new Set(watchedReasons[1] ?? []);
  const { run, refusal: serverRefusal, clearRefusal, bannerRef: actionBanner, focusBanner } = useAdminAction(form, (path) => (path === "name" ? path : null));
  const bannerRef = actionBanner;
  // The schema's problems with the definition (the server's come back on the same paths) show next
  // to their inputs.
  const definitionProblems = {
    ...Object.fromEntries((serverRefusal?.problems ?? []).filter(([path]) => isDefinitionPath(path))),
    ...errorsByPath(form.formState.errors.definition, "definition"),
  };
  const err = (path: string): string | undefined => (path === "name" ? form.formState.errors.name?.message : definitionProblems[path]);
  // A definition problem without an input of its own on this form is listed in the banner.
  const shownPaths = new Set([...specs.map((spec) => `definition.${spec.path}`), "definition.reasons", "definition.restockableReasons"]);
  const tablePath = (path: string) => path.startsWith("definition.categoryExclusions.") || path === "definition.nodePriorities" || path.startsWith("definition.nodePriorities.");
  const unshown = Object.entries(definitionProblems).filter(([path]) => !shownPaths.has(path) && !tablePath(path));
  const refusal = serverRefusal
    ? { ...serverRefusal, problems: [...serverRefusal.problems.filter(([path]) => !isDefinitionPath(path)), ...unshown] }
    : unshown.length
      ? { code: "VALIDATION_FAILED", problems: unshown }
      : null;
  const touch = () => {
    setDirty(true);
    setNotice(null);
  };
  /** Sets the accepted and restocked reasons, in the order the table lists them. */
  function setReasons(nextAccepted: Set<string>, nextRestock: Set<string>) {
    form.setValue("definition.reasons", allReasons.filter((r) => nextAccepted.has(r)), { shouldDirty: true });
    form.setValue("definition.restockableReasons", allReasons.filter((r) => nextAccepted.has(r) && nextRestock.has(r)), { shouldDirty: true });
    touch();
  }

  const save = form.handleSubmit(async ({ name, definition }) => {
    setNotice(null);
    clearRefusal();
    setPending("save");
    const result = await run(updateRuleDraftAction, { id: draft.id, lockVersion, name, definition });
    setPending(null);
    if (!result.ok) return;
    setLockVersion(result.data.lockVersion);
    setDirty(false);
    setNotice(t("admin.rules.draftSaved"));
    focusBanner();
    router.refresh();
  });

  async function publish() {
    if (dirty) {
      clearRefusal();
      setNotice(t("admin.rules.publishNeedsSave"));
      focusBanner();
      return;
    }
    setNotice(null);
    setPublishing(true);
  }

  async function confirmPublish(note: string) {
    setPending("publish");
    setNotice(null);
    const result = await run(publishRuleSetAction, { id: draft.id, lockVersion, ...(note.trim() ? { note: note.trim() } : {}) });
    setPending(null);
    setPublishing(false);
    if (!result.ok) return;
    router.push(`/admin/rules?kind=${draft.kind}&published=${result.data.version}`);
  }

  return (
    <form onSubmit={save} noValidate className="space-y-6">
      <div ref={bannerRef} tabIndex={-1} className="outline-none">
        {refusal ? (
          <FormRefusalAlert refusal={refusal} latestHref={`/admin/rules/${draft.id}`} />
        ) : notice ? (
          <Alert tone={dirty ? "warning" : "success"}>{notice}</Alert>
        ) : null}
      </div>

      <Field id="rule-name" label={t("admin.rules.name")} error={err("name")}>
        {(p) => (
          <input
            {...p}
            {...form.register("name", { onChange: touch })}
            className={inputClass(!!err("name"), "max-w-lg")}
            maxLength={120}
          />
        )}
      </Field>

      {specs.length ? (
        <div className="grid max-w-3xl gap-4 sm:grid-cols-2">
          {specs.map((spec) => {
            const id = inputId(spec.path);
            const label = t(fieldLabelKey(draft.kind, spec.path));
            const error = err(`definition.${spec.path}`);
            const registration = form.register(`definition.${spec.path}`, { onChange: touch });
            if (spec.type === "boolean") {
              return (
                <div key={spec.path} className="sm:col-span-2">
                  <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
                    <input id={id} type="checkbox" className="size-5" {...registration} />
                    {label}
                  </label>
                  {error ? <p className="text-sm text-red-700">{error}</p> : null}
                </div>
              );
            }
            if (spec.type === "choice") {
              return (
                <div key={spec.path}>
                  <Field id={id} label={label} error={error}>
                    {(p) => (
                      <select {...p} className={inputClass(!!error)} {...registration}>
                        {(spec.options ?? []).map((o) => (
                          <option key={o} value={o}>
                            {t(`admin.rules.options.${o}` as Key)}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                </div>
              );
            }
            const list = spec.type === "nodeCodes" || spec.type === "codes";
            const hint =
              spec.type === "codes"
                ? t("admin.rules.codesHint", { examples: spec.path === "acceptedChannels" ? "WEB, STORE" : (context.categories[0]?.code ?? "HOM") })
                : spec.path === "shipFromStoreNodes"
                ? t("admin.rules.storeCodesHint", { examples: storeExamples })
                : spec.path === "storeProtectionUnits"
                  ? t("admin.rules.protectionHint")
                  : spec.type === "nodeCodes"
                ? t("admin.rules.nodeCodesHint", { examples: nodeExamples })
                : spec.type === "eur" || spec.type === "minorEur"
                  ? t("admin.rules.eurHint")
                  : spec.unit
                    ? t(`admin.rules.unitLabels.${spec.unit}`)
                    : undefined;
            return (
              <div key={spec.path} className={list ? "sm:col-span-2" : undefined}>
                <Field id={id} label={label} hint={hint} error={error}>
                  {(p) => (
                    <input
                      {...p}
                      type={list ? "text" : "number"}
                      list={spec.type === "nodeCodes" ? "rule-node-codes" : undefined}
                      inputMode={spec.type === "integer" ? "numeric" : list ? undefined : "decimal"}
                      step={list ? undefined : spec.type === "integer" ? 1 : spec.type === "minorEur" ? 0.01 : "any"}
                      min={list ? undefined : 0}
                      className={inputClass(!!error)}
                      {...registration}
                    />
                  )}
                </Field>
              </div>
            );
          })}
        </div>
      ) : null}

      <datalist id="rule-node-codes">
        {context.nodes.map((n) => (
          <option key={n.code} value={n.code} />
        ))}
      </datalist>
      {draft.kind === "SOURCING" ? (
        <div className="max-w-4xl space-y-6">
          <CategoryExclusionsEditor
            control={form.control as unknown as Control<SourcingTableValues>}
            register={form.register as unknown as UseFormRegister<SourcingTableValues>}
            categories={context.categories}
            nodeExamples={nodeExamples}
            error={(path) => definitionProblems[path]}
            onChange={touch}
          />
          <NodePrioritiesEditor
            control={form.control as unknown as Control<SourcingTableValues>}
            register={form.register as unknown as UseFormRegister<SourcingTableValues>}
            error={(node) => (node === null ? definitionProblems["definition.nodePriorities"] : definitionProblems[`definition.nodePriorities.${node.trim().toUpperCase()}`])}
            onChange={touch}
          />
        </div>
      ) : null}

      {draft.kind === "MODIFICATION" ? (
        <Table label={t("admin.rules.matrix.caption")}>
          <thead>
            <tr>
              <Th>{t("admin.rules.matrix.status")}</Th>
              {MODIFICATION_CHANGES.map((c) => (
                <Th key={c}>{t(`admin.rules.changes.${c}`)}</Th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {ORDER_STATUSES.map((s) => (
              <tr key={s}>
                <th scope="row" className="px-3 py-2 text-left font-medium text-slate-800">
                  {t(`admin.rules.orderStatuses.${s}`)}
                </th>
                {MODIFICATION_CHANGES.map((c) => (
                  <td key={c} className="px-3 py-1 text-center">
                    <input
                      type="checkbox"
                      className="size-5"
                      aria-label={t("admin.rules.matrix.cell", { change: t(`admin.rules.changes.${c}`), status: t(`admin.rules.orderStatuses.${s}`) })}
                      {...form.register(`definition.byStatus.${s}.${c}`, { onChange: touch })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}

      {draft.kind === "RETURNS" ? (
        <div className="max-w-2xl space-y-2">
          <Table label={t("admin.rules.reasons.caption")}>
            <thead>
              <tr>
                <Th>{t("admin.rules.reasons.reason")}</Th>
                <Th className="text-center">{t("admin.rules.reasons.accepted")}</Th>
                <Th className="text-center">{t("admin.rules.reasons.restocked")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {allReasons.map((r) => {
                const label = reasonLabel(t, r);
                return (
                  <tr key={r}>
                    <th scope="row" className="px-3 py-2 text-left font-medium text-slate-800">
                      {label}
                    </th>
                    <td className="px-3 py-1 text-center">
                      <input
                        type="checkbox"
                        className="size-5"
                        aria-label={t("admin.rules.reasons.acceptedCell", { reason: label })}
                        checked={accepted.has(r)}
                        onChange={(e) => {
                          const on = e.target.checked;
                          setReasons(toggle(accepted, r, on), on ? restock : toggle(restock, r, false));
                        }}
                      />
                    </td>
                    <td className="px-3 py-1 text-center">
                      <input
                        type="checkbox"
                        className="size-5"
                        aria-label={t("admin.rules.reasons.restockCell", { reason: label })}
                        checked={restock.has(r)}
                        disabled={!accepted.has(r)}
                        onChange={(e) => setReasons(accepted, toggle(restock, r, e.target.checked))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          {err("definition.reasons") ? <p className="text-sm text-red-700">{err("definition.reasons")}</p> : null}
          {err("definition.restockableReasons") ? <p className="text-sm text-red-700">{err("definition.restockableReasons")}</p> : null}
        </div>
      ) : null}

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending !== null}>
          {pending === "save" ? t("admin.common.saving") : t("admin.rules.saveDraft")}
        </Button>
        <Button variant="secondary" onClick={publish} disabled={pending !== null}>
          {pending === "publish" ? t("admin.rules.publishing") : t("admin.rules.publish")}
        </Button>
      </div>
      {publishing ? (
        <PublishDialog
          draft={draft}
          published={context.published}
          defaults={context.defaults}
          latestSimulation={context.latestSimulation}
          lockVersion={lockVersion}
          pending={pending === "publish"}
          refusal={refusal}
          onCancel={() => setPublishing(false)}
          onConfirm={confirmPublish}
        />
      ) : null}
    </form>
  );
}

function toggle(set: Set<string>, value: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}
