// A rule set's definition in words: each setting with its catalogue label and a formatted value,
// the modification matrix and the return reasons as tables. Raw JSON only when the stored
// definition no longer fits its schema.
import { Alert } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import { OrderStatus, type RuleKind } from "@/generated/prisma/enums";
import { formatMoney, formatNumber, type Key, type Locale, type Translate } from "@/lib/i18n/client";
import { MODIFICATION_CHANGES, RETURN_REASONS, RULE_FIELDS, readPath, type RuleFieldSpec } from "@/lib/rules/client";

export const ORDER_STATUSES = Object.values(OrderStatus);

export const fieldLabelKey = (kind: RuleKind, path: string) => `admin.rules.fields.${kind}.${path}` as Key;

/** A known return reason in words; a custom code as it was typed. */
export function reasonLabel(t: Translate, code: string): string {
  return (RETURN_REASONS as readonly string[]).includes(code) ? t(`admin.rules.reasons.codes.${code}` as Key) : code;
}

function formatValue(spec: RuleFieldSpec, value: unknown, t: Translate, locale: Locale): string {
  if (value === undefined || value === null) return "—";
  switch (spec.type) {
    case "boolean":
      return value ? t("admin.rules.yes") : t("admin.rules.no");
    case "nodeCodes":
      return Array.isArray(value) && value.length ? value.join(", ") : t("admin.rules.none");
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
