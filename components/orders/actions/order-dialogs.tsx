"use client";
// The order-level changes: shipping address, a new line, cancelling the order, a note. Each is a
// dialog that sends the version the agent saw and keeps the input when the server says no.
import { useState } from "react";
import { addLineAction, addNoteAction, cancelOrderAction, changeAddressAction } from "@/app/(app)/orders/[number]/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { formatMoney } from "@/lib/i18n";
import type { ProductMatch } from "@/lib/catalog";
import { AddressFields, addressInput, checkAddress } from "../new-order/address-fields";
import { EMPTY_ADDRESS, type AddressValues } from "../new-order/customer";
import type { LineChoice } from "../new-order/delivery-option-picker";
import { LineDelivery, StoreSelect, type PickupStore } from "../new-order/line-delivery";
import { ProductSearch } from "../new-order/product-search";
import { useDeliveryOptions } from "../new-order/queries";
import { ActionDialog } from "./action-dialog";
import { ActionErrorAlert } from "./action-error";
import { useOrderActions } from "./order-actions-context";
import { useOrderAction } from "./use-order-action";

export interface DialogProps {
  open: boolean;
  onClose: () => void;
}

export function DialogActions({ pending, submit, onClose, danger }: { pending: boolean; submit: string; onClose: () => void; danger?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="mt-5 flex justify-end gap-2">
      <Button variant="secondary" onClick={onClose}>
        {t("orders.actions.cancelButton")}
      </Button>
      <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending}>
        {pending ? t("orders.actions.saving") : submit}
      </Button>
    </div>
  );
}

export function ReasonField({ id, value, onChange, error, required, label }: { id: string; value: string; onChange: (v: string) => void; error?: string; required?: boolean; label?: string }) {
  const { t } = useI18n();
  return (
    <Field id={id} label={label ?? (required ? t("orders.actions.reason") : t("orders.actions.reasonOptional"))} error={error}>
      {(props) => <textarea {...props} rows={2} maxLength={500} className={inputClass(!!props["aria-invalid"])} value={value} onChange={(e) => onChange(e.target.value)} required={required} />}
    </Field>
  );
}

export function ChangeAddressDialog({ open, onClose }: DialogProps) {
  const { t } = useI18n();
  const { orderId, version, shippingAddress } = useOrderActions();
  const [address, setAddress] = useState<AddressValues>(shippingAddress ?? EMPTY_ADDRESS);
  const [reason, setReason] = useState("");
  const [local, setLocal] = useState<Record<string, string>>({});
  const action = useOrderAction(changeAddressAction, { success: t("orders.actions.done.address"), onSuccess: () => onClose() });
  const errors = { ...action.error?.fields, ...local };
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.changeAddress.title")} description={t("orders.actions.changeAddress.description")} wide>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const problems = checkAddress(address, "address", t);
          setLocal(problems);
          if (Object.keys(problems).length) return;
          void action.run({ orderId, expectedVersion: version, address: addressInput(address), ...(reason.trim() ? { reason: reason.trim() } : {}) });
        }}
      >
        <ActionErrorAlert error={action.error} shownFields={["address.name", "address.line1", "address.line2", "address.city", "address.postalCode", "address.country", "reason"]} />
        <AddressFields idPrefix="change-address" value={address} onChange={(a) => (setAddress(a), setLocal({}))} errors={errors} errorPrefix="address" />
        <div className="mt-3">
          <ReasonField id="change-address-reason" value={reason} onChange={setReason} error={errors.reason} />
        </div>
        <DialogActions pending={action.pending} submit={t("orders.actions.changeAddress.submit")} onClose={onClose} />
      </form>
    </ActionDialog>
  );
}

export function AddLineDialog({ open, onClose, pickupStores }: DialogProps & { pickupStores: PickupStore[] }) {
  const { t, locale } = useI18n();
  const { orderId, version, shippingAddress } = useOrderActions();
  const [product, setProduct] = useState<ProductMatch | null>(null);
  const [qty, setQty] = useState("1");
  const [choice, setChoice] = useState<LineChoice | null>(null);
  const [extraStore, setExtraStore] = useState("");
  const [local, setLocal] = useState<Record<string, string>>({});
  const qtyNumber = Number(qty);
  const options = useDeliveryOptions(product && Number.isInteger(qtyNumber) && qtyNumber >= 1 ? [{ sku: product.sku, qty: qtyNumber }] : [], shippingAddress, extraStore || undefined);
  const action = useOrderAction(addLineAction, { success: t("orders.actions.done.lineAdded"), onSuccess: () => onClose() });
  const errors = { ...action.error?.fields, ...local };
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.addLine.title")} description={t("orders.actions.addLine.description")} wide>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const problems: Record<string, string> = {};
          if (!product) problems["line.sku"] = t("orders.actions.addLine.chooseProduct");
          if (!Number.isInteger(qtyNumber) || qtyNumber < 1 || qtyNumber > 999) problems["line.qty"] = t("orders.newOrder.errors.qty");
          if (!choice) problems["line.mode"] = t("orders.newOrder.errors.chooseOption");
          setLocal(problems);
          if (Object.keys(problems).length || !product || !choice) return;
          void action.run({ orderId, expectedVersion: version, line: { sku: product.sku, qty: qtyNumber, mode: choice.mode, ...(choice.pickupStore ? { pickupStore: choice.pickupStore } : {}) } });
        }}
      >
        <ActionErrorAlert error={action.error} shownFields={["line.sku", "line.qty", "line.mode", "line.pickupStore"]} />
        {product ? (
          <div className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 p-3">
              <p>
                <span className="font-medium">{product.name}</span> <span className="font-mono text-xs">{product.sku}</span> · {formatMoney(product.priceMinor, product.currency, locale)}
              </p>
              <Button variant="secondary" size="sm" onClick={() => (setProduct(null), setChoice(null))}>
                {t("orders.actions.addLine.otherProduct")}
              </Button>
            </div>
            {errors["line.sku"] ? <p className="text-sm text-red-700">{errors["line.sku"]}</p> : null}
            <Field id="add-line-qty" label={t("orders.newOrder.lines.qty")} error={errors["line.qty"]}>
              {(props) => <input {...props} type="number" min={1} max={999} inputMode="numeric" className={inputClass(!!props["aria-invalid"], "w-28")} value={qty} onChange={(e) => setQty(e.target.value)} />}
            </Field>
            <StoreSelect id="add-line-store" stores={pickupStores} value={extraStore} onChange={setExtraStore} />
            <LineDelivery
              name="add-line-option"
              legend={t("orders.newOrder.lines.delivery")}
              availability={options.bySku.get(product.sku)}
              requested={qtyNumber || 1}
              value={choice}
              onChange={setChoice}
              error={errors["line.mode"] ?? errors["line.pickupStore"]}
              state={{ ...options, hasExtraStore: !!extraStore }}
            />
          </div>
        ) : (
          <>
            <ProductSearch idPrefix="add-line-search" address={shippingAddress} onAdd={(p) => (setProduct(p), setLocal({}))} addLabel={(p) => t("orders.actions.addLine.choose", { name: p.name })} />
            {errors["line.sku"] ? <p className="mt-1 text-sm text-red-700">{errors["line.sku"]}</p> : null}
          </>
        )}
        <DialogActions pending={action.pending} submit={t("orders.actions.addLine.submit")} onClose={onClose} />
      </form>
    </ActionDialog>
  );
}

export function CancelOrderDialog({ open, onClose }: DialogProps) {
  const { t } = useI18n();
  const { orderId, version, number } = useOrderActions();
  const [reason, setReason] = useState("");
  const [local, setLocal] = useState<string | undefined>();
  const action = useOrderAction(cancelOrderAction, { success: t("orders.actions.done.orderCancelled"), onSuccess: () => onClose() });
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.cancelOrder.title", { number })} description={t("orders.actions.cancelOrder.description")}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!reason.trim()) return setLocal(t("orders.actions.errors.reasonRequired"));
          setLocal(undefined);
          void action.run({ orderId, expectedVersion: version, reason: reason.trim() });
        }}
      >
        <ActionErrorAlert error={action.error} shownFields={["reason"]} />
        <ReasonField id="cancel-order-reason" value={reason} onChange={setReason} error={local ?? action.error?.fields?.reason} required />
        <DialogActions pending={action.pending} submit={t("orders.actions.cancelOrder.submit")} onClose={onClose} danger />
      </form>
    </ActionDialog>
  );
}

export function AddNoteDialog({ open, onClose }: DialogProps) {
  const { t } = useI18n();
  const { orderId } = useOrderActions();
  const [body, setBody] = useState("");
  const [local, setLocal] = useState<string | undefined>();
  const action = useOrderAction(addNoteAction, { success: t("orders.actions.done.note"), onSuccess: () => (setBody(""), onClose()) });
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.addNote.title")}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!body.trim()) return setLocal(t("orders.actions.errors.noteRequired"));
          setLocal(undefined);
          void action.run({ orderId, body: body.trim() });
        }}
      >
        <ActionErrorAlert error={action.error} shownFields={["body"]} />
        <Field id="add-note-body" label={t("orders.actions.addNote.body")} error={local ?? action.error?.fields?.body}>
          {(props) => <textarea {...props} rows={4} maxLength={2000} className={inputClass(!!props["aria-invalid"])} value={body} onChange={(e) => setBody(e.target.value)} />}
        </Field>
        <DialogActions pending={action.pending} submit={t("orders.actions.addNote.submit")} onClose={onClose} />
      </form>
    </ActionDialog>
  );
}
