"use client";
// The order's goodwill refunds: those waiting for a supervisor first, with Approve / Refuse for an
// administrator (and an optional note), then the decided ones.
import { useState } from "react";
import { decideAppeasementAction } from "@/app/(app)/returns/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ReturnErrorAlert } from "@/components/returns/action-error";
import { useReturnAction } from "@/components/returns/use-return-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { DISPLAY_TIME_ZONE, formatDateTime, formatMoney } from "@/lib/i18n/client";
import type { OrderAppeasement } from "@/lib/returns/client";
import { useOrderActions } from "./order-actions-context";


export function AppeasementsCard({ items, currency, canDecide }: { items: OrderAppeasement[]; currency: string; canDecide: boolean }) {
  const { t } = useI18n();
  if (!items.length) return null;
  const pending = items.filter((a) => a.status === "PENDING_APPROVAL");
  const decided = items.filter((a) => a.status !== "PENDING_APPROVAL");
  return (
    <Card aria-labelledby="appeasements-title">
      <CardTitle id="appeasements-title">{t("returns.appeasements.title")}</CardTitle>
      <ul className="space-y-3">
        {[...pending, ...decided].map((a) => (
          <AppeasementItem key={a.id} item={a} currency={currency} canDecide={canDecide && a.status === "PENDING_APPROVAL"} />
        ))}
      </ul>
    </Card>
  );
}

function AppeasementItem({ item, currency, canDecide }: { item: OrderAppeasement; currency: string; canDecide: boolean }) {
  const { t, locale } = useI18n();
  const { announce } = useOrderActions();
  const [note, setNote] = useState("");
  const [choice, setChoice] = useState<boolean | null>(null);
  const action = useReturnAction(decideAppeasementAction, { onSuccess: (r) => announce(r.status === "APPROVED" ? t("returns.appeasements.approved") : t("returns.appeasements.refused")) });
  const amount = formatMoney(item.amountMinor, currency, locale);
  const scope = item.line ? t("returns.appeasements.line", { lineNo: item.line.lineNo, sku: item.line.sku }) : t("returns.appeasements.wholeOrder");
  const tone = item.status === "PENDING_APPROVAL" ? "warning" : item.status === "APPROVED" ? "success" : "danger";
  const decide = (approve: boolean) => {
    setChoice(approve);
    void action.run({ appeasementId: item.id, expectedVersion: item.version, approve, ...(note.trim() ? { note: note.trim() } : {}) });
  };
  return (
    <li className="rounded-md border border-slate-200 p-3 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium text-slate-900">
          {item.percent ? t("returns.appeasements.itemPercent", { amount, percent: item.percent, scope }) : t("returns.appeasements.item", { amount, scope })}
        </p>
        <Badge tone={tone}>{t(`returns.appeasements.status.${item.status}`)}</Badge>
      </div>
      <p className="text-slate-800">{item.reason}</p>
      <p className="text-xs text-slate-600">{t("returns.appeasements.requestedBy", { name: item.requestedBy, date: formatDateTime(item.createdAt, locale, DISPLAY_TIME_ZONE) })}</p>
      {item.status !== "PENDING_APPROVAL" && item.decidedAt && item.decidedBy && item.decidedBy !== item.requestedBy ? (
        <p className="text-xs text-slate-600">
          {t("returns.appeasements.decidedBy", { status: t(`returns.appeasements.status.${item.status}`), name: item.decidedBy, date: formatDateTime(item.decidedAt, locale, DISPLAY_TIME_ZONE) })}
          {item.decisionNote ? ` — ${item.decisionNote}` : ""}
        </p>
      ) : null}
      {canDecide ? (
        <div className="mt-2 space-y-2">
          <ReturnErrorAlert error={action.error} />
          <label htmlFor={`appeasement-note-${item.id}`} className="block text-sm font-medium text-slate-800">
            {t("returns.appeasements.note")}
          </label>
          <input id={`appeasement-note-${item.id}`} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} className={inputClass(false)} />
          <div className="flex flex-wrap gap-2">
            <Button size="sm" disabled={action.pending} onClick={() => decide(true)}>
              {action.pending && choice === true ? t("returns.saving") : t("returns.appeasements.approve", { amount })}
            </Button>
            <Button size="sm" variant="danger" disabled={action.pending} onClick={() => decide(false)}>
              {action.pending && choice === false ? t("returns.saving") : t("returns.appeasements.refuse")}
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
