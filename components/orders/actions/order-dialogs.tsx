"use client";
// The order-level changes: shipping address, a new line, cancelling the order, a note. Each is a
// form validated by its command's schema (the one the server action parses), sends the version
// the agent sees and keeps the input when the server says no.
import { useState } from "react";
import { useWatch, type FieldError, type UseFormRegisterReturn } from "react-hook-form";
import { addLineAction, addNoteAction, cancelOrderAction, changeAddressAction } from "@/app/(app)/orders/[number]/actions";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { formatMoney } from "@/lib/i18n/client";
import type { ProductMatch } from "@/lib/catalog/client";
import { addLineSchema, addNoteSchema, cancelOrderSchema, changeAddressSchema } from "@/lib/orders/client";
import { AddressFields } from "../new-order/address-fields";
import { EMPTY_ADDRESS, type AddressValues } from "../new-order/customer";
import { LineDelivery, StoreSelect, type PickupStore } from "../new-order/line-delivery";
import { ProductSearch } from "../new-order/product-search";
import { useDeliveryOptions } from "../new-order/queries";
import { ActionDialog } from "./action-dialog";
import { ActionErrorAlert } from "./action-error";
import { useOrderActions } from "./order-actions-context";
import { shownAt, useOrderAction } from "./use-order-action";

export interface DialogProps {
  open: boolean;
  onClose: () => void;
}

/**
 * The dialog's two buttons, each saying what it does: `submit` names the change ("Cancel 2 units"),
 * `dismiss` what closing leaves as it is ("Keep the line"); by default it closes without saving.
 */
export function DialogActions({ pending, submit, dismiss, onClose, danger }: { pending: boolean; submit: string; dismiss?: string; onClose: () => void; danger?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="mt-5 flex justify-end gap-2">
      <Button variant="secondary" onClick={onClose}>
        {dismiss ?? t("orders.actions.dismiss")}
      </Button>
      <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending}>
        {pending ? t("orders.actions.saving") : submit}
      </Button>
    </div>
  );
}

export function ReasonField({ id, registration, error, required, label }: { id: string; registration: UseFormRegisterReturn; error?: string; required?: boolean; label?: string }) {
  const { t } = useI18n();
  return (
    <Field id={id} label={label ?? (required ? t("orders.actions.reason") : t("orders.actions.reasonOptional"))} error={error}>
      {(props) => <textarea {...props} {...registration} rows={2} maxLength={500} className={inputClass(!!props["aria-invalid"])} aria-required={required || undefined} />}
    </Field>
  );
}

const ADDRESS_KEYS = ["name", "line1", "line2", "city", "postalCode", "country"] as const;

export function ChangeAddressDialog({ open, onClose }: DialogProps) {
  const { t } = useI18n();
  const { orderId, version, shippingAddress } = useOrderActions();
  const form = useZodForm<typeof changeAddressSchema>(changeAddressSchema, { defaultValues: { orderId, expectedVersion: version, address: shippingAddress ?? EMPTY_ADDRESS, reason: "" } });
  const errors = form.formState.errors;
  const address = useWatch({ control: form.control, name: "address" }) as AddressValues;
  const action = useOrderAction(changeAddressAction, { success: t("orders.actions.done.address"), onSuccess: () => onClose() });
  const onSubmit = form.handleSubmit(({ address: { name, line2, ...rest }, reason, ...data }) =>
    action.run(
      { ...data, expectedVersion: version, address: { ...rest, ...(name ? { name } : {}), ...(line2 ? { line2 } : {}) }, ...(reason ? { reason } : {}) },
      { setError: form.setError, place: shownAt(...ADDRESS_KEYS.map((k) => `address.${k}`), "reason") },
    ),
  );
  const addressErrors = Object.fromEntries(ADDRESS_KEYS.map((k) => [`address.${k}`, (errors.address?.[k] as FieldError | undefined)?.message]));
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.changeAddress.title")} description={t("orders.actions.changeAddress.description")} wide>
      <form noValidate onSubmit={onSubmit}>
        <ActionErrorAlert error={action.error} />
        <AddressFields
          idPrefix="change-address"
          value={address}
          onChange={(next) => form.setValue("address", next, { shouldValidate: form.formState.isSubmitted })}
          errors={addressErrors}
          errorPrefix="address"
        />
        <div className="mt-3">
          <ReasonField id="change-address-reason" registration={form.register("reason")} error={errors.reason?.message} />
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
  // A store the agent names to see its pickup option too; the choice itself is the form's.
  const [extraStore, setExtraStore] = useState("");
  const form = useZodForm<typeof addLineSchema>(addLineSchema, { defaultValues: { orderId, expectedVersion: version, line: { sku: "", qty: 1 } } });
  const errors = form.formState.errors.line;
  const [qty, mode, pickupStore] = useWatch({ control: form.control, name: ["line.qty", "line.mode", "line.pickupStore"] });
  const qtyNumber = typeof qty === "number" && Number.isInteger(qty) && qty >= 1 ? qty : null;
  const options = useDeliveryOptions(product && qtyNumber ? [{ sku: product.sku, qty: qtyNumber }] : [], shippingAddress, extraStore || undefined);
  const action = useOrderAction(addLineAction, { success: t("orders.actions.done.lineAdded"), onSuccess: () => onClose() });
  const again = () => ({ shouldValidate: form.formState.isSubmitted });
  const choose = (p: ProductMatch | null) => {
    setProduct(p);
    form.setValue("line.sku", p?.sku ?? "", again());
    form.setValue("line.mode", undefined as never);
    form.setValue("line.pickupStore", undefined);
  };
  const onSubmit = form.handleSubmit((data) =>
    action.run(
      { ...data, expectedVersion: version, line: { ...data.line, pickupStore: data.line.pickupStore || undefined } },
      { setError: form.setError, place: shownAt("line.sku", "line.qty", "line.mode", "line.pickupStore") },
    ),
  );
  const productError = errors?.sku?.message ? (
    <p id="add-line-product-error" className="mt-1 text-sm text-red-700">
      {t("orders.actions.addLine.productError", { error: errors.sku.message })}
    </p>
  ) : null;
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.addLine.title")} description={t("orders.actions.addLine.description")} wide>
      <form noValidate onSubmit={onSubmit}>
        <ActionErrorAlert error={action.error} />
        {product ? (
          <div className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 p-3">
              <p>
                <span className="font-medium">{product.name}</span> <span className="font-mono text-xs">{product.sku}</span> · {formatMoney(product.priceMinor, product.currency, locale)}
              </p>
              <Button variant="secondary" size="sm" onClick={() => choose(null)}>
                {t("orders.actions.addLine.otherProduct")}
              </Button>
            </div>
            {productError}
            <Field id="add-line-qty" label={t("orders.newOrder.lines.qty")} error={errors?.qty?.message}>
              {(props) => <input {...props} {...form.register("line.qty", { valueAsNumber: true })} type="number" min={1} max={999} inputMode="numeric" className={inputClass(!!props["aria-invalid"], "w-28")} />}
            </Field>
            <StoreSelect id="add-line-store" stores={pickupStores} value={extraStore} onChange={setExtraStore} />
            <LineDelivery
              name="add-line-option"
              legend={t("orders.newOrder.lines.delivery")}
              availability={options.bySku.get(product.sku)}
              requested={qtyNumber ?? 1}
              value={mode ? { mode, ...(pickupStore ? { pickupStore } : {}) } : null}
              onChange={(choice) => {
                form.setValue("line.pickupStore", choice.pickupStore, again());
                form.setValue("line.mode", choice.mode, again());
              }}
              error={errors?.mode?.message ?? errors?.pickupStore?.message}
              state={{ ...options, hasExtraStore: !!extraStore }}
            />
          </div>
        ) : (
          <>
            <ProductSearch idPrefix="add-line-search" address={shippingAddress} onAdd={choose} addLabel={(p) => t("orders.actions.addLine.choose", { name: p.name })} />
            {productError}
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
  const form = useZodForm<typeof cancelOrderSchema>(cancelOrderSchema, { defaultValues: { orderId, expectedVersion: version, reason: "" } });
  const action = useOrderAction(cancelOrderAction, { success: t("orders.actions.done.orderCancelled"), onSuccess: () => onClose() });
  const onSubmit = form.handleSubmit((data) => action.run({ ...data, expectedVersion: version }, { setError: form.setError, place: shownAt("reason") }));
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.cancelOrder.title", { number })} description={t("orders.actions.cancelOrder.description")}>
      <form noValidate onSubmit={onSubmit}>
        <ActionErrorAlert error={action.error} />
        <ReasonField id="cancel-order-reason" registration={form.register("reason")} error={form.formState.errors.reason?.message} required />
        <DialogActions pending={action.pending} submit={t("orders.actions.cancelOrder.submit")} dismiss={t("orders.actions.cancelOrder.keep")} onClose={onClose} danger />
      </form>
    </ActionDialog>
  );
}

export function AddNoteDialog({ open, onClose }: DialogProps) {
  const { t } = useI18n();
  const { orderId } = useOrderActions();
  const form = useZodForm<typeof addNoteSchema>(addNoteSchema, { defaultValues: { orderId, body: "" } });
  const action = useOrderAction(addNoteAction, { success: t("orders.actions.done.note"), onSuccess: () => (form.reset(), onClose()) });
  const onSubmit = form.handleSubmit((data) => action.run(data, { setError: form.setError, place: shownAt("body") }));
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.addNote.title")}>
      <form noValidate onSubmit={onSubmit}>
        <ActionErrorAlert error={action.error} />
        <Field id="add-note-body" label={t("orders.actions.addNote.body")} error={form.formState.errors.body?.message}>
          {(props) => <textarea {...props} {...form.register("body")} rows={4} maxLength={2000} className={inputClass(!!props["aria-invalid"])} />}
        </Field>
        <DialogActions pending={action.pending} submit={t("orders.actions.addNote.submit")} onClose={onClose} />
      </form>
    </ActionDialog>
  );
}
