"use client";
// A run's status and progress bar. While the run is queued or running it polls the run's JSON with
// TanStack Query, and once it ends the page is refreshed so its figures and orders appear. Admins
// may cancel it, after confirming in a dialog.
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { cancelSimulationAction } from "@/app/(app)/admin/rules/simulations/actions";
import { useErrorText } from "@/components/forms/error-text";
import { callAction } from "@/components/forms/server-errors";
import { useI18n } from "@/components/i18n/i18n-provider";
import { isErrorCode } from "@/lib/i18n/client";
import { getJson, retryTransient } from "@/components/store/queries";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Alert } from "@/components/ui/states";
import { formatNumber, formatPercent, type ErrorIssue } from "@/lib/i18n/client";
import type { SimulationDetail } from "@/lib/simulation/client";
import { SimulationStatusBadge } from "./status-badge";
import { when } from "./format";

export const SIMULATION_POLL_MS = 2_000;

type Progress = Pick<SimulationDetail, "id" | "status" | "total" | "done" | "progress" | "cancelRequested" | "finishedAt" | "error">;

const active = (status: string) => status === "QUEUED" || status === "RUNNING";

export function RunProgress({ initial, canCancel }: { initial: Progress; canCancel: boolean }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const router = useRouter();
  const query = useQuery({
    queryKey: ["simulation", initial.id],
    queryFn: () => getJson<Progress>(`/api/simulations/${encodeURIComponent(initial.id)}`),
    initialData: initial,
    refetchInterval: (q) => (q.state.data && active(q.state.data.status) ? SIMULATION_POLL_MS : false),
    refetchIntervalInBackground: false,
    staleTime: SIMULATION_POLL_MS,
    retry: retryTransient,
  });
  const run = query.data;
  const running = active(run.status);

  // The server's render had the run unfinished: show its figures once it ends.
  const wasActive = useRef(active(initial.status));
  useEffect(() => {
    if (wasActive.current && !active(run.status)) {
      wasActive.current = false;
      router.refresh();
    }
  }, [run.status, router]);

  // The Cancel button goes away once the cancel is recorded: focus moves to the status it changed.
  const statusRef = useRef<HTMLDivElement>(null);
  const focusStatus = useRef(false);
  useEffect(() => {
    if (focusStatus.current && (run.cancelRequested || !active(run.status))) {
      focusStatus.current = false;
      statusRef.current?.focus();
    }
  }, [run.status, run.cancelRequested]);
  const n = (v: number) => formatNumber(v, locale);
  const percent = Math.round(run.progress * 100);
  return (
    <div className="space-y-3 outline-none" ref={statusRef} tabIndex={-1}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <SimulationStatusBadge status={run.status} cancelRequested={run.cancelRequested} />
          {running && query.dataUpdatedAt ? <span className="text-xs text-slate-600">{t("simulation.progress.live", { time: when(new Date(query.dataUpdatedAt), locale) })}</span> : null}
        </div>
        {canCancel && running && !run.cancelRequested ? <CancelSimulationButton
            id={run.id}
            onCancelled={() => {
              focusStatus.current = true;
              void query.refetch();
            }}
          /> : null}
      </div>
      <div>
        <div
          role="progressbar"
          aria-label={t("simulation.progress.label")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={run.total > 0 ? t("simulation.progress.value", { done: n(run.done), total: n(run.total) }) : formatPercent(run.progress, locale, 0)}
          className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div className={`h-full rounded-full ${run.status === "FAILED" ? "bg-red-700" : run.status === "CANCELLED" ? "bg-amber-600" : "bg-brand-700"}`} style={{ width: `${percent}%` }} />
        </div>
        <p className="mt-1 text-sm text-slate-700" aria-live="polite">
          {run.status === "QUEUED"
            ? t("simulation.progress.queued")
            : run.status === "RUNNING" && run.total === 0
              ? t("simulation.progress.counting")
              : `${t("simulation.progress.value", { done: n(run.done), total: n(run.total) })} · ${formatPercent(run.progress, locale, 0)}`}
        </p>
      </div>
      {query.isError ? <Alert tone="warning">{t("simulation.progress.stale")}</Alert> : null}
      {run.status === "FAILED" ? <Alert tone="danger">{t("simulation.progress.failed", { error: errorText({ code: run.error && isErrorCode(run.error) ? run.error : "SIMULATION_FAILED" }) })}</Alert> : null}
      {run.status === "CANCELLED" ? <Alert tone="warning">{t("simulation.progress.cancelled", { done: n(run.done), total: n(run.total) })}</Alert> : null}
      {run.status === "DONE" && run.finishedAt ? <p className="text-sm text-slate-700">{t("simulation.progress.finished", { date: when(run.finishedAt, locale) })}</p> : null}
    </div>
  );
}

function CancelSimulationButton({ id, onCancelled }: { id: string; onCancelled: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorIssue | null>(null);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("simulation.cancel.button")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("simulation.cancel.title")} description={t("simulation.cancel.description")}>
        {error ? (
          <div className="mb-3">
            <Alert tone="danger">{errorText(error)}</Alert>
          </div>
        ) : null}
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={() => setOpen(false)} data-autofocus>
            {t("simulation.cancel.keep")}
          </Button>
          <Button
            variant="danger"
            disabled={pending}
            onClick={async () => {
              setPending(true);
              setError(null);
              const result = await callAction(cancelSimulationAction, { id });
              setPending(false);
              if (result.ok) {
                setOpen(false);
                onCancelled();
              } else setError(result.error);
            }}
          >
            {t("simulation.cancel.confirm")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
