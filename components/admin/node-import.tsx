"use client";
// The nodes CSV import: pick a file and what to do with existing codes; the browser reads it with
// the project's CSV parser, the server checks every row (the create-node schema, codes in the file
// and in the network) without writing and answers with a per-row report; only a file without
// problems can be imported, all of it in one transaction (the server checks it again).
import { useRef, useState } from "react";
import { importNodesAction } from "@/app/(app)/admin/nodes/actions";
import { useErrorText } from "@/components/forms/error-text";
import { callAction } from "@/components/forms/server-errors";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button, LinkButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import { parseCsv, toCsv } from "@/lib/csv/client";
import type { ErrorIssue } from "@/lib/errors";
import { formatNumber } from "@/lib/i18n/client";
import { MAX_IMPORT_ROWS, NODE_CSV_TEMPLATE, nodeRowsFromRecords, type ImportMode, type NodeCsvRow, type NodeRowProblem } from "@/lib/nodes/client";

interface Checked {
  name: string;
  mode: ImportMode;
  rows: NodeCsvRow[];
  created: string[];
  updated: string[];
  problems: NodeRowProblem[];
}

type Phase =
  | { kind: "idle" }
  | { kind: "checking" }
  | { kind: "refused"; issue: ErrorIssue }
  | { kind: "checked"; file: Checked; changedMeanwhile?: boolean }
  | { kind: "importing"; file: Checked }
  | { kind: "done"; created: number; updated: number };

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function TemplateButton() {
  const { t } = useI18n();
  return (
    <Button variant="secondary" onClick={() => download("nodes-template.csv", NODE_CSV_TEMPLATE)}>
      {t("nodesAdmin.import.template")}
    </Button>
  );
}

export function NodeImport() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const n = (v: number) => formatNumber(v, locale);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode>("CREATE");
  const resultRef = useRef<HTMLHeadingElement>(null);
  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  async function check(event: React.FormEvent) {
    event.preventDefault();
    if (!file) {
      setFileError(t("nodesAdmin.import.fileRequired"));
      document.getElementById("import-file")?.focus();
      return;
    }
    setFileError(null);
    setPhase({ kind: "checking" });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setPhase({ kind: "idle" });
      setFileError(t("nodesAdmin.import.unreadable"));
      return;
    }
    const read = nodeRowsFromRecords(parseCsv(text));
    if (!read.ok) {
      setPhase({ kind: "refused", issue: read.issue });
      focusResult();
      return;
    }
    const result = await callAction(importNodesAction, { mode, rows: read.rows, dryRun: true });
    if (!result.ok) setPhase({ kind: "refused", issue: { code: result.error.code, params: result.error.params } });
    else setPhase({ kind: "checked", file: { name: file.name, mode, rows: read.rows, ...result.data } });
    focusResult();
  }

  async function apply(checked: Checked) {
    setPhase({ kind: "importing", file: checked });
    const result = await callAction(importNodesAction, { mode: checked.mode, rows: checked.rows, dryRun: false });
    if (!result.ok) setPhase({ kind: "refused", issue: { code: result.error.code, params: result.error.params } });
    else if (result.data.written) setPhase({ kind: "done", created: result.data.created.length, updated: result.data.updated.length });
    else setPhase({ kind: "checked", file: { ...checked, ...result.data }, changedMeanwhile: true });
    focusResult();
  }

  function downloadReport(checked: Checked) {
    const csv = toCsv(
      [t("nodesAdmin.import.report.line"), t("nodesAdmin.import.report.code"), t("nodesAdmin.import.report.column"), t("nodesAdmin.import.report.problem")],
      checked.problems.map((p) => [p.line, p.code, p.column || t("nodesAdmin.import.report.wholeRow"), errorText(p.issue)]),
    );
    download(`${checked.name.replace(/\.csv$/i, "")}-report.csv`, csv);
  }

  const busy = phase.kind === "checking" || phase.kind === "importing";
  const checked = phase.kind === "checked" || phase.kind === "importing" ? phase.file : null;

  return (
    <div className="space-y-6">
      <form noValidate onSubmit={check} aria-labelledby="import-form-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="import-form-title" className="text-base font-semibold text-slate-900">
          {t("nodesAdmin.import.step1")}
        </h2>
        <Field id="import-file" label={t("nodesAdmin.import.file")} hint={t("nodesAdmin.import.fileHint", { max: n(MAX_IMPORT_ROWS) })} error={fileError ?? undefined}>
          {(props) => (
            <input
              {...props}
              type="file"
              accept=".csv,text/csv"
              disabled={busy}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setPhase({ kind: "idle" });
              }}
              className={inputClass(!!props["aria-invalid"], "file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1")}
            />
          )}
        </Field>
        <fieldset className="space-y-1">
          <legend className="block text-sm font-medium text-slate-800">{t("nodesAdmin.import.mode")}</legend>
          {(["CREATE", "UPSERT"] as const).map((m) => (
            <label key={m} className="flex min-h-11 items-start gap-2 py-1 text-sm text-slate-800">
              <input
                type="radio"
                name="import-mode"
                value={m}
                checked={mode === m}
                disabled={busy}
                onChange={() => {
                  setMode(m);
                  setPhase({ kind: "idle" });
                }}
                className="mt-0.5 size-5"
              />
              <span>
                <span className="font-medium">{t(`nodesAdmin.import.modes.${m}`)}</span>
                <span className="block text-xs text-slate-600">{t(`nodesAdmin.import.modeHints.${m}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <Button type="submit" disabled={busy}>
          {phase.kind === "checking" ? t("nodesAdmin.import.checking") : t("nodesAdmin.import.check")}
        </Button>
      </form>

      {phase.kind === "refused" || phase.kind === "done" || checked ? (
        <section aria-labelledby="import-result-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="import-result-title" ref={resultRef} tabIndex={-1} className="text-base font-semibold text-slate-900 outline-none">
            {t("nodesAdmin.import.step2", { name: checked?.name ?? file?.name ?? "" })}
          </h2>
          {phase.kind === "refused" ? <Alert tone="danger">{errorText(phase.issue)}</Alert> : null}
          {phase.kind === "done" ? (
            <div role="status" className="space-y-3">
              <Alert tone="success">{t("nodesAdmin.import.done", { created: n(phase.created), updated: n(phase.updated) })}</Alert>
              <LinkButton variant="secondary" href="/admin/nodes">
                {t("nodesAdmin.import.seeNodes")}
              </LinkButton>
            </div>
          ) : null}
          {checked ? (
            <>
              {phase.kind === "checked" && phase.changedMeanwhile ? <Alert tone="warning">{t("nodesAdmin.import.changedMeanwhile")}</Alert> : null}
              <p className="text-sm text-slate-700" role="status">
                {t("nodesAdmin.import.summary", { rows: n(checked.rows.length), created: n(checked.created.length), updated: n(checked.updated.length), problems: n(checked.problems.length) })}
              </p>
              {checked.problems.length ? (
                <>
                  <Alert tone="danger">{t("nodesAdmin.import.nothingWritten")}</Alert>
                  <Table label={t("nodesAdmin.import.problemsLabel")}>
                    <thead>
                      <tr>
                        <Th className="text-right">{t("nodesAdmin.import.report.line")}</Th>
                        <Th>{t("nodesAdmin.import.report.code")}</Th>
                        <Th>{t("nodesAdmin.import.report.column")}</Th>
                        <Th>{t("nodesAdmin.import.report.problem")}</Th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100">
                      {checked.problems.map((p, i) => (
                        <tr key={`${p.line}-${p.column}-${i}`}>
                          <Td className="text-right tabular-nums">{p.line}</Td>
                          <Td className="whitespace-nowrap font-mono">{p.code}</Td>
                          <Td className="font-mono">{p.column || t("nodesAdmin.import.report.wholeRow")}</Td>
                          <Td className="text-red-800">{errorText(p.issue)}</Td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                  <Button variant="secondary" onClick={() => downloadReport(checked)}>
                    {t("nodesAdmin.import.downloadReport")}
                  </Button>
                </>
              ) : (
                <>
                  <Alert tone="success">{t("nodesAdmin.import.allValid")}</Alert>
                  <Table label={t("nodesAdmin.import.plannedLabel")}>
                    <thead>
                      <tr>
                        <Th>{t("nodesAdmin.import.report.code")}</Th>
                        <Th>{t("nodesAdmin.import.plannedTitle")}</Th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100">
                      {[...checked.created.map((c) => [c, "create"] as const), ...checked.updated.map((c) => [c, "update"] as const)].map(([code, what]) => (
                        <tr key={code}>
                          <Td className="font-mono">{code}</Td>
                          <Td>{t(`nodesAdmin.import.plan.${what}`)}</Td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                  <Button onClick={() => apply(checked)} disabled={busy}>
                    {phase.kind === "importing" ? t("nodesAdmin.import.applying") : t("nodesAdmin.import.apply", { count: n(checked.rows.length) })}
                  </Button>
                </>
              )}
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
