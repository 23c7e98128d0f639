"use client";
// A shipment's detail, kept live: where it goes and when, its lines (ordered, received, still
// expected; for a planned transfer, what is free at the source), the receipts so far, and the steps
// its status allows for a manager: ship (a planned transfer), receive in part or in full, close
// short, cancel — each confirmed in a dialog that says what it changes.
import Link from "next/link";
import { useState } from "react";
import { cancelInboundAction, closeInboundAction, shipTransferAction } from "@/app/(app)/inventory/inbound/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import { RefusalAlert } from "@/components/ui/refusal-alert";
import { Alert, EmptyState } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/client";
import type { InboundDetail } from "@/lib/inventory/client";
import { InboundLiveStatus, InboundStatusBadge, LateBadge } from "./inbound-badges";
import { useInboundDetail } from "./queries";
import { ReceiveForm } from "./receive-form";
import { useInboundAction } from "./use-inbound-action";

type Step = "ship" | "close" | "cancel";

function StepDialog({ step, detail, onClose }: { step: Step; detail: InboundDetail; onClose: (done?: string) => void }) {
  const { t, locale } = useI18n();
  const action = useInboundAction(step === "ship" ? shipTransferAction : step === "close" ? closeInboundAction : cancelInboundAction);
  const [reason, setReason] = useState("");
  const n = (v: number) => formatNumber(v, locale);
  const from = detail.from?.name ?? "";
  const missing = detail.units - detail.receivedUnits;
  const text = {
    ship: { title: t("inbound.detail.shipTitle", { reference: detail.reference }), body: t("inbound.detail.shipBody", { units: n(detail.units), from, to: detail.to.name }), confirm: t("inbound.detail.shipConfirm"), done: t("inbound.detail.shipped", { to: detail.to.name }) },
    close: { title: t("inbound.detail.closeTitle", { reference: detail.reference }), body: t("inbound.detail.closeBody", { missing: n(missing) }), confirm: t("inbound.detail.closeConfirm"), done: t("inbound.detail.closed") },
    cancel: { title: t("inbound.detail.cancelTitle", { reference: detail.reference }), body: t("inbound.detail.cancelBody"), confirm: t("inbound.detail.cancelConfirm"), done: t("inbound.detail.cancelled") },
  }[step];
  const confirm = async () => {
    const base = { reference: detail.reference, expectedVersion: detail.version };
    const result = await action.run(step === "ship" ? base : { ...base, ...(reason.trim() ? { reason } : {}) });
    if (result.ok) onClose(text.done);
  };
  return (
    <Dialog open onClose={() => onClose()} title={text.title} description={text.body}>
      {action.error ? <RefusalAlert headline={action.error.headline} problems={action.error.problems} /> : null}
      {step !== "ship" ? (
        <div className="mb-4 space-y-1">
          <label htmlFor="inbound-step-reason" className="block text-sm font-medium text-slate-800">
            {step === "close" ? t("inbound.detail.closeReason") : t("inbound.detail.cancelReason")}
          </label>
          <textarea id="inbound-step-reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass()} />
        </div>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={() => onClose()}>
          {t("inbound.detail.keep")}
        </Button>
        <Button variant={step === "ship" ? "primary" : "danger"} onClick={confirm} disabled={action.pending} data-autofocus>
          {action.pending ? t("inbound.detail.busy") : text.confirm}
        </Button>
      </div>
    </Dialog>
  );
}

export function InboundDetailView({ initialData, canManage }: { initialData: InboundDetail; canManage: boolean }) {
  const { t, locale } = useI18n();
  const query = useInboundDetail(initialData);
  const d = query.data ?? initialData;
  const [step, setStep] = useState<Step | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The receive form keeps what was typed while the figures refresh; it restarts from the latest
  // figures after a receipt, or when the receiver asks to after a conflict.
  const [formKey, setFormKey] = useState(0);
  const n = (v: number) => formatNumber(v, locale);
  const date = (v: string | null) => (v ? formatDateTime(v, locale) : t("inbound.detail.notYet"));
  const planned = d.status === "PLANNED" && d.from;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <InboundStatusBadge status={d.status} />
          {d.late ? <LateBadge daysLate={Math.floor((Date.parse(d.generatedAt) - Date.parse(d.eta)) / 86_400_000)} /> : null}
          <span className="text-sm text-slate-800">{t("inbound.detail.progress", { received: n(d.receivedUnits), units: n(d.units) })}</span>
        </div>
        <InboundLiveStatus generatedAt={d.generatedAt} failed={query.isError} />
      </div>

      <div role="status" aria-live="polite">
        {notice ? <Alert tone="success">{notice}</Alert> : null}
      </div>

      {canManage && (d.can.ship || d.can.close || d.can.cancel) ? (
        <section aria-label={t("inbound.detail.actions")} className="flex flex-wrap gap-2">
          {d.can.ship ? <Button onClick={() => setStep("ship")}>{t("inbound.detail.ship")}</Button> : null}
          {d.can.close ? (
            <Button variant="secondary" onClick={() => setStep("close")}>
              {t("inbound.detail.close")}
            </Button>
          ) : null}
          {d.can.cancel ? (
            <Button variant="secondary" onClick={() => setStep("cancel")}>
              {t("inbound.detail.cancel")}
            </Button>
          ) : null}
        </section>
      ) : null}
      {step ? (
        <StepDialog
          step={step}
          detail={d}
          onClose={(done) => {
            setStep(null);
            if (done) {
              setNotice(done);
              setFormKey((k) => k + 1);
            }
          }}
        />
      ) : null}

      <div className="grid gap-6 xl:grid-cols-3">
        <Card className="self-start xl:col-span-1">
          <CardTitle>{t("inbound.detail.facts")}</CardTitle>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm" suppressHydrationWarning>
            <dt className="text-slate-600">{t("inbound.detail.eta")}</dt>
            <dd className="text-slate-900">{formatDate(d.eta, locale)}</dd>
            <dt className="text-slate-600">{t("inbound.detail.shippedAt")}</dt>
            <dd className="text-slate-900">{date(d.shippedAt)}</dd>
            <dt className="text-slate-600">{t("inbound.detail.receivedAt")}</dt>
            <dd className="text-slate-900">{date(d.receivedAt)}</dd>
            <dt className="text-slate-600">{t("inbound.detail.createdAt")}</dt>
            <dd className="text-slate-900">{date(d.createdAt)}</dd>
            {d.createdBy ? (
              <>
                <dt className="text-slate-600">{t("inbound.detail.createdBy")}</dt>
                <dd className="text-slate-900">{d.createdBy}</dd>
              </>
            ) : null}
            {d.note ? (
              <>
                <dt className="text-slate-600">{t("inbound.detail.note")}</dt>
                <dd className="whitespace-pre-line text-slate-900">{d.note}</dd>
              </>
            ) : null}
          </dl>
        </Card>

        <section aria-labelledby="inbound-lines-title" className="xl:col-span-2">
          <h2 id="inbound-lines-title" className="mb-3 text-base font-semibold text-slate-900">
            {t("inbound.detail.linesTitle")}
          </h2>
          <Table label={t("inbound.detail.linesTitle")}>
            <caption className="sr-only">{t("inbound.detail.linesCaption", { reference: d.reference })}</caption>
            <thead>
              <tr>
                <Th>{t("inbound.detail.sku")}</Th>
                <Th>{t("inbound.detail.name")}</Th>
                <Th className="text-right">{t("inbound.detail.ordered")}</Th>
                <Th className="text-right">{t("inbound.detail.received")}</Th>
                <Th className="text-right">{t("inbound.detail.remaining")}</Th>
                {planned ? <Th className="text-right">{t("inbound.detail.freeAtSource", { node: d.from!.code })}</Th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {d.lines.map((l) => (
                <tr key={l.sku}>
                  <Td className="font-mono">
                    <Link href={`/inventory/${encodeURIComponent(l.sku)}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {l.sku}
                    </Link>
                  </Td>
                  <Td>{l.name}</Td>
                  <Td className="text-right tabular-nums">{n(l.qty)}</Td>
                  <Td className="text-right tabular-nums">{n(l.receivedQty)}</Td>
                  <Td className="text-right tabular-nums">{n(l.remaining)}</Td>
                  {planned ? <Td className={l.freeAtSource !== null && l.freeAtSource < l.qty ? "text-right font-semibold text-red-700 tabular-nums" : "text-right tabular-nums"}>{n(l.freeAtSource ?? 0)}</Td> : null}
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      </div>

      {canManage && d.can.receive ? (
        <ReceiveForm
          key={`${formKey}`}
          detail={d}
          onReload={() => setFormKey((k) => k + 1)}
          onDone={(r) => {
            // The form starts again from the figures the receipt produced (already refetched).
            setNotice([t("inbound.receive.done", { units: n(r.receivedUnits) }), r.ordersServed.length ? t("inbound.receive.served", { orders: r.ordersServed.join(", ") }) : "", r.status === "RECEIVED" ? t("inbound.receive.closedNow") : ""].filter(Boolean).join(" "));
            setFormKey((k) => k + 1);
          }}
        />
      ) : null}

      <section aria-labelledby="inbound-receipts-title">
        <h2 id="inbound-receipts-title" className="mb-3 text-base font-semibold text-slate-900">
          {t("inbound.detail.receiptsTitle")}
        </h2>
        {d.receipts.length === 0 ? (
          <EmptyState title={t("inbound.detail.receiptsEmpty")} />
        ) : (
          <Table label={t("inbound.detail.receiptsTitle")}>
            <caption className="sr-only">{t("inbound.detail.receiptsCaption", { reference: d.reference })}</caption>
            <thead>
              <tr>
                <Th>{t("inbound.detail.receivedAtCol")}</Th>
                <Th className="text-right">{t("inbound.detail.unitsCol")}</Th>
                <Th>{t("inbound.detail.linesCol")}</Th>
                <Th>{t("inbound.detail.byCol")}</Th>
                <Th>{t("inbound.detail.noteCol")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {d.receipts.map((r) => (
                <tr key={r.id}>
                  <Td className="whitespace-nowrap" suppressHydrationWarning>
                    {formatDateTime(r.receivedAt, locale)}
                  </Td>
                  <Td className="text-right tabular-nums">{n(r.units)}</Td>
                  <Td>{r.lines.map((l) => `${l.sku} × ${n(l.qty)}`).join(", ")}</Td>
                  <Td>{r.by}</Td>
                  <Td>{r.note ?? "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </div>
  );
}
