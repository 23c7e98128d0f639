// Previous / next links over the outbox list, keeping the filters in the URL.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { Translate } from "@/lib/i18n/client";

export function OutboxPagination({
  t,
  page,
  pageSize,
  total,
  params,
}: {
  t: Translate;
  page: number;
  pageSize: number;
  total: number;
  params: Record<string, string | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) qs.set(k, v);
    if (p > 1) qs.set("page", String(p));
    const s = qs.toString();
    return s ? `/admin/outbox?${s}` : "/admin/outbox";
  };
  return (
    <nav aria-label={t("outbox.pagination")} className="mt-4 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={buttonClass("secondary")}>
          {t("common.previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-700">{t("common.pageOf", { page, pages })}</p>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className={buttonClass("secondary")}>
          {t("common.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
