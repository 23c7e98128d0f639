"use client";
// Receiving a mail return at a DC (chosen here when the return names none): per line, the units
// that came back and their condition; the returns router proposes where they go (restock, send to
// a DC, dispose) and the person may do otherwise with a reason. What is sent is validated with the
// command's schema.
import { useQuery } from "@tanstack/react-query";
import { useForm, useWatch } from "react-hook-form";
import { proposeDispositionsAction, quoteReceiptAction, receiveReturnAction } from "@/app/(app)/returns/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { formatMoney, formatNumber } from "@/lib/i18n/client";
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
import { commandResolver } from "./command-resolver";
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

/**
 * What the action is sent for these values. A line the person overrides carries its disposition
 * and reason as typed, even when empty, so the schema says what is missing.
 */
function toInput(target: ReceiveTarget, values: ReceiveForm): ReceiveReturnInput {
  return {
    returnId: target.returnId,
    nodeId: values.nodeId,
    expectedVersion: target.version,
    lines: sentLines(values).map(({ line }) => ({
      orderLineId: line.orderLineId,
      qty: line.qty,
      condition: line.condition,
      ...(line.override ? { disposition: line.disposition as DispositionInput, overrideReason: line.overrideReason } : {}),
    })),
  };
}

/** Where a problem of the input shows on the form: `lines.i` are the lines not skipped, in order. */
function placeOf(target: ReceiveTarget, values: ReceiveForm): (path: string) => string | null {
  const sent = sentLines(values);
  return (path) => {
    if (path === "nodeId") return target.nodes.length > 1 ? "nodeId" : null;
    if (path === "lines") return "lines.root";
    const m = path.match(/^lines\.(\d+)\.(qty|orderLineId|condition|disposition|overrideReason)$/);
    const at = m ? sent[Number(m[1])] : undefined;
    if (!m || !at) return null;
    const field = m[2] === "orderLineId" ? "qty" : m[2] === "disposition" || m[2] === "overrideReason" ? (at.line.override ? m[2] : "condition") : m[2];
    return `lines.${at.index}.${field}`;
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
    resolver: commandResolver(receiveReturnSchema, locale, (values) => ({ input: toInput(target, values), place: placeOf(target, values) })),
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
    await action.run(toInput(target, values), { setError: form.setError, mapPath: placeOf(target, values) });
  });

  return (
    <Dialog open onClose={onClose} wide title={node && target.nodes.length === 1 ? t("returns.receive.title", { number: target.number, node: `${node.name} (${node.code})` }) : t("returns.receive.titleNoNode", { number: target.number })} description={t("returns.receive.description")}>
      <form noValidate onSubmit={onSubmit} className="space-y-4">
        <ReturnErrorAlert error={action.error} />
        {target.nodes.length > 1 ? (
          <Field id="receive-node" label={t("returns.receive.node")} error={errors.nodeId?.message}>
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
        {errors.lines?.root?.message || errors.root?.message ? (
          <p role="alert" className="text-sm text-red-700">
            {errors.lines?.root?.message ?? errors.root?.message}
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
                    <Field id={`${id}-qty`} label={t("returns.receive.qty")} error={e?.qty?.message}>
                      {(props) => <input {...props} {...form.register(`lines.${i}.qty`, { valueAsNumber: true })} type="number" min={1} max={l.expectedQty} inputMode="numeric" className={inputClass(!!props["aria-invalid"])} />}
                    </Field>
                    <Field id={`${id}-condition`} label={t("returns.receive.condition")} error={e?.condition?.message}>
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
                      <Field id={`${id}-disposition`} label={t("returns.receive.disposition")} error={e?.disposition?.message}>
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
                        error={e?.overrideReason?.message}
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
