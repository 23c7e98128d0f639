"use client";
// Publishing a draft, in a dialog: what changes against the version in force (setting by setting),
// for sourcing the figures of the draft's latest simulation on past orders (or that there is none,
// or that it simulated an earlier state of the draft), and an optional note kept with the version.
import Link from "next/link";
import { useId, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SummaryFigures } from "@/components/simulation/summary-figures";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import type { RuleKind } from "@/generated/prisma/enums";
import { DISPLAY_TIME_ZONE, formatDate } from "@/lib/i18n/client";
import { diffDefinitions } from "@/lib/rules/client";
import type { LatestSimulation } from "@/lib/simulation/client";
import type { FormRefusal } from "./action-errors";
import { FormRefusalAlert } from "./form-refusal";
import { RuleDiffTable } from "./rule-definition-view";

export function PublishDialog({
  draft,
  published,
  defaults,
  latestSimulation,
  lockVersion,
  pending,
  refusal,
  onCancel,
  onConfirm,
}: {
  draft: { id: string; kind: RuleKind; version: number; definition: unknown };
  published: { version: number; definition: unknown } | null;
  defaults: unknown;
  latestSimulation: LatestSimulation | null;
  lockVersion: number;
  pending: boolean;
  refusal: FormRefusal | null;
  onCancel: () => void;
  onConfirm: (note: string) => void;
}) {
  const { t, locale } = useI18n();
  const [note, setNote] = useState("");
  const noteId = useId();
  const changes = diffDefinitions(published?.definition ?? defaults, draft.definition);
  const sim = draft.kind === "SOURCING" ? latestSimulation : null;
  return (
    <Dialog open onClose={onCancel} wide title={t("admin.rules.publishDialog.title", { version: draft.version })} description={t("admin.rules.publishDialog.intro")}>
      <div className="space-y-5">
        {refusal ? <FormRefusalAlert refusal={refusal} latestHref={`/admin/rules/${draft.id}`} /> : null}
        <section aria-labelledby={`${noteId}-changes`} className="space-y-2">
          <h3 id={`${noteId}-changes`} className="text-sm font-semibold text-slate-900">
            {t("admin.rules.publishDialog.changes")}
          </h3>
          <p className="text-sm text-slate-600">{published ? t("admin.rules.diff.against", { version: published.version }) : t("admin.rules.diff.againstDefaults")}</p>
          <RuleDiffTable kind={draft.kind} changes={changes} t={t} locale={locale} />
        </section>

        {draft.kind === "SOURCING" ? (
          <section aria-labelledby={`${noteId}-sim`} className="space-y-2">
            <h3 id={`${noteId}-sim`} className="text-sm font-semibold text-slate-900">
              {t("admin.rules.publishDialog.simulation")}
            </h3>
            {!sim ? (
              <p className="text-sm text-slate-700">{t("admin.rules.publishDialog.simulationNone")}</p>
            ) : sim.status === "QUEUED" || sim.status === "RUNNING" ? (
              <p className="text-sm text-slate-700">{t("admin.rules.publishDialog.simulationRunning", { done: sim.done, total: sim.total })}</p>
            ) : sim.status === "DONE" && sim.summary ? (
              <>
                {sim.ruleSetLockVersion !== lockVersion ? <Alert tone="warning">{t("admin.rules.publishDialog.simulationStale")}</Alert> : null}
                <p className="text-sm text-slate-600">
                  {t("admin.rules.publishDialog.simulationPeriod", { orders: sim.summary.orders, from: formatDate(sim.periodFrom, locale, DISPLAY_TIME_ZONE), to: formatDate(new Date(new Date(sim.periodTo).getTime() - 1), locale, DISPLAY_TIME_ZONE) })}
                </p>
                <SummaryFigures summary={sim.summary} baselineLabel={t("admin.rules.publishDialog.published")} draftLabel={t("admin.rules.publishDialog.draft")} />
              </>
            ) : (
              <p className="text-sm text-slate-700">{t("admin.rules.publishDialog.simulationFailed")}</p>
            )}
            <p className="text-sm">
              {sim ? (
                <Link href={`/admin/rules/simulations/${sim.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {t("admin.rules.publishDialog.openSimulation")}
                </Link>
              ) : (
                <a href="#simulate" onClick={onCancel} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {t("admin.rules.publishDialog.simulate")}
                </a>
              )}
            </p>
          </section>
        ) : null}

        <div>
          <label htmlFor={noteId} className="block text-sm font-medium text-slate-800">
            {t("admin.rules.publishDialog.note")}
          </label>
          <p id={`${noteId}-hint`} className="text-sm text-slate-600">
            {t("admin.rules.publishDialog.noteHint")}
          </p>
          <textarea id={noteId} aria-describedby={`${noteId}-hint`} rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} className={inputClass(false, "mt-1 w-full")} />
        </div>
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            {t("admin.rules.publishDialog.cancel")}
          </Button>
          <Button data-autofocus onClick={() => onConfirm(note)} disabled={pending}>
            {pending ? t("admin.rules.publishing") : t("admin.rules.publishDialog.confirm")}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
