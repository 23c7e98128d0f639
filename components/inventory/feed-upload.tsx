"use client";
// The stock feed upload: choose the node and the mode, pick a CSV file; the browser reads it as a
// stream and checks each row with the API's own rule (parseFeedItem), shows the first rows with
// their problems, then sends the good rows in chunks of FEED_CHUNK_ROWS through the server action,
// with a progress bar, a summary and a per-row error report to download.
import { useRef, useState } from "react";
import { applyFeedChunkAction } from "@/app/(app)/inventory/feed/actions";
import { callAction } from "@/components/forms/server-errors";
import { useErrorText } from "@/components/forms/error-text";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { Alert } from "@/components/ui/states";
import { CsvParser, toCsv } from "@/lib/csv/client";
import { formatNumber } from "@/lib/i18n/client";
import type { ErrorIssue } from "@/lib/errors";
import { FEED_CHUNK_ROWS, FEED_COLUMNS, feedHeader, feedItemFromRecord, feedUploadFormSchema, parseFeedItem, type FeedMode, type FeedUploadForm } from "@/lib/inventory/client";

const PREVIEW_ROWS = 20;

interface RowProblem {
  row: number;
  sku: string | null;
  error: ErrorIssue;
}

interface ParsedFile {
  name: string;
  node: string;
  mode: FeedMode;
  rows: number;
  /** Valid items with their line numbers, in file order. */
  items: Array<{ row: number; item: Record<string, unknown> }>;
  problems: RowProblem[];
  preview: Array<{ row: number; sku: string; qty: string; reason: string; error: ErrorIssue | null }>;
  /** The header lacks these columns: nothing can be applied. */
  missing: string[];
}

type Phase = { kind: "idle" } | { kind: "reading" } | { kind: "ready"; file: ParsedFile } | { kind: "applying"; file: ParsedFile; done: number; applied: number } | { kind: "done"; file: ParsedFile; applied: number; rejected: RowProblem[]; stoppedAt: number | null; failure: ErrorIssue | null };

/** Reads a CSV file as a stream and checks every row; the whole file never sits in memory twice. */
async function readFeedFile(file: File, node: string, mode: FeedMode): Promise<ParsedFile> {
  const parser = new CsvParser();
  const result: ParsedFile = { name: file.name, node, mode, rows: 0, items: [], problems: [], preview: [], missing: [] };
  let index: Record<string, number> | null = null;
  const seen = new Map<string, number[]>();
  const take = (records: ReturnType<CsvParser["push"]>) => {
    for (const record of records) {
      if (!index) {
        const header = feedHeader(mode, record.fields);
        if (!header.ok) {
          result.missing = header.missing;
          return false;
        }
        index = header.index;
        continue;
      }
      result.rows++;
      const raw = feedItemFromRecord(index, record.fields);
      const sku = typeof raw.sku === "string" ? raw.sku : null;
      let error: ErrorIssue | null = null;
      const parsed = parseFeedItem(mode, raw);
      if (!parsed.ok) error = parsed.error;
      else {
        const lines = seen.get(parsed.item.sku);
        if (lines) {
          lines.push(record.line);
          error = { code: "FEED_DUPLICATE_SKU", params: { sku: parsed.item.sku, items: lines.join(", ") } };
        } else seen.set(parsed.item.sku, [record.line]);
      }
      if (error) result.problems.push({ row: record.line, sku, error });
      else result.items.push({ row: record.line, item: raw });
      if (result.preview.length < PREVIEW_ROWS) {
        const qtyColumn = mode === "FULL" ? "onHand" : "delta";
        result.preview.push({ row: record.line, sku: sku ?? "", qty: String(record.fields[index[qtyColumn]] ?? ""), reason: index.reason !== undefined ? (record.fields[index.reason] ?? "") : "", error });
      }
    }
    return true;
  };
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!take(parser.push(value))) {
      await reader.cancel();
      return result;
    }
  }
  take(parser.end());
  if (!index && !result.missing.length) result.missing = [...FEED_COLUMNS[mode]];
  // A SKU sent twice is refused everywhere it appears (the API's rule): its first row too.
  const duplicated = new Map([...seen].filter(([, lines]) => lines.length > 1));
  if (duplicated.size) {
    const keep: ParsedFile["items"] = [];
    for (const entry of result.items) {
      const sku = String(entry.item.sku).trim();
      const lines = duplicated.get(sku);
      if (!lines) keep.push(entry);
      else result.problems.push({ row: entry.row, sku, error: { code: "FEED_DUPLICATE_SKU", params: { sku, items: lines.join(", ") } } });
    }
    result.items = keep;
    for (const p of result.problems) if (p.error.code === "FEED_DUPLICATE_SKU" && p.sku && duplicated.has(p.sku)) p.error = { code: "FEED_DUPLICATE_SKU", params: { sku: p.sku, items: duplicated.get(p.sku)!.join(", ") } };
    for (const p of result.preview) {
      const lines = duplicated.get(p.sku.trim());
      if (lines && !p.error) p.error = { code: "FEED_DUPLICATE_SKU", params: { sku: p.sku.trim(), items: lines.join(", ") } };
    }
  }
  return result;
}

export function FeedUpload({ nodes }: { nodes: Array<{ code: string; name: string }> }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const n = (v: number) => formatNumber(v, locale);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [fileError, setFileError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<File | null>(null);
  const cancelled = useRef(false);
  const form = useZodForm<typeof feedUploadFormSchema, FeedUploadForm>(feedUploadFormSchema, { defaultValues: { node: nodes[0]?.code ?? "", mode: "FULL" } });
  const errors = form.formState.errors;
  const mode = form.watch("mode");

  const onRead = form.handleSubmit(async (values) => {
    const file = chosen;
    if (!file) {
      setFileError(t("inventoryFeed.fileRequired"));
      document.getElementById("feed-file")?.focus();
      return;
    }
    setFileError(null);
    setPhase({ kind: "reading" });
    try {
      setPhase({ kind: "ready", file: await readFeedFile(file, values.node, values.mode) });
    } catch {
      setPhase({ kind: "idle" });
      setFileError(t("inventoryFeed.unreadable"));
    }
  });

  async function apply(file: ParsedFile) {
    cancelled.current = false;
    let applied = 0;
    const rejected: RowProblem[] = [];
    setPhase({ kind: "applying", file, done: 0, applied: 0 });
    for (let start = 0; start < file.items.length; start += FEED_CHUNK_ROWS) {
      if (cancelled.current) {
        setPhase({ kind: "done", file, applied, rejected, stoppedAt: start, failure: null });
        return;
      }
      const chunk = file.items.slice(start, start + FEED_CHUNK_ROWS);
      const result = await callAction(applyFeedChunkAction, { node: file.node, mode: file.mode, items: chunk.map((c) => c.item), rows: chunk.map((c) => c.row) });
      if (!result.ok) {
        setPhase({ kind: "done", file, applied, rejected, stoppedAt: start, failure: { code: result.error.code, params: result.error.params } });
        return;
      }
      applied += result.data.applied;
      rejected.push(...result.data.rejected.map((r) => ({ row: r.row, sku: r.sku, error: r.error })));
      setPhase({ kind: "applying", file, done: Math.min(file.items.length, start + FEED_CHUNK_ROWS), applied });
    }
    setPhase({ kind: "done", file, applied, rejected, stoppedAt: null, failure: null });
  }

  function downloadReport(problems: RowProblem[], name: string) {
    const sorted = [...problems].sort((a, b) => a.row - b.row);
    const csv = toCsv(
      [t("inventoryFeed.report.row"), t("inventoryFeed.report.sku"), t("inventoryFeed.report.error")],
      sorted.map((p) => [p.row, p.sku ?? "", errorText(p.error)]),
    );
    const url = URL.createObjectURL(new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `${name.replace(/\.csv$/i, "")}-errors.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const busy = phase.kind === "reading" || phase.kind === "applying";
  const file = phase.kind === "ready" || phase.kind === "applying" || phase.kind === "done" ? phase.file : null;

  return (
    <div className="space-y-6">
      <form noValidate onSubmit={onRead} aria-labelledby="feed-form-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="feed-form-title" className="text-base font-semibold text-slate-900">
          {t("inventoryFeed.step1")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id="feed-node" label={t("inventoryFeed.node")} error={errors.node?.message}>
            {(props) => (
              <select {...props} {...form.register("node")} className={inputClass(!!props["aria-invalid"])} disabled={busy}>
                {nodes.map((node) => (
                  <option key={node.code} value={node.code}>
                    {node.code} · {node.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset className="space-y-1">
            <legend className="block text-sm font-medium text-slate-800">{t("inventoryFeed.mode")}</legend>
            {(["FULL", "DELTA"] as const).map((m) => (
              <label key={m} className="flex items-start gap-2 text-sm text-slate-800">
                <input type="radio" value={m} {...form.register("mode")} className="mt-0.5 h-4 w-4" disabled={busy} />
                <span>
                  <span className="font-medium">{t(`inventoryFeed.modes.${m}`)}</span>
                  <span className="block text-xs text-slate-600">{t(`inventoryFeed.modeHints.${m}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </div>
        <Field id="feed-file" label={t("inventoryFeed.file")} hint={t("inventoryFeed.fileHint", { columns: FEED_COLUMNS[mode ?? "FULL"].join(",") })} error={fileError ?? undefined}>
          {(props) => <input {...props} onChange={(e) => setChosen(e.target.files?.[0] ?? null)} type="file" accept=".csv,text/csv" className={inputClass(!!props["aria-invalid"], "file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1")} disabled={busy} />}
        </Field>
        <Button type="submit" disabled={busy}>
          {phase.kind === "reading" ? t("inventoryFeed.reading") : t("inventoryFeed.read")}
        </Button>
      </form>

      {file ? (
        <section aria-labelledby="feed-preview-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="feed-preview-title" className="text-base font-semibold text-slate-900">
            {t("inventoryFeed.step2", { name: file.name })}
          </h2>
          {file.missing.length ? (
            <Alert tone="danger">{t("inventoryFeed.missingColumns", { columns: file.missing.join(", "), expected: FEED_COLUMNS[file.mode].join(",") })}</Alert>
          ) : (
            <>
              <p className="text-sm text-slate-700">
                {t("inventoryFeed.counts", { rows: n(file.rows), valid: n(file.items.length), problems: n(file.problems.length), node: file.node, mode: t(`inventoryFeed.modes.${file.mode}`) })}
              </p>
              <Table label={t("inventoryFeed.previewLabel", { count: Math.min(PREVIEW_ROWS, file.rows) })}>
                <thead>
                  <tr>
                    <Th className="text-right">{t("inventoryFeed.line")}</Th>
                    <Th>{t("inventoryFeed.sku")}</Th>
                    <Th className="text-right">{file.mode === "FULL" ? t("inventoryFeed.onHand") : t("inventoryFeed.delta")}</Th>
                    {file.mode === "DELTA" ? <Th>{t("inventoryFeed.reason")}</Th> : null}
                    <Th>{t("inventoryFeed.check")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {file.preview.map((p) => (
                    <tr key={p.row} className={p.error ? "bg-red-50" : undefined}>
                      <Td className="text-right tabular-nums">{p.row}</Td>
                      <Td className="font-mono">{p.sku}</Td>
                      <Td className="text-right tabular-nums">{p.qty}</Td>
                      {file.mode === "DELTA" ? <Td>{p.reason}</Td> : null}
                      <Td>{p.error ? <span className="text-red-800">{errorText(p.error)}</span> : <span className="text-green-800">{t("inventoryFeed.rowOk")}</span>}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              {file.problems.length ? (
                <Table label={t("inventoryFeed.problemsLabel", { count: Math.min(PREVIEW_ROWS, file.problems.length), total: n(file.problems.length) })}>
                  <thead>
                    <tr>
                      <Th className="text-right">{t("inventoryFeed.line")}</Th>
                      <Th>{t("inventoryFeed.sku")}</Th>
                      <Th>{t("inventoryFeed.problem")}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {[...file.problems]
                      .sort((a, b) => a.row - b.row)
                      .slice(0, PREVIEW_ROWS)
                      .map((p) => (
                        <tr key={p.row}>
                          <Td className="text-right tabular-nums">{p.row}</Td>
                          <Td className="font-mono">{p.sku ?? ""}</Td>
                          <Td className="text-red-800">{errorText(p.error)}</Td>
                        </tr>
                      ))}
                  </tbody>
                </Table>
              ) : null}
              {phase.kind === "ready" ? (
                <div className="flex flex-wrap items-center gap-3">
                  <Button onClick={() => apply(file)} disabled={file.items.length === 0}>
                    {t("inventoryFeed.apply", { count: n(file.items.length), node: file.node })}
                  </Button>
                  {file.problems.length ? (
                    <Button variant="secondary" onClick={() => downloadReport(file.problems, file.name)}>
                      {t("inventoryFeed.downloadReport", { count: n(file.problems.length) })}
                    </Button>
                  ) : null}
                  <p className="text-xs text-slate-600">{t("inventoryFeed.applyHint", { chunk: n(FEED_CHUNK_ROWS) })}</p>
                </div>
              ) : null}
            </>
          )}
        </section>
      ) : null}

      {phase.kind === "applying" || phase.kind === "done" ? (
        <section aria-labelledby="feed-progress-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="feed-progress-title" className="text-base font-semibold text-slate-900">
            {t("inventoryFeed.step3")}
          </h2>
          <ProgressBar
            label={t("inventoryFeed.progressLabel")}
            done={phase.kind === "applying" ? phase.done : (phase.stoppedAt ?? phase.file.items.length)}
            total={phase.file.items.length}
            text={(done, total) => t("inventoryFeed.progress", { done: n(done), total: n(total) })}
          />
          {phase.kind === "applying" ? (
            <Button variant="secondary" onClick={() => (cancelled.current = true)}>
              {t("inventoryFeed.stop")}
            </Button>
          ) : (
            <div role="status" className="space-y-3">
              {phase.failure ? <Alert tone="danger">{t("inventoryFeed.failed", { row: n(phase.file.items[phase.stoppedAt ?? 0]?.row ?? 0), error: errorText(phase.failure) })}</Alert> : null}
              {phase.stoppedAt !== null && !phase.failure ? <Alert tone="warning">{t("inventoryFeed.stopped", { row: n(phase.file.items[phase.stoppedAt]?.row ?? 0) })}</Alert> : null}
              <Alert tone={phase.rejected.length || phase.file.problems.length ? "warning" : "success"}>
                {t("inventoryFeed.summary", { applied: n(phase.applied), refused: n(phase.rejected.length + phase.file.problems.length), node: phase.file.node })}
              </Alert>
              <div className="flex flex-wrap gap-3">
                {phase.rejected.length + phase.file.problems.length > 0 ? (
                  <Button variant="secondary" onClick={() => downloadReport([...phase.file.problems, ...phase.rejected], phase.file.name)}>
                    {t("inventoryFeed.downloadReport", { count: n(phase.rejected.length + phase.file.problems.length) })}
                  </Button>
                ) : null}
                <a href={`/inventory?node=${encodeURIComponent(phase.file.node)}`} className="inline-flex items-center rounded-md px-4 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50">
                  {t("inventoryFeed.seePositions", { node: phase.file.node })}
                </a>
              </div>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}

function ProgressBar({ label, done, total, text }: { label: string; done: number; total: number; text: (done: number, total: number) => string }) {
  const percent = total ? Math.round((done / total) * 100) : 100;
  return (
    <div>
      <div id="feed-progress-label" className="mb-1 flex justify-between text-sm text-slate-800">
        <span>{label}</span>
        <span className="tabular-nums">{text(done, total)}</span>
      </div>
      <div role="progressbar" aria-labelledby="feed-progress-label" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-valuetext={text(done, total)} className="h-3 w-full overflow-hidden rounded-full bg-slate-200">
        <div className="h-full bg-brand-700 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
