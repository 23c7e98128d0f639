"use client";
// Receiving a mail return at a DC (chosen here when the return names none): per line, the units
// that came back and their condition; the returns router proposes where they go (restock, send to
// a DC, dispose) and the person may do otherwise with a reason. What is sent is validated with the
// command's schema.
import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";
import { proposeDispositionsAction, quoteReceiptAction, receiveReturnAction } from "@/app/(app)/returns/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { formatMoney, formatNumber } from "@/lib/i18n";
import {
  DISPOSITIONS,
  RETURN_CONDITIONS,
  receiveReturnSchema,
  type DispositionInput,
  type ProposedDisposition,
  type ReceiptQuote,
  type ReceiveReturnInput,
  type ReturnConditionInput,
} from "@/lib/returns/client";
import { ReturnErrorAlert } from "./action-error";
import { formFieldMessage } from "./errors";
import { useReturnAction } from "./use-return-action";

export interface ReceiveTarget {
  returnId: string;
  number: string;
  version: number;
  currency: string;
  /** The DCs it may be received at: one when the return names it, else every active DC. */
  nodes: Array<{ id: string; code: string; name: string }>;
  lines: Array<{ orderLineId: string; lineNo: number; sku: string; name: string; expectedQty: number }>;
}

interface LineForm {
  orderLineId: string;
  skip: boolean;
  qty: number;
  condition: ReturnConditionInput;
  override: boolean;
  disposition: DispositionInput | "";
  overrideReason: string;
}
interface ReceiveForm {
  nodeId: string;
  lines: LineForm[];
}

function sentLines(values: ReceiveForm): Array<{ index: number; line: LineForm }> {
  return values.lines.map((line, index) => ({ index, line })).filter(({ line }) => !line.skip);
}

function toInput(target: ReceiveTarget, values: ReceiveForm): ReceiveReturnInput {
  return {
    returnId: target.returnId,
    nodeId: values.nodeId,
    expectedVersion: target.version,
    lines: sentLines(values).map(({ line }) => ({
      orderLineId: line.orderLineId,
      qty: line.qty,
      condition: line.condition,
      ...(line.override && line.disposition ? { disposition: line.disposition, overrideReason: line.overrideReason.trim() } : {}),
    })),
  };
}

type LineErrors = Array<Partial<Record<keyof LineForm, { type?: string; message?: string }>>>;

/** Validates what will be sent with receiveReturnSchema and puts each `lines.i` problem on the form's line it came from. */
function receiveResolver(target: ReceiveTarget): Resolver<ReceiveForm> {
  return async (values, context, options) => {
    const input = toInput(target, values);
    const sent = sentLines(values);
    const result = await zodResolver(receiveReturnSchema)(input, context, options as never);
    const fromSchema = (result.errors as { lines?: LineErrors & { message?: string; type?: string; root?: { message?: string } } }).lines;
    const lines: LineErrors = [];
    sent.forEach(({ index, line }, i) => {
      const e = { ...(fromSchema?.[i] ?? {}) };
      // A different disposition needs its reason and a choice (the schema leaves both optional).
      if (line.override && !line.disposition) e.disposition = { type: "local", message: "" };
      if (line.override && !line.overrideReason.trim()) e.overrideReason = { type: "local", message: "" };
      if (Object.keys(e).length) lines[index] = e;
    });
    const none = !sent.length || Boolean(fromSchema?.message || fromSchema?.root?.message);
    const nodeError = (result.errors as { nodeId?: { type: string; message?: string } }).nodeId;
    if (!lines.length && !none && !nodeError && !Object.keys(result.errors).some((k) => k !== "lines")) return { values, errors: {} };
    const errors: FieldErrors<ReceiveForm> = {};
    if (nodeError) errors.nodeId = nodeError;
    const arr = lines as unknown as FieldErrors<ReceiveForm>["lines"] & { root?: unknown };
    if (none) (arr as { root?: unknown }).root = { type: "too_small", message: "Receive at least one line." };
    errors.lines = arr;
    return { values: {}, errors };
  };
}

function useProposals(nodeId: string, lines: LineForm[]) {
  const asked = lines.filter((l) => !l.skip && Number.isInteger(l.qty) && l.qty >= 1).map((l) => ({ orderLineId: l.orderLineId, qty: l.qty, condition: l.condition }));
  return useQuery({
    queryKey: ["returns", "proposals", nodeId, asked],
    enabled: Boolean(nodeId) && asked.length > 0,
    staleTime: 30_000,
    queryFn: async (): Promise<ProposedDisposition[]> => {
      const result = await proposeDispositionsAction({ nodeId, lines: asked });
      if (!result.ok) throw new Error(result.error.code);
      return result.data;
    },
  });
}

/** What receiving the units as entered would refund, asked from the server as the form changes. */
function useQuote(returnId: string, lines: LineForm[]) {
  const asked = lines.filter((l) => !l.skip && Number.isInteger(l.qty) && l.qty >= 1).map((l) => ({ orderLineId: l.orderLineId, qty: l.qty, condition: l.condition }));
  return useQuery({
    queryKey: ["returns", "receipt-quote", returnId, asked],
    enabled: asked.length > 0,
    staleTime: 30_000,
    queryFn: async (): Promise<ReceiptQuote> => {
      const result = await quoteReceiptAction({ returnId, lines: asked });
      if (!result.ok) throw new Error(result.error.code);
      return result.data;
    },
  });
}

export function ReceiveDialog({ target, onClose, onDone }: { target: ReceiveTarget; onClose: () => void; onDone: (message: string) => void }) {
  const { t, locale } = useI18n();
  const action = useReturnAction(receiveReturnAction, { onSuccess: (r) => onDone(t("returns.receive.done", { number: r.number })) });
  const form = useForm<ReceiveForm>({
    resolver: receiveResolver(target),
    defaultValues: { nodeId: target.nodes.length === 1 ? target.nodes[0].id : "", lines: target.lines.map((l) => ({ orderLineId: l.orderLineId, skip: false, qty: l.expectedQty, condition: "RESELLABLE", override: false, disposition: "", overrideReason: "" })) },
  });
  const lines = useWatch({ control: form.control, name: "lines" });
  const nodeId = useWatch({ control: form.control, name: "nodeId" });
  const proposals = useProposals(nodeId, lines);
  const quote = useQuote(target.returnId, lines);
  const node = target.nodes.find((n) => n.id === nodeId);
  const errors = form.formState.errors;
  const units = lines.filter((l) => !l.skip).reduce((s, l) => s + (Number.isInteger(l.qty) && l.qty > 0 ? l.qty : 0), 0);

  const onSubmit = form.handleSubmit(async (values) => {
    const sent = sentLines(values);
    await action.run(toInput(target, values), {
      setError: form.setError,
      mapPath: (path) => {
        if (path === "nodeId") return target.nodes.length > 1 ? "nodeId" : null;
        const m = path.match(/^lines\.(\d+)\.(qty|orderLineId|condition|disposition|overrideReason)$/);
        const at = m ? sent[Number(m[1])] : undefined;
        if (!m || !at) return null;
        const field = m[2] === "orderLineId" ? "qty" : m[2] === "disposition" || m[2] === "overrideReason" ? (at.line.override ? m[2] : "condition") : m[2];
        return `lines.${at.index}.${field}`;
      },
    });
  });

  return (
    <Dialog open onClose={onClose} wide title={node && target.nodes.length === 1 ? t("returns.receive.title", { number: target.number, node: `${node.name} (${node.code})` }) : t("returns.receive.titleNoNode", { number: target.number })} description={t("returns.receive.description")}>
      <form noValidate onSubmit={onSubmit} className="space-y-4">
        <ReturnErrorAlert error={action.error} />
        {target.nodes.length > 1 ? (
          <Field id="receive-node" label={t("returns.receive.node")} error={errors.nodeId ? (errors.nodeId.type === "server" ? errors.nodeId.message : t("returns.validation.required")) : undefined}>
            {(props) => (
              <select {...props} {...form.register("nodeId")} data-autofocus className={inputClass(!!props["aria-invalid"], "sm:w-96")}>
                <option value="">{t("returns.receive.chooseNode")}</option>
                {target.nodes.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.name} ({n.code})
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {errors.lines?.root ? (
          <p role="alert" className="text-sm text-red-700">
            {t("returns.validation.receiveLine")}
          </p>
        ) : null}
        {target.lines.map((l, i) => {
          const value = lines[i];
          const e = errors.lines?.[i];
          const proposal = proposals.data?.find((p) => p.orderLineId === l.orderLineId);
          const id = `receive-${i}`;
          return (
            <fieldset key={l.orderLineId} className="rounded-md border border-slate-200 p-3">
              <legend className="px-1 text-sm font-semibold text-slate-900">{t("returns.receive.line", { lineNo: l.lineNo, sku: l.sku, name: l.name })}</legend>
              <p className="mb-2 text-xs text-slate-600">{t("returns.receive.expected", { qty: formatNumber(l.expectedQty, locale) })}</p>
              <label className="mb-2 flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" {...form.register(`lines.${i}.skip`)} className="h-4 w-4" />
                {t("returns.receive.skip")}
              </label>
              {value?.skip ? null : (
                <>
                  <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
                    <Field id={`${id}-qty`} label={t("returns.receive.qty")} error={formFieldMessage(t, e?.qty, "returns.validation.atLeastOne")}>
                      {(props) => <input {...props} {...form.register(`lines.${i}.qty`, { valueAsNumber: true })} type="number" min={1} max={l.expectedQty} inputMode="numeric" className={inputClass(!!props["aria-invalid"])} />}
                    </Field>
                    <Field id={`${id}-condition`} label={t("returns.receive.condition")} error={formFieldMessage(t, e?.condition)}>
                      {(props) => (
                        <select {...props} {...form.register(`lines.${i}.condition`)} className={inputClass(!!props["aria-invalid"])}>
                          {RETURN_CONDITIONS.map((c) => (
                            <option key={c} value={c}>
                              {t(`returns.condition.${c}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                  </div>
                  <div className="mt-3 rounded-md bg-slate-50 p-2 text-sm" aria-live="polite">
                    <span className="font-medium text-slate-800">{t("returns.receive.proposal")}: </span>
                    {proposal ? (
                      <span className="text-slate-900">
                        {t("returns.receive.proposalText", { disposition: t(`returns.disposition.${proposal.disposition}`), node: `${proposal.node.name} (${proposal.node.code})` })}
                        {proposal.reason in REASON_KEYS ? <span className="text-slate-600"> · {t(REASON_KEYS[proposal.reason as keyof typeof REASON_KEYS])}</span> : null}
                      </span>
                    ) : !nodeId ? (
                      <span className="text-slate-600">{t("returns.receive.proposalNeedsNode")}</span>
                    ) : proposals.isError ? (
                      <span className="text-amber-900">{t("returns.receive.proposalError")}</span>
                    ) : (
                      <span className="text-slate-600">{t("returns.receive.proposalLoading")}</span>
                    )}
                  </div>
                  <label className="mt-2 flex items-center gap-2 text-sm text-slate-800">
                    <input type="checkbox" {...form.register(`lines.${i}.override`)} className="h-4 w-4" />
                    {t("returns.receive.override")}
                  </label>
                  {value?.override ? (
                    <div className="mt-2 grid gap-3 sm:grid-cols-[12rem_1fr]">
                      <Field id={`${id}-disposition`} label={t("returns.receive.disposition")} error={e?.disposition ? t("returns.validation.required") : undefined}>
                        {(props) => (
                          <select {...props} {...form.register(`lines.${i}.disposition`)} className={inputClass(!!props["aria-invalid"])}>
                            <option value="">{t("returns.receive.chooseDisposition")}</option>
                            {DISPOSITIONS.map((d) => (
                              <option key={d} value={d}>
                                {t(`returns.disposition.${d}`)}
                              </option>
                            ))}
                          </select>
                        )}
                      </Field>
                      <Field
                        id={`${id}-override-reason`}
                        label={t("returns.receive.overrideReason")}
                        error={e?.overrideReason ? (e.overrideReason.type === "server" ? e.overrideReason.message : t("returns.validation.overrideReason")) : undefined}
                      >
                        {(props) => <input {...props} {...form.register(`lines.${i}.overrideReason`)} maxLength={500} className={inputClass(!!props["aria-invalid"])} />}
                      </Field>
                    </div>
                  ) : null}
                </>
              )}
            </fieldset>
          );
        })}
        {quote.data ? (
          <p className="text-sm text-slate-800" aria-live="polite">
            {t("returns.receive.quote", { amount: formatMoney(quote.data.refundMinor, target.currency, locale) })}
            {quote.data.restockingFeeMinor || quote.data.returnShippingMinor ? (
              <span className="block text-xs text-slate-600">
                {t("returns.receive.quoteFees", { amount: formatMoney(quote.data.restockingFeeMinor + quote.data.returnShippingMinor, target.currency, locale) })}
              </span>
            ) : null}
          </p>
        ) : null}
        <div className="mt-5 flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("returns.cancel")}
          </Button>
          <Button type="submit" disabled={action.pending}>
            {action.pending ? t("returns.saving") : units === 1 ? t("returns.receive.submitOne") : t("returns.receive.submit", { count: formatNumber(units, locale) })}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

const REASON_KEYS = {
  BELOW_TARGET: "returns.receive.reasonCodes.BELOW_TARGET",
  AT_OR_ABOVE_TARGET: "returns.receive.reasonCodes.AT_OR_ABOVE_TARGET",
  NOT_CARRIED: "returns.receive.reasonCodes.NOT_CARRIED",
  DAMAGED: "returns.receive.reasonCodes.DAMAGED",
  MAIL_RETURN: "returns.receive.reasonCodes.MAIL_RETURN",
  WRONG_ITEM: "returns.receive.reasonCodes.WRONG_ITEM",
} as const;
