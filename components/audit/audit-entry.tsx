// One audit entry: when (Paris time), who, the action in words, the entity (with a link to its
// admin page when it has one), the reason, and the fields it changed, before and after. Long values
// are folded behind a disclosure so a whole rule definition does not flood the page.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { diffSnapshots, displayValue, type AuditEventItem, type FieldChange } from "@/lib/audit/client";
import { DISPLAY_TIME_ZONE, formatDateTime, type Locale, type Translate } from "@/lib/i18n/client";
import { actionWords, entityTypeWords } from "./audit-words";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function Value({ value, t, locale }: { value: unknown; t: Translate; locale: Locale }) {
  if (value === undefined) return <span className="text-slate-600">—</span>;
  if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) return <span className="italic text-slate-600">{t("audit.empty_value")}</span>;
  // Instants stored as ISO text read as the other times on the page.
  if (typeof value === "string" && ISO_INSTANT.test(value)) return <span className="tabular-nums">{formatDateTime(value, locale, DISPLAY_TIME_ZONE)}</span>;
  // A list of plain values (node codes, versions) reads as a list, not as JSON.
  const shown = Array.isArray(value) && value.every((v) => v === null || typeof v !== "object") ? displayValue(value.map(String).join(", ")) : displayValue(value);
  if (!shown.folded) return <span className="break-words">{shown.text}</span>;
  return (
    <details>
      <summary className="cursor-pointer break-all">
        {shown.text} <span className="sr-only">{t("audit.showAll")}</span>
      </summary>
      <pre className="mt-1 max-h-64 max-w-xl overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs text-slate-800">{shown.full}</pre>
    </details>
  );
}

function ChangeRow({ change, t, locale }: { change: FieldChange; t: Translate; locale: Locale }) {
  return (
    <tr className="align-top">
      <th scope="row" className="py-1.5 pr-3 text-left font-mono text-xs font-medium text-slate-800">
        {change.path || "—"}
      </th>
      <td className="py-1.5 pr-3 text-sm text-slate-800">
        {change.kind === "added" ? <span className="text-slate-600">—</span> : <Value value={change.before} t={t} locale={locale} />}
      </td>
      <td className="py-1.5 text-sm text-slate-900">
        {change.kind === "removed" ? (
          <Badge tone="warning">{t("audit.removed")}</Badge>
        ) : (
          <>
            <Value value={change.after} t={t} locale={locale} />
            {change.addedItems?.length ? <span className="block text-xs text-green-800">{t("audit.addedItems", { items: change.addedItems.map(String).join(", ") })}</span> : null}
            {change.removedItems?.length ? <span className="block text-xs text-red-800">{t("audit.removedItems", { items: change.removedItems.map(String).join(", ") })}</span> : null}
          </>
        )}
      </td>
    </tr>
  );
}

export function AuditEntryCard({ item, t, locale }: { item: AuditEventItem; t: Translate; locale: Locale }) {
  // A field that appears or disappears with no value (a creation's empty fields) says nothing.
  const changes = diffSnapshots(item.before, item.after).filter((c) => !(c.kind === "added" && c.after === null) && !(c.kind === "removed" && c.before === null));
  const entity = item.entityLabel ?? item.entityId;
  return (
    <article aria-labelledby={`audit-${item.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={`audit-${item.id}`} className="text-base font-semibold text-slate-900">
          {actionWords(t, item.action)}
          <span className="font-normal text-slate-700">
            {" · "}
            {entityTypeWords(t, item.entityType)}{" "}
            {item.href ? (
              <Link href={item.href} className="font-medium text-brand-700 underline underline-offset-2">
                {entity}
              </Link>
            ) : (
              <span className="font-mono text-sm">{entity}</span>
            )}
          </span>
        </h2>
        <p className="text-sm text-slate-700">
          <time dateTime={item.createdAt.toISOString()} className="tabular-nums">
            {formatDateTime(item.createdAt, locale, DISPLAY_TIME_ZONE)}
          </time>{" "}
          {t("audit.by", { name: item.actorName })}
          {item.actorType !== "USER" ? <span className="text-slate-600"> ({t(`audit.actorTypes.${item.actorType}`)})</span> : null}
        </p>
      </header>
      {item.reason ? (
        <p className="mt-1 text-sm text-slate-800">{t("audit.reason", { reason: item.reason })}</p>
      ) : null}
      {changes.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("audit.noChange")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">{t("audit.diffLabel")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600">
                <th scope="col" className="w-1/4 py-1 pr-3 font-semibold">
                  {t("audit.field")}
                </th>
                <th scope="col" className="w-3/8 py-1 pr-3 font-semibold">
                  {t("audit.before")}
                </th>
                <th scope="col" className="py-1 font-semibold">
                  {t("audit.after")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {changes.map((c) => (
                <ChangeRow key={`${c.kind}:${c.path}`} change={c} t={t} locale={locale} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
