// A rule set's definition in words: each setting with its catalogue label and a formatted value,
// the modification matrix and the return reasons as tables. Raw JSON only when the stored
// definition no longer fits its schema.
import { Alert } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import { OrderStatus, type RuleKind } from "@/generated/prisma/enums";
import { formatMoney, formatNumber, type Key, type Locale, type Translate } from "@/lib/i18n/client";
import { MODIFICATION_CHANGES, RETURN_REASONS, RULE_FIELDS, readPath, type DefinitionChange, type RuleFieldSpec, type SourcingRules } from "@/lib/rules/client";

export const ORDER_STATUSES = Object.values(OrderStatus);

export const fieldLabelKey = (kind: RuleKind, path: string) => `admin.rules.fields.${kind}.${path}` as Key;

/** A known return reason in words; a custom code as it was typed. */
export function reasonLabel(t: Translate, code: string): string {
  return (RETURN_REASONS as readonly string[]).includes(code) ? t(`admin.rules.reasons.codes.${code}` as Key) : code;
}

export function formatValue(spec: RuleFieldSpec, value: unknown, t: Translate, locale: Locale): string {
  if (value === undefined || value === null) return "—";
  switch (spec.type) {
    case "boolean":
      return value ? t("admin.rules.yes") : t("admin.rules.no");
    case "choice":
      return t(`admin.rules.options.${String(value)}` as Key);
    case "codes":
      return Array.isArray(value) && value.length ? value.join(", ") : t("admin.rules.none");
    case "nodeCodes":
      // No list of stores allowed to ship means every store whose capabilities allow it.
      return Array.isArray(value) && value.length ? value.join(", ") : spec.path === "shipFromStoreNodes" ? t("admin.rules.allStores") : t("admin.rules.none");
    case "eur":
      return formatNumber(Number(value), locale, { style: "currency", currency: "EUR", maximumFractionDigits: 4 });
    case "minorEur":
      return formatMoney(Number(value), "EUR", locale);
    default: {
      const n = formatNumber(Number(value), locale);
      return spec.unit ? t(`admin.rules.units.${spec.unit}`, { value: n }) : n;
    }
  }
}

export function RuleDefinitionView({ kind, definition, valid, t, locale }: { kind: RuleKind; definition: unknown; valid: boolean; t: Translate; locale: Locale }) {
  if (!valid) {
    return (
      <div className="space-y-3">
        <Alert tone="warning">{t("admin.rules.invalidStored")}</Alert>
        <pre aria-label={t("admin.rules.rawJson")} className="overflow-x-auto rounded-md bg-slate-50 p-3 text-xs text-slate-900">
          {JSON.stringify(definition, null, 2)}
        </pre>
      </div>
    );
  }
  const specs = RULE_FIELDS[kind];
  return (
    <div className="space-y-4">
      {specs.length ? (
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[minmax(14rem,auto)_1fr]">
          {specs.map((spec) => (
            <div key={spec.path} className="contents">
              <dt className="text-slate-600">{t(fieldLabelKey(kind, spec.path))}</dt>
              <dd className="font-medium tabular-nums text-slate-900">{formatValue(spec, readPath(definition, spec.path), t, locale)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {kind === "SOURCING" ? <SourcingTablesView definition={definition as SourcingRules} t={t} locale={locale} /> : null}
      {kind === "MODIFICATION" ? <ModificationMatrixView definition={definition} t={t} /> : null}
      {kind === "RETURNS" ? <ReturnReasonsView definition={definition} t={t} /> : null}
    </div>
  );
}

function Allowed({ value, t }: { value: boolean; t: Translate }) {
  return value ? (
    <span className="font-semibold text-green-800">
      <span aria-hidden="true">✓ </span>
      {t("admin.rules.matrix.allowed")}
    </span>
  ) : (
    <span className="text-slate-600">
      <span aria-hidden="true">— </span>
      <span className="sr-only">{t("admin.rules.matrix.notAllowed")}</span>
    </span>
  );
}

function ModificationMatrixView({ definition, t }: { definition: unknown; t: Translate }) {
  return (
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
              <Td key={c}>
                <Allowed value={readPath(definition, `byStatus.${s}.${c}`) === true} t={t} />
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function ReturnReasonsView({ definition, t }: { definition: unknown; t: Translate }) {
  const reasons = (readPath(definition, "reasons") as string[] | undefined) ?? [];
  const restockable = new Set((readPath(definition, "restockableReasons") as string[] | undefined) ?? []);
  return (
    <Table label={t("admin.rules.reasons.caption")} className="max-w-2xl">
      <thead>
        <tr>
          <Th>{t("admin.rules.reasons.reason")}</Th>
          <Th>{t("admin.rules.reasons.restocked")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {reasons.map((r) => (
          <tr key={r}>
            <th scope="row" className="px-3 py-2 text-left font-medium text-slate-800">
              {reasonLabel(t, r)}
            </th>
            <Td>{restockable.has(r) ? t("admin.rules.yes") : t("admin.rules.no")}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

type CategoryExclusion = SourcingRules["categoryExclusions"][number];

/** "Stores, ST-PAR-01": where a category exclusion applies. */
export function exclusionWhere(rule: CategoryExclusion, t: Translate): string {
  return [...rule.nodeTypes.map((type) => t(`admin.rules.categoryExclusions.types.${type}`)), ...rule.nodes].join(", ");
}

const eur = (value: number, locale: Locale) => formatNumber(value, locale, { style: "currency", currency: "EUR", maximumFractionDigits: 2, signDisplay: "exceptZero" });

function SourcingTablesView({ definition, t, locale }: { definition: SourcingRules; t: Translate; locale: Locale }) {
  const exclusions = definition.categoryExclusions ?? [];
  const priorities = Object.entries(definition.nodePriorities ?? {});
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("admin.rules.categoryExclusions.title")}</h3>
        {exclusions.length ? (
          <Table label={t("admin.rules.categoryExclusions.caption")}>
            <thead>
              <tr>
                <Th>{t("admin.rules.categoryExclusions.category")}</Th>
                <Th>{t("admin.rules.categoryExclusions.nodes")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {exclusions.map((rule, i) => (
                <tr key={i}>
                  <Td className="font-medium">{rule.category}</Td>
                  <Td>{exclusionWhere(rule, t)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-sm text-slate-600">{t("admin.rules.categoryExclusions.none")}</p>
        )}
      </div>
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("admin.rules.nodePriorities.title")}</h3>
        {priorities.length ? (
          <Table label={t("admin.rules.nodePriorities.caption")}>
            <thead>
              <tr>
                <Th>{t("admin.rules.nodePriorities.node")}</Th>
                <Th className="text-right">{t("admin.rules.nodePriorities.amount")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {priorities.map(([code, amount]) => (
                <tr key={code}>
                  <Td className="font-medium">{code}</Td>
                  <Td className="text-right tabular-nums">{eur(amount, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-sm text-slate-600">{t("admin.rules.nodePriorities.none")}</p>
        )}
      </div>
    </div>
  );
}

/** One changed setting in words: its label and both values, in the reader's language. */
export function describeChange(kind: RuleKind, change: DefinitionChange, t: Translate, locale: Locale): { label: string; before: string; after: string } {
  const notSet = t("admin.rules.diff.notSet");
  const plain = (v: unknown): string => {
    if (v === undefined || v === null) return notSet;
    if (typeof v === "boolean") return v ? t("admin.rules.yes") : t("admin.rules.no");
    if (typeof v === "number") return formatNumber(v, locale);
    if (Array.isArray(v)) return v.length ? v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ") : t("admin.rules.none");
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  };
  const spec = RULE_FIELDS[kind].find((s) => s.path === change.path);
  if (spec) {
    const show = (v: unknown) => (v === undefined ? notSet : formatValue(spec, v, t, locale));
    return { label: t(fieldLabelKey(kind, spec.path)), before: show(change.before), after: show(change.after) };
  }
  const parts = change.path.split(".");
  if (kind === "MODIFICATION" && parts[0] === "byStatus" && parts.length === 3) {
    const allowed = (v: unknown) => (v === undefined ? notSet : v ? t("admin.rules.matrix.allowed") : t("admin.rules.matrix.notAllowed"));
    return { label: `${t(`admin.rules.orderStatuses.${parts[1]}` as Key)} · ${t(`admin.rules.changes.${parts[2]}` as Key)}`, before: allowed(change.before), after: allowed(change.after) };
  }
  if (kind === "SOURCING" && parts[0] === "nodePriorities" && parts.length === 2) {
    const amount = (v: unknown) => (typeof v === "number" ? eur(v, locale) : notSet);
    return { label: `${t("admin.rules.nodePriorities.title")} · ${parts[1]}`, before: amount(change.before), after: amount(change.after) };
  }
  if (kind === "SOURCING" && change.path === "categoryExclusions") {
    const list = (v: unknown) =>
      Array.isArray(v) && v.length ? (v as CategoryExclusion[]).map((r) => t("admin.rules.categoryExclusions.summary", { category: r.category, where: exclusionWhere(r, t) })).join("; ") : t("admin.rules.none");
    return { label: t("admin.rules.categoryExclusions.title"), before: list(change.before), after: list(change.after) };
  }
  if (kind === "RETURNS" && (change.path === "reasons" || change.path === "restockableReasons" || change.path === "buyerReasons")) {
    const reasons = (v: unknown) => (Array.isArray(v) && v.length ? v.map((r) => reasonLabel(t, String(r))).join(", ") : t("admin.rules.none"));
    const label = change.path === "reasons" ? t("admin.rules.reasons.accepted") : change.path === "restockableReasons" ? t("admin.rules.reasons.restocked") : change.path;
    return { label: `${t("admin.rules.reasons.caption")} · ${label}`, before: reasons(change.before), after: reasons(change.after) };
  }
  return { label: change.path, before: plain(change.before), after: plain(change.after) };
}

/** The settings that differ between two versions, as a table (or a sentence when none do). */
export function RuleDiffTable({ kind, changes, t, locale }: { kind: RuleKind; changes: DefinitionChange[]; t: Translate; locale: Locale }) {
  if (!changes.length) return <p className="text-sm text-slate-600">{t("admin.rules.diff.none")}</p>;
  return (
    <Table label={t("admin.rules.diff.caption")}>
      <thead>
        <tr>
          <Th>{t("admin.rules.diff.setting")}</Th>
          <Th>{t("admin.rules.diff.before")}</Th>
          <Th>{t("admin.rules.diff.after")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {changes.map((change) => {
          const { label, before, after } = describeChange(kind, change, t, locale);
          return (
            <tr key={change.path}>
              <th scope="row" className="px-3 py-2 text-left text-sm font-medium text-slate-800">
                {label}
              </th>
              <Td className="text-slate-700">{before}</Td>
              <Td className="font-medium text-slate-900">{after}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
