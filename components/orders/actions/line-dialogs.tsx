"use client";
// The per-line changes: quantity, delivery method or pickup store, cancelling units; and releasing
// a hold. Each sends the version the agent saw and keeps the input when refused.
import { useState } from "react";
import { cancelLineAction, changeDeliveryMethodAction, changeQuantityAction, releaseHoldAction } from "@/app/(app)/orders/[number]/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Field, inputClass } from "@/components/ui/field";
import type { LineChoice } from "../new-order/delivery-option-picker";
import { LineDelivery, StoreSelect, type PickupStore } from "../new-order/line-delivery";
import { useDeliveryOptions } from "../new-order/queries";
import { ActionDialog } from "./action-dialog";
import { ActionErrorAlert } from "./action-error";
import { DialogActions, ReasonField, type DialogProps } from "./order-dialogs";
import { useOrderActions } from "./order-actions-context";
import { useOrderAction } from "./use-order-action";

export interface ActionLine {
  id: string;
  lineNo: number;
  sku: string;
  name: string;
  openQty: number;
  deliveryMode: "SHIP" | "PICKUP";
  pickupStore: string | null;
}

export function ChangeQuantityDialog({ open, onClose, line }: DialogProps & { line: ActionLine }) {
  const { t } = useI18n();
  const { orderId, version } = useOrderActions();
  const [qty, setQty] = useState(String(line.openQty));
  const [reason, setReason] = useState("");
  const [local, setLocal] = useState<string | undefined>();
  const action = useOrderAction(changeQuantityAction, { success: t("orders.actions.done.quantity", { line: line.lineNo }), onSuccess: () => onClose() });
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.changeQuantity.title", { line: line.lineNo })} description={`${line.name} (${line.sku})`}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(qty);
          if (!Number.isInteger(n) || n < 1 || n > 999) return setLocal(t("orders.newOrder.errors.qty"));
          setLocal(undefined);
          void action.run({ orderId, lineId: line.id, qty: n, expectedVersion: version, ...(reason.trim() ? { reason: reason.trim() } : {}) });
        }}
      >
        <ActionErrorAlert error={action.error} shownFields={["qty", "reason"]} />
        <Field id="change-qty" label={t("orders.actions.changeQuantity.qty")} hint={t("orders.actions.changeQuantity.hint", { qty: line.openQty })} error={local ?? action.error?.fields?.qty}>
          {(props) => <input {...props} type="number" min={1} max={999} inputMode="numeric" className={inputClass(!!props["aria-invalid"], "w-28")} value={qty} onChange={(e) => setQty(e.target.value)} />}
        </Field>
        <div className="mt-3">
          <ReasonField id="change-qty-reason" value={reason} onChange={setReason} error={action.error?.fields?.reason} />
        </div>
        <DialogActions pending={action.pending} submit={t("orders.actions.changeQuantity.submit")} onClose={onClose} />
      </form>
    </ActionDialog>
  );
}

export function ChangeDeliveryDialog({ open, onClose, line, pickupStores }: DialogProps & { line: ActionLine; pickupStores: PickupStore[] }) {
  const { t } = useI18n();
  const { orderId, version, shippingAddress } = useOrderActions();
  const [choice, setChoice] = useState<LineChoice | null>(null);
  const [extraStore, setExtraStore] = useState(line.pickupStore ?? "");
  const [reason, setReason] = useState("");
  const [local, setLocal] = useState<string | undefined>();
  const options = useDeliveryOptions([{ sku: line.sku, qty: line.openQty }], shippingAddress, extraStore || undefined);
  const action = useOrderAction(changeDeliveryMethodAction, { success: t("orders.actions.done.delivery", { line: line.lineNo }), onSuccess: () => onClose() });
  const current = line.deliveryMode === "PICKUP" ? t("orders.actions.changeDelivery.currentPickup", { store: line.pickupStore ?? "" }) : t("orders.actions.changeDelivery.currentShip");
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.changeDelivery.title", { line: line.lineNo })} description={`${line.name} (${line.sku}) · ${current}`} wide>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!choice) return setLocal(t("orders.newOrder.errors.chooseOption"));
          setLocal(undefined);
          void action.run({ orderId, lineId: line.id, expectedVersion: version, mode: choice.mode, ...(choice.pickupStore ? { pickupStore: choice.pickupStore } : {}), ...(reason.trim() ? { reason: reason.trim() } : {}) });
        }}
      >
        <ActionErrorAlert error={action.error} shownFields={["mode", "pickupStore", "reason"]} />
        <div className="space-y-3">
          <StoreSelect id="change-delivery-store" stores={pickupStores} value={extraStore} onChange={setExtraStore} />
          <LineDelivery
            name="change-delivery-option"
            legend={t("orders.actions.changeDelivery.legend")}
            availability={options.bySku.get(line.sku)}
            requested={line.openQty}
            value={choice}
            onChange={setChoice}
            error={local ?? action.error?.fields?.mode ?? action.error?.fields?.pickupStore}
            state={{ ...options, hasExtraStore: !!extraStore }}
          />
          <ReasonField id="change-delivery-reason" value={reason} onChange={setReason} error={action.error?.fields?.reason} />
        </div>
        <DialogActions pending={action.pending} submit={t("orders.actions.changeDelivery.submit")} onClose={onClose} />
      </form>
    </ActionDialog>
  );
}

export function CancelLineDialog({ open, onClose, line }: DialogProps & { line: ActionLine }) {
  const { t } = useI18n();
  const { orderId, version } = useOrderActions();
  const [qty, setQty] = useState(String(line.openQty));
  const [reason, setReason] = useState("");
  const [local, setLocal] = useState<Record<string, string>>({});
  const action = useOrderAction(cancelLineAction, { success: (d) => t("orders.actions.done.lineCancelled", { line: line.lineNo, qty: d.cancelledQty }), onSuccess: () => onClose() });
  const errors = { ...action.error?.fields, ...local };
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.cancelLine.title", { line: line.lineNo })} description={`${line.name} (${line.sku})`}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(qty);
          const problems: Record<string, string> = {};
          if (!Number.isInteger(n) || n < 1 || n > line.openQty) problems.qty = t("orders.actions.cancelLine.qtyRange", { max: line.openQty });
          if (!reason.trim()) problems.reason = t("orders.actions.errors.reasonRequired");
          setLocal(problems);
          if (Object.keys(problems).length) return;
          void action.run({ orderId, lineId: line.id, expectedVersion: version, reason: reason.trim(), ...(n < line.openQty ? { qty: n } : {}) });
        }}
      >
        <ActionErrorAlert error={action.error} shownFields={["qty", "reason"]} />
        <div className="space-y-3">
          <Field id="cancel-line-qty" label={t("orders.actions.cancelLine.qty")} hint={t("orders.actions.cancelLine.hint", { qty: line.openQty })} error={errors.qty}>
            {(props) => <input {...props} type="number" min={1} max={line.openQty} inputMode="numeric" className={inputClass(!!props["aria-invalid"], "w-28")} value={qty} onChange={(e) => setQty(e.target.value)} />}
          </Field>
          <ReasonField id="cancel-line-reason" value={reason} onChange={setReason} error={errors.reason} required />
        </div>
        <DialogActions pending={action.pending} submit={t("orders.actions.cancelLine.submit")} onClose={onClose} danger />
      </form>
    </ActionDialog>
  );
}

export function ReleaseHoldDialog({ open, onClose, hold }: DialogProps & { hold: { id: string; typeLabel: string; reason: string } }) {
  const { t } = useI18n();
  const { orderId, version } = useOrderActions();
  const [note, setNote] = useState("");
  const [local, setLocal] = useState<string | undefined>();
  const action = useOrderAction(releaseHoldAction, { success: (d) => (d.released ? t("orders.actions.done.holdReleasedAll") : t("orders.actions.done.holdReleased")), onSuccess: () => onClose() });
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.releaseHold.title", { type: hold.typeLabel })} description={hold.reason}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!note.trim()) return setLocal(t("orders.actions.errors.checkRequired"));
          setLocal(undefined);
          void action.run({ orderId, holdId: hold.id, expectedVersion: version, note: note.trim() });
        }}
      >
        <ActionErrorAlert error={action.error} shownFields={["note"]} />
        <ReasonField id="release-hold-note" label={t("orders.actions.releaseHold.note")} value={note} onChange={setNote} error={local ?? action.error?.fields?.note} required />
        <DialogActions pending={action.pending} submit={t("orders.actions.releaseHold.submit")} onClose={onClose} />
      </form>
    </ActionDialog>
  );
}
