"use client";
// The two settings of a sourcing draft that are tables rather than single values: categories some
// nodes do not source, and node priorities. Rows are added and removed with buttons; each input is
// labelled with its row, and a problem shows next to the row's input that caused it.
import { useFieldArray, type Control, type UseFormRegister } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Table, Th } from "@/components/ui/table";

/** A category exclusion as its row holds it: node codes as typed. */
export interface ExclusionRow {
  category: string;
  nodes: string;
  nodeTypes: Array<"DC" | "STORE">;
}

export interface PriorityRow {
  node: string;
  amount: string;
}

export interface SourcingTableValues {
  definition: { categoryExclusions: ExclusionRow[] };
  priorities: PriorityRow[];
}

const NODE_TYPES = ["DC", "STORE"] as const;

export function CategoryExclusionsEditor({
  control,
  register,
  categories,
  nodeExamples,
  error,
  onChange,
}: {
  control: Control<SourcingTableValues>;
  register: UseFormRegister<SourcingTableValues>;
  categories: Array<{ code: string; name: string }>;
  nodeExamples: string;
  error: (path: string) => string | undefined;
  onChange: () => void;
}) {
  const { t } = useI18n();
  const rows = useFieldArray({ control, name: "definition.categoryExclusions" });
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-slate-900">{t("admin.rules.categoryExclusions.title")}</legend>
      <p className="text-sm text-slate-600">{t("admin.rules.categoryExclusions.hint")}</p>
      {rows.fields.length ? (
        <Table label={t("admin.rules.categoryExclusions.caption")}>
          <thead>
            <tr>
              <Th>{t("admin.rules.categoryExclusions.category")}</Th>
              <Th>{t("admin.rules.categoryExclusions.nodeTypes")}</Th>
              <Th>{t("admin.rules.categoryExclusions.nodes")}</Th>
              <Th>
                <span className="sr-only">{t("admin.rules.categoryExclusions.remove")}</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.fields.map((row, i) => {
              const base = `definition.categoryExclusions.${i}`;
              const categoryError = error(`${base}.category`);
              const nodesError = error(`${base}.nodes`) ?? error(`${base}.nodeTypes`);
              return (
                <tr key={row.id} className="align-top">
                  <td className="px-3 py-2">
                    <select
                      aria-label={`${t("admin.rules.categoryExclusions.category")} ${i + 1}`}
                      aria-invalid={categoryError ? true : undefined}
                      className={inputClass(!!categoryError, "min-w-40")}
                      {...register(`definition.categoryExclusions.${i}.category`, { onChange })}
                    >
                      <option value="">—</option>
                      {categories.map((c) => (
                        <option key={c.code} value={c.code}>
                          {c.name} ({c.code})
                        </option>
                      ))}
                    </select>
                    {categoryError ? <p className="mt-1 text-sm text-red-700">{categoryError}</p> : null}
                  </td>
                  <td className="px-3 py-2">
                    <div className="flex flex-col gap-1">
                      {NODE_TYPES.map((type) => (
                        <label key={type} className="flex min-h-8 items-center gap-2 text-sm">
                          <input type="checkbox" className="size-5" value={type} {...register(`definition.categoryExclusions.${i}.nodeTypes`, { onChange })} />
                          {t(`admin.rules.categoryExclusions.types.${type}`)}
                        </label>
                      ))}
                    </div>
                  </td>
                  <td className="px-3 py-2">
                    <input
                      type="text"
                      list="rule-node-codes"
                      aria-label={`${t("admin.rules.categoryExclusions.nodes")} ${i + 1}`}
                      aria-invalid={nodesError ? true : undefined}
                      placeholder={nodeExamples}
                      className={inputClass(!!nodesError, "min-w-48")}
                      {...register(`definition.categoryExclusions.${i}.nodes`, { onChange })}
                    />
                    {nodesError ? <p className="mt-1 text-sm text-red-700">{nodesError}</p> : null}
                  </td>
                  <td className="px-3 py-2 text-right">
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={t("admin.rules.categoryExclusions.removeRow", { row: i + 1 })}
                      onClick={() => {
                        rows.remove(i);
                        onChange();
                      }}
                    >
                      {t("admin.rules.categoryExclusions.remove")}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : (
        <p className="text-sm text-slate-600">{t("admin.rules.categoryExclusions.none")}</p>
      )}
      <Button
        variant="secondary"
        size="sm"
        onClick={() => {
          rows.append({ category: "", nodes: "", nodeTypes: [] });
          onChange();
        }}
      >
        {t("admin.rules.categoryExclusions.add")}
      </Button>
    </fieldset>
  );
}

export function NodePrioritiesEditor({
  control,
  register,
  error,
  onChange,
}: {
  control: Control<SourcingTableValues>;
  register: UseFormRegister<SourcingTableValues>;
  /** The problem with the priorities as a whole (e.g. an unknown node), or with one node's figure. */
  error: (node: string | null) => string | undefined;
  onChange: () => void;
}) {
  const { t } = useI18n();
  const rows = useFieldArray({ control, name: "priorities" });
  const overall = error(null);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-slate-900">{t("admin.rules.nodePriorities.title")}</legend>
      <p className="text-sm text-slate-600">{t("admin.rules.nodePriorities.hint")}</p>
      {rows.fields.length ? (
        <Table label={t("admin.rules.nodePriorities.caption")} className="max-w-xl">
          <thead>
            <tr>
              <Th>{t("admin.rules.nodePriorities.node")}</Th>
              <Th>{t("admin.rules.nodePriorities.amount")}</Th>
              <Th>
                <span className="sr-only">{t("admin.rules.categoryExclusions.remove")}</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.fields.map((row, i) => {
              const rowError = error(row.node);
              return (
                <tr key={row.id} className="align-top">
                  <td className="px-3 py-2">
                    <input
                      type="text"
                      list="rule-node-codes"
                      aria-label={`${t("admin.rules.nodePriorities.node")} ${i + 1}`}
                      className={inputClass(false, "w-40")}
                      {...register(`priorities.${i}.node`, { onChange })}
                    />
                  </td>
                  <td className="px-3 py-2">
                    <input
                      type="number"
                      inputMode="decimal"
                      step="any"
                      aria-label={`${t("admin.rules.nodePriorities.amount")} ${i + 1}`}
                      aria-invalid={rowError ? true : undefined}
                      className={inputClass(!!rowError, "w-32")}
                      {...register(`priorities.${i}.amount`, { onChange })}
                    />
                    {rowError ? <p className="mt-1 text-sm text-red-700">{rowError}</p> : null}
                  </td>
                  <td className="px-3 py-2 text-right">
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={t("admin.rules.nodePriorities.removeRow", { row: i + 1 })}
                      onClick={() => {
                        rows.remove(i);
                        onChange();
                      }}
                    >
                      {t("admin.rules.categoryExclusions.remove")}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : (
        <p className="text-sm text-slate-600">{t("admin.rules.nodePriorities.none")}</p>
      )}
      {overall ? <p className="text-sm text-red-700">{overall}</p> : null}
      <Button
        variant="secondary"
        size="sm"
        onClick={() => {
          rows.append({ node: "", amount: "" });
          onChange();
        }}
      >
        {t("admin.rules.nodePriorities.add")}
      </Button>
    </fieldset>
  );
}

/** Node codes as typed ("st-par-01, DC-LYO") -> ["ST-PAR-01", "DC-LYO"]. */
export function parseCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
}
