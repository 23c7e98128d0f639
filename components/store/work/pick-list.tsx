"use client";
// Picking on the tablet: a scan field that keeps focus (a hand scanner types the code and Enter;
// each scan confirms one unit of the matching line), then the lines grouped by category with big
// confirm buttons and a short-pick dialog. A code that matches no line is refused on the spot and
// nothing is picked; the server checks the code again.
import { useImperativeHandle, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { confirmPickAction, shortPickAction } from "@/app/(app)/store/actions";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { confirmPickSchema, scanMatches, SHORT_PICK_REASONS, shortPickSchema, type ShortPickInput, type ShortReasonCode, type FulfillmentWork, type WorkLine } from "@/lib/fulfillment/client";
import type { Translate } from "@/lib/i18n/client";
import { ActionAlert } from "../action-alert";
import { optionalNumber } from "../form-values";
import { storeKeys } from "../queries";
import { useStoreAction } from "../use-store-action";

export type Resourced = { allocatedUnits: number; unfilledUnits: number; nodes: string[] };

export interface PickListProps {
  work: FulfillmentWork;
  /** May this associate pick here now (CONFIRM_PICK / SHORT_PICK among the steps)? */
  canPick: boolean;
  announce: (text: string) => void;
  onShortPicked: (result: { status: string; resourced?: Resourced }) => void;
}

export interface ScanFieldHandle {
  focus: () => void;
}

/** Lines in category groups, in the order the categories first appear. */
function byCategory(lines: WorkLine[]): Array<[string, WorkLine[]]> {
  const groups = new Map<string, WorkLine[]>();
  for (const line of lines) groups.set(line.category, [...(groups.get(line.category) ?? []), line]);
  return [...groups.entries()];
}

const left = (l: WorkLine) => Math.max(0, l.qty - l.pickedQty);

/** Why a line's units were taken off this store's work, as recorded (a code; older rows may hold text). */
const SHORT_REASON_CODES: readonly ShortReasonCode[] = [...SHORT_PICK_REASONS, "STOCK_COUNT"];

/** The line a scanned code names (as the command matches it), open lines first. */
export function matchScan(lines: WorkLine[], code: string): { line: WorkLine | null; complete: boolean } {
  const matches = lines.filter((l) => scanMatches(l, code));
  const open = matches.find((l) => left(l) > 0);
  return { line: open ?? null, complete: matches.length > 0 && !open };
}

/** Shows confirmed units at once (the refresh that follows brings the rest of the state). */
function useShowPicked(workId: string) {
  const queryClient = useQueryClient();
  return (lineId: string, qty: number) =>
    queryClient.setQueryData<FulfillmentWork>(storeKeys.work(workId), (old) =>
      old ? { ...old, lines: old.lines.map((l) => (l.id === lineId ? { ...l, pickedQty: Math.min(l.qty, l.pickedQty + qty) } : l)) } : old,
    );
}

export function PickList({ work, canPick, announce, onShortPicked }: PickListProps) {
  const { t } = useI18n();
  const showPicked = useShowPicked(work.id);
  const scanRef = useRef<ScanFieldHandle>(null);
  const [shortLineId, setShortLineId] = useState<string | null>(null);
  // The live line: a refresh while the dialog is open updates what it says can be short.
  const shortLine = shortLineId ? (work.lines.find((l) => l.id === shortLineId) ?? null) : null;
  const confirm = useStoreAction(confirmPickAction);

  async function confirmLine(line: WorkLine, qty: number) {
    const result = await confirm.run({ fulfillmentOrderId: work.id, expectedVersion: work.version, lineId: line.id, scan: line.sku, qty });
    if (result.ok) {
      showPicked(line.id, qty);
      announce(t("store.work.done.picked", { qty, name: line.name }));
    }
    scanRef.current?.focus();
  }

  return (
    <section aria-labelledby="pick-heading" className="space-y-4">
      <h2 id="pick-heading" className="text-2xl font-semibold text-slate-900">
        {t("store.work.lines.heading")}
      </h2>
      {canPick ? <ScanField ref={scanRef} work={work} announce={announce} /> : null}
      <ActionAlert error={confirm.error} />
      {work.lines.every((l) => l.qty === 0) ? <p className="text-base text-slate-800">{t("store.work.lines.none")}</p> : null}
      {byCategory(work.lines).map(([category, lines]) => (
        <section key={category} aria-label={category} className="space-y-2">
          <h3 className="text-lg font-semibold text-slate-800">{category}</h3>
          <ul className="space-y-3">
            {lines.map((line) => (
              <li key={line.id}>
                <LineRow line={line} canPick={canPick} pending={confirm.pending} onConfirm={confirmLine} onShort={() => setShortLineId(line.id)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {shortLine ? (
        <ShortPickDialog
          work={work}
          line={shortLine}
          onClose={() => setShortLineId(null)}
          onDone={(result) => {
            setShortLineId(null);
            onShortPicked(result);
          }}
        />
      ) : null}
    </section>
  );
}

function shortReasonText(t: Translate, reason: string | null): string {
  const code = SHORT_REASON_CODES.find((c) => c === reason);
  return code ? t(`store.work.reasons.${code}`) : (reason ?? "");
}

function LineRow({ line, canPick, pending, onConfirm, onShort }: { line: WorkLine; canPick: boolean; pending: boolean; onConfirm: (line: WorkLine, qty: number) => void; onShort: () => void }) {
  const { t } = useI18n();
  const remaining = left(line);
  const done = line.qty > 0 && remaining === 0;
  return (
    <article aria-label={line.name} className={cn("rounded-lg border bg-white p-4", done ? "border-green-600" : "border-slate-300")}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-lg font-semibold text-slate-900">{line.name}</p>
          <p className="font-mono text-sm text-slate-700">
            {t("store.work.lines.sku", { sku: line.sku })}
            {line.barcode ? ` · ${t("store.work.lines.barcode", { barcode: line.barcode })}` : ""}
          </p>
          <p className="mt-1 text-base text-slate-900">
            <span className="text-2xl font-semibold tabular-nums">{line.pickedQty}</span> / <span className="tabular-nums">{line.qty}</span>{" "}
            <span className="sr-only">{t("store.work.lines.progress", { picked: line.pickedQty, qty: line.qty })}</span>
          </p>
          {line.shortQty > 0 ? (
            <p className="text-base text-amber-900">{t("store.work.lines.short", { qty: line.shortQty, reason: shortReasonText(t, line.shortReason) })}</p>
          ) : null}
          {line.handedOverQty > 0 ? <p className="text-base text-slate-800">{t("store.work.lines.collected", { qty: line.handedOverQty })}</p> : null}
        </div>
        {done ? (
          <span className="inline-flex items-center gap-1 rounded-full bg-green-50 px-3 py-1 text-base font-medium text-green-800 ring-1 ring-green-300 ring-inset">
            <span aria-hidden="true">✓</span> {t("store.work.lines.complete")}
          </span>
        ) : null}
      </div>
      {canPick && remaining > 0 ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <Button size="touch" className="min-w-36 text-lg" disabled={pending} onClick={() => onConfirm(line, 1)} aria-label={t("store.work.lines.confirmOneLabel", { name: line.name })}>
            {t("store.work.lines.confirmOne")}
          </Button>
          {remaining > 1 ? (
            <Button size="touch" className="text-lg" disabled={pending} onClick={() => onConfirm(line, remaining)} aria-label={t("store.work.lines.confirmAllLabel", { qty: remaining, name: line.name })}>
              {t("store.work.lines.confirmAll", { qty: remaining })}
            </Button>
          ) : null}
          <Button variant="secondary" size="touch" disabled={pending} onClick={onShort} aria-label={t("store.work.lines.shortPickLabel", { name: line.name })}>
            {t("store.work.lines.shortPick")}
          </Button>
        </div>
      ) : null}
    </article>
  );
}

const scanOnly = confirmPickSchema.pick({ scan: true });

function ScanField({ work, announce, ref }: { work: FulfillmentWork; announce: (text: string) => void; ref: React.Ref<ScanFieldHandle> }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const showPicked = useShowPicked(work.id);
  const action = useStoreAction(confirmPickAction);
  const form = useZodForm(scanOnly, { defaultValues: { scan: "" } });
  const input = useRef<HTMLInputElement | null>(null);
  // A hand scanner can send the next code before the last one is confirmed: codes wait their turn.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const { ref: registerRef, ...field } = form.register("scan");
  useImperativeHandle(ref, () => ({ focus: () => input.current?.focus() }), []);

  /** After a refusal the code stays (nothing typed is lost) but is selected, so the next scan replaces it. */
  function keepForNextScan() {
    requestAnimationFrame(() => input.current?.select());
  }

  function refuse(scan: string, message?: string) {
    if (!form.getValues("scan")) form.setValue("scan", scan);
    if (message) form.setError("scan", { type: "server", message });
    keepForNextScan();
  }

  async function confirmScan(scan: string) {
    // The latest state, including units confirmed by the scans just before this one.
    const current = queryClient.getQueryData<FulfillmentWork>(storeKeys.work(work.id)) ?? work;
    const { line, complete } = matchScan(current.lines, scan);
    if (!line) return refuse(scan, t(complete ? "store.work.scan.alreadyPicked" : "store.work.scan.noMatch", { code: scan.trim() }));
    const result = await action.run({ fulfillmentOrderId: current.id, expectedVersion: current.version, lineId: line.id, scan, qty: 1 }, { setError: form.setError, fields: ["scan"] });
    if (!result.ok) return refuse(scan);
    showPicked(line.id, 1);
    announce(t("store.work.done.picked", { qty: 1, name: line.name }));
  }

  function onScan({ scan }: { scan: string }) {
    // The field is free for the next scan at once; a refused code comes back into it.
    form.reset({ scan: "" });
    input.current?.focus();
    queue.current = queue.current.then(() => confirmScan(scan));
  }

  const error = form.formState.errors.scan?.message;
  return (
    <form noValidate onSubmit={(e) => void form.handleSubmit(onScan, keepForNextScan)(e)} className="rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
      <ActionAlert error={action.error} className="mb-3" />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field id="scan" label={t("store.work.scan.label")} hint={t("store.work.scan.hint")} error={error}>
            {(props) => (
              <input
                {...props}
                {...field}
                ref={(el) => {
                  registerRef(el);
                  input.current = el;
                }}
                // The scan field is where work starts: a hand scanner types into whatever has focus.
                autoFocus
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                enterKeyHint="done"
                className={inputClass(!!props["aria-invalid"], "min-h-12 font-mono text-lg")}
              />
            )}
          </Field>
        </div>
        <Button type="submit" size="touch">
          {t("store.work.scan.submit")}
        </Button>
      </div>
    </form>
  );
}

function ShortPickDialog({ work, line, onClose, onDone }: { work: FulfillmentWork; line: WorkLine; onClose: () => void; onDone: (result: { status: string; resourced?: Resourced }) => void }) {
  const { t } = useI18n();
  const max = left(line);
  const action = useStoreAction(shortPickAction);
  // The version the associate saw when opening the dialog: if the work changes meanwhile, a conflict.
  const form = useZodForm<typeof shortPickSchema, ShortPickInput>(shortPickSchema, {
    defaultValues: { fulfillmentOrderId: work.id, expectedVersion: work.version, lineId: line.id, qty: 1, reason: undefined },
  });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await action.run(values, { setError: form.setError, fields: ["qty", "reason"], version: { id: work.id, set: (v) => form.setValue("expectedVersion", v) } });
    if (result.ok) onDone(result.data);
  });
  const reasonError = errors.reason?.message;
  return (
    <Dialog open onClose={onClose} touch title={t("store.work.shortPick.title", { name: line.name })} description={t("store.work.shortPick.description")}>
      <form noValidate onSubmit={onSubmit} className="space-y-4">
        <ActionAlert error={action.error} />
        <Field id="short-qty" label={t("store.work.shortPick.qty")} hint={t("store.work.shortPick.qtyHint", { max })} error={errors.qty?.message}>
          {(props) => (
            <input
              {...props}
              {...form.register("qty", { setValueAs: optionalNumber })}
              type="number"
              inputMode="numeric"
              min={1}
              max={max}
              className={inputClass(!!props["aria-invalid"], "min-h-12 w-32 text-lg")}
            />
          )}
        </Field>
        <fieldset aria-describedby={reasonError ? "short-reason-error" : undefined}>
          <legend className="mb-2 text-sm font-medium text-slate-800">{t("store.work.shortPick.reason")}</legend>
          <div className="flex flex-wrap gap-3">
            {SHORT_PICK_REASONS.map((reason) => (
              <label key={reason} className="flex min-h-12 cursor-pointer items-center gap-3 rounded-md border border-slate-300 bg-white px-4 text-base has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                <input type="radio" value={reason} {...form.register("reason")} className="h-5 w-5" />
                {t(`store.work.reasons.${reason}`)}
              </label>
            ))}
          </div>
          {reasonError ? (
            <p id="short-reason-error" className="mt-1 text-sm text-red-700">
              {reasonError}
            </p>
          ) : null}
        </fieldset>
        <div className="flex flex-wrap justify-end gap-3 pt-2">
          <Button variant="secondary" size="touch" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" variant="danger" size="touch" disabled={action.pending}>
            {t("store.work.shortPick.submit")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
