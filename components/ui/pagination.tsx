// Previous / next links with "page x of y" for server-rendered lists whose state lives in the URL.
import Link from "next/link";
import { buttonClass } from "./button";

export function Pagination({
  page,
  pageCount,
  hrefFor,
  labels,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  labels: { nav: string; previous: string; next: string; pageOf: string };
}) {
  if (pageCount <= 1 && page <= 1) return null;
  // Not a control: muted, but still readable (WCAG contrast applies to it too).
  const disabled = "inline-flex items-center rounded-md border border-slate-200 bg-slate-50 px-2.5 py-1 text-sm text-slate-600";
  return (
    <nav aria-label={labels.nav} className="mt-4 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={buttonClass("secondary", "sm")}>
          ← {labels.previous}
        </Link>
      ) : (
        <span aria-hidden="true" className={disabled}>
          ← {labels.previous}
        </span>
      )}
      <p className="text-sm text-slate-700">
        {labels.pageOf}
      </p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={buttonClass("secondary", "sm")}>
          {labels.next} →
        </Link>
      ) : (
        <span aria-hidden="true" className={disabled}>
          {labels.next} →
        </span>
      )}
    </nav>
  );
}

/** A query string from defined, non-empty values only, so URLs stay short and shareable. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : "";
}
