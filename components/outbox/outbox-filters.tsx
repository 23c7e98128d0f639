// The outbox filters: a plain GET form, so the filters live in the URL and work without JavaScript.
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { OutboxStatus } from "@/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/client";
import { CUSTOMER_TOPICS } from "@/lib/notifications/client";

const STATUSES: OutboxStatus[] = ["PENDING", "SENT", "FAILED"];

export function OutboxFilters({ t, values }: { t: Translate; values: { status?: string; topic?: string; q?: string } }) {
  return (
    <form method="get" action="/admin/outbox" aria-label={t("outbox.filters.label")} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor="outbox-q" className="block text-sm font-medium text-slate-800">
          {t("outbox.filters.search")}
        </label>
        <input id="outbox-q" name="q" type="search" defaultValue={values.q ?? ""} aria-describedby="outbox-q-hint" className={inputClass()} />
        <p id="outbox-q-hint" className="text-xs text-slate-600">
          {t("outbox.filters.searchHint")}
        </p>
      </div>
      <div className="space-y-1 self-start">
        <label htmlFor="outbox-status" className="block text-sm font-medium text-slate-800">
          {t("outbox.filters.status")}
        </label>
        <select id="outbox-status" name="status" defaultValue={values.status ?? ""} className={inputClass(false, "w-44")}>
          <option value="">{t("outbox.filters.anyStatus")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`outbox.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1 self-start">
        <label htmlFor="outbox-topic" className="block text-sm font-medium text-slate-800">
          {t("outbox.filters.topic")}
        </label>
        <select id="outbox-topic" name="topic" defaultValue={values.topic ?? ""} className={inputClass(false, "w-52")}>
          <option value="">{t("outbox.filters.anyTopic")}</option>
          {CUSTOMER_TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {t(`outbox.topics.${topic}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2 self-start pt-6">
        <Button type="submit">{t("outbox.filters.apply")}</Button>
        <Link href="/admin/outbox" className={buttonClass("secondary")}>
          {t("outbox.filters.reset")}
        </Link>
      </div>
    </form>
  );
}
