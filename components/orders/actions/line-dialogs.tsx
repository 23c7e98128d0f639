"use client";
// The per-line changes: quantity, delivery method or pickup store, cancelling units; and releasing
// a hold. Each is a form validated by its command's schema (the one the server action parses),
// sends the version the agent sees and keeps the input when refused.
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { cancelLineAction, changeDeliveryMethodAction, changeQuantityAction, releaseHoldAction } from "@/app/(app)/orders/[number]/actions";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Field, inputClass } from "@/components/ui/field";
import { cancelLineSchema, changeDeliveryMethodSchema, changeQuantitySchema, releaseHoldSchema } from "@/lib/orders/client";
import { LineDelivery, StoreSelect, type PickupStore } from "../new-order/line-delivery";
import { useDeliveryOptions } from "../new-order/queries";
import { ActionDialog } from "./action-dialog";
import { ActionErrorAlert } from "./action-error";
import { cancelUnitsLabel } from "./dialog-labels";
import { DialogActions, ReasonField, type DialogProps } from "./order-dialogs";
import { useOrderActions } from "./order-actions-context";
import { shownAt, useOrderAction } from "./use-order-action";

export interface ActionLine {
  id: string;
  lineNo: number;
  sku: string;
  name: string;
  openQty: number;
  deliveryMode: "SHIP" | "PICKUP";
  pickupStore: string | null;
}

/** An optional text the agent left empty is not sent. */
const optional = (text: string | undefined) => (text ? text : undefined);

export function ChangeQuantityDialog({ open, onClose, line }: DialogProps & { line: ActionLine }) {
  const { t } = useI18n();
  const { orderId, version } = useOrderActions();
  const form = useZodForm<typeof changeQuantitySchema>(changeQuantitySchema, { defaultValues: { orderId, lineId: line.id, expectedVersion: version, qty: line.openQty, reason: "" } });
  const errors = form.formState.errors;
  const action = useOrderAction(changeQuantityAction, { success: t("orders.actions.done.quantity", { line: line.lineNo }), onSuccess: () => onClose() });
  const onSubmit = form.handleSubmit((data) =>
    action.run({ ...data, expectedVersion: version, reason: optional(data.reason) }, { setError: form.setError, place: shownAt("qty", "reason") }),
  );
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.changeQuantity.title", { line: line.lineNo })} description={`${line.name} (${line.sku})`}>
      <form noValidate onSubmit={onSubmit}>
        <ActionErrorAlert error={action.error} />
        <Field id="change-qty" label={t("orders.actions.changeQuantity.qty")} hint={t("orders.actions.changeQuantity.hint", { qty: line.openQty })} error={errors.qty?.message}>
          {(props) => <input {...props} {...form.register("qty", { valueAsNumber: true })} type="number" min={1} max={999} inputMode="numeric" className={inputClass(!!props["aria-invalid"], "w-28")} />}
        </Field>
        <div className="mt-3">
          <ReasonField id="change-qty-reason" registration={form.register("reason")} error={errors.reason?.message} />
        </div>
        <DialogActions pending={action.pending} submit={t("orders.actions.changeQuantity.submit")} onClose={onClose} />
      </form>
    </ActionDialog>
  );
}

export function ChangeDeliveryDialog({ open, onClose, line, pickupStores }: DialogProps & { line: ActionLine; pickupStores: PickupStore[] }) {
  const { t } = useI18n();
  const { orderId, version, shippingAddress } = useOrderActions();
  // A store the agent names to see its pickup option too; the choice itself is the form's.
  const [extraStore, setExtraStore] = useState(line.pickupStore ?? "");
  const form = useZodForm<typeof changeDeliveryMethodSchema>(changeDeliveryMethodSchema, { defaultValues: { orderId, lineId: line.id, expectedVersion: version, reason: "" } });
  const errors = form.formState.errors;
  const [mode, pickupStore] = useWatch({ control: form.control, name: ["mode", "pickupStore"] });
  const options = useDeliveryOptions([{ sku: line.sku, qty: line.openQty }], shippingAddress, extraStore || undefined);
  const action = useOrderAction(changeDeliveryMethodAction, { success: t("orders.actions.done.delivery", { line: line.lineNo }), onSuccess: () => onClose() });
  const current = line.deliveryMode === "PICKUP" ? t("orders.actions.changeDelivery.currentPickup", { store: line.pickupStore ?? "" }) : t("orders.actions.changeDelivery.currentShip");
  const onSubmit = form.handleSubmit((data) =>
    action.run({ ...data, expectedVersion: version, pickupStore: optional(data.pickupStore), reason: optional(data.reason) }, { setError: form.setError, place: shownAt("mode", "pickupStore", "reason") }),
  );
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.changeDelivery.title", { line: line.lineNo })} description={`${line.name} (${line.sku}) · ${current}`} wide>
      <form noValidate onSubmit={onSubmit}>
        <ActionErrorAlert error={action.error} />
        <div className="space-y-3">
          <StoreSelect id="change-delivery-store" stores={pickupStores} value={extraStore} onChange={setExtraStore} />
          <LineDelivery
            name="change-delivery-option"
            legend={t("orders.actions.changeDelivery.legend")}
            availability={options.bySku.get(line.sku)}
            requested={line.openQty}
            value={mode ? { mode, ...(pickupStore ? { pickupStore } : {}) } : null}
            onChange={(choice) => {
              const again = { shouldValidate: form.formState.isSubmitted };
              form.setValue("pickupStore", choice.pickupStore, again);
              form.setValue("mode", choice.mode, again);
            }}
            error={errors.mode?.message ?? errors.pickupStore?.message}
            state={{ ...options, hasExtraStore: !!extraStore }}
          />
          <ReasonField id="change-delivery-reason" registration={form.register("reason")} error={errors.reason?.message} />
        </div>
        <DialogActions pending={action.pending} submit={t("orders.actions.changeDelivery.submit")} onClose={onClose} />
      </form>
    </ActionDialog>
  );
}

export function CancelLineDialog({ open, onClose, line }: DialogProps & { line: ActionLine }) {
  const { t } = useI18n();
  const { orderId, version } = useOrderActions();
  const form = useZodForm<typeof cancelLineSchema>(cancelLineSchema, { defaultValues: { orderId, lineId: line.id, expectedVersion: version, qty: line.openQty, reason: "" } });
  const errors = form.formState.errors;
  const qty = useWatch({ control: form.control, name: "qty" });
  const action = useOrderAction(cancelLineAction, { success: (d) => t("orders.actions.done.lineCancelled", { line: line.lineNo, qty: d.cancelledQty }), onSuccess: () => onClose() });
  const onSubmit = form.handleSubmit((data) =>
    action.run(
      // All the line's open units go without a count, so units that became uncancellable meanwhile
      // do not refuse the rest; any other count is the server's to check against the line.
      { ...data, expectedVersion: version, qty: data.qty === line.openQty ? undefined : data.qty },
      { setError: form.setError, place: shownAt("qty", "reason") },
    ),
  );
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.cancelLine.title", { line: line.lineNo })} description={`${line.name} (${line.sku})`}>
      <form noValidate onSubmit={onSubmit}>
        <ActionErrorAlert error={action.error} />
        <div className="space-y-3">
          <Field id="cancel-line-qty" label={t("orders.actions.cancelLine.qty")} hint={t("orders.actions.cancelLine.hint", { qty: line.openQty })} error={errors.qty?.message}>
            {(props) => <input {...props} {...form.register("qty", { valueAsNumber: true })} type="number" min={1} max={line.openQty} inputMode="numeric" className={inputClass(!!props["aria-invalid"], "w-28")} />}
          </Field>
          <ReasonField id="cancel-line-reason" registration={form.register("reason")} error={errors.reason?.message} required />
        </div>
        <DialogActions
          pending={action.pending}
          submit={cancelUnitsLabel(t, qty)}
          dismiss={t("orders.actions.cancelLine.keep")}
          onClose={onClose}
          danger
        />
      </form>
    </ActionDialog>
  );
}

export function ReleaseHoldDialog({ open, onClose, hold }: DialogProps & { hold: { id: string; typeLabel: string; reason: string } }) {
  const { t } = useI18n();
  const { orderId, version } = useOrderActions();
  const form = useZodForm<typeof releaseHoldSchema>(releaseHoldSchema, { defaultValues: { orderId, holdId: hold.id, expectedVersion: version, note: "" } });
  const action = useOrderAction(releaseHoldAction, { success: (d) => (d.released ? t("orders.actions.done.holdReleasedAll") : t("orders.actions.done.holdReleased")), onSuccess: () => onClose() });
  const onSubmit = form.handleSubmit((data) => action.run({ ...data, expectedVersion: version }, { setError: form.setError, place: shownAt("note") }));
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.releaseHold.title", { type: hold.typeLabel })} description={hold.reason}>
      <form noValidate onSubmit={onSubmit}>
        <ActionErrorAlert error={action.error} />
        <ReasonField id="release-hold-note" label={t("orders.actions.releaseHold.note")} registration={form.register("note")} error={form.formState.errors.note?.message} required />
        <DialogActions pending={action.pending} submit={t("orders.actions.releaseHold.submit")} dismiss={t("orders.actions.releaseHold.keep")} onClose={onClose} />
      </form>
    </ActionDialog>
  );
}
