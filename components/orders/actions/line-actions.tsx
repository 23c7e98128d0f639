"use client";
// The actions on one order line (in the lines table) and on one open hold, offered only when the
// rules allow them for the order's status and the line is still open.
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { PickupStore } from "../new-order/line-delivery";
import { CancelLineDialog, ChangeDeliveryDialog, ChangeQuantityDialog, ReleaseHoldDialog, type ActionLine } from "./line-dialogs";
import { useOrderActions } from "./order-actions-context";

const CLOSED = ["CANCELLED", "SHIPPED", "DELIVERED", "PICKED_UP", "RETURN_REQUESTED", "RETURNED"];

export function LineActions({ line, status, pickupStores }: { line: ActionLine; status: string; pickupStores: PickupStore[] }) {
  const { t } = useI18n();
  const { allowed, can } = useOrderActions();
  const [open, setOpen] = useState<"qty" | "delivery" | "cancel" | null>(null);
  const close = () => setOpen(null);
  if (CLOSED.includes(status) || line.openQty <= 0) return <span className="text-xs text-slate-600">{t("orders.actions.lineClosed")}</span>;
  const qty = can.modify && allowed.changeQuantity;
  const delivery = can.modify && allowed.changeDeliveryMethod;
  const cancel = can.cancel && allowed.cancelLine;
  if (!qty && !delivery && !cancel) return <span className="text-xs text-slate-600">–</span>;
  return (
    <div className="flex flex-wrap gap-1">
      {qty ? (
        <Button variant="secondary" size="sm" onClick={() => setOpen("qty")} aria-label={t("orders.actions.changeQuantity.label", { line: line.lineNo })}>
          {t("orders.actions.changeQuantity.short")}
        </Button>
      ) : null}
      {delivery ? (
        <Button variant="secondary" size="sm" onClick={() => setOpen("delivery")} aria-label={t("orders.actions.changeDelivery.label", { line: line.lineNo })}>
          {t("orders.actions.changeDelivery.short")}
        </Button>
      ) : null}
      {cancel ? (
        <Button variant="secondary" size="sm" className="text-red-800" onClick={() => setOpen("cancel")} aria-label={t("orders.actions.cancelLine.label", { line: line.lineNo })}>
          {t("orders.actions.cancelLine.short")}
        </Button>
      ) : null}
      {open === "qty" ? <ChangeQuantityDialog open onClose={close} line={line} /> : null}
      {open === "delivery" ? <ChangeDeliveryDialog open onClose={close} line={line} pickupStores={pickupStores} /> : null}
      {open === "cancel" ? <CancelLineDialog open onClose={close} line={line} /> : null}
    </div>
  );
}

export function ReleaseHoldButton({ hold }: { hold: { id: string; typeLabel: string; reason: string } }) {
  const { t } = useI18n();
  const { can, status } = useOrderActions();
  const [open, setOpen] = useState(false);
  if (!can.releaseHold || status === "CANCELLED") return null;
  return (
    <>
      <Button variant="secondary" size="sm" className="mt-1" onClick={() => setOpen(true)} aria-label={t("orders.actions.releaseHold.label", { type: hold.typeLabel })}>
        {t("orders.actions.releaseHold.button")}
      </Button>
      {open ? <ReleaseHoldDialog open onClose={() => setOpen(false)} hold={hold} /> : null}
    </>
  );
}
