"use client";
// The order page's action bar: the changes the rules allow for this order's status (others are
// named with the reason they are not offered), each one click away and the frequent ones on a key.
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { Key } from "@/lib/i18n/client";
import type { PickupStore } from "../new-order/line-delivery";
import { AddLineDialog, AddNoteDialog, CancelOrderDialog, ChangeAddressDialog } from "./order-dialogs";
import { AppeasementDialog, type AppeasementLine } from "./appeasement-dialog";
import { ReturnDialog } from "./return-dialog";
import { useOrderActions, type ModificationChange } from "./order-actions-context";
import { ShortcutsDialog, useShortcuts, type ShortcutHelp } from "./shortcuts";

type Open = "address" | "addLine" | "cancel" | "note" | "return" | "appeasement" | "help" | null;

/** Returns and goodwill refunds offered on this order: the page decides from the role and the order. */
export interface ReturnActionsOffer {
  /** Some units reached the customer and the role may authorise returns. */
  canReturn: boolean;
  /** The role may refund a return at once. */
  canRefund: boolean;
  canAppease: boolean;
  appeasementLines: AppeasementLine[];
  totalMinor: number;
  currency: string;
}

const LABELS: Partial<Record<ModificationChange, Key>> = {
  changeAddress: "orders.actions.changeAddress.button",
  addLine: "orders.actions.addLine.button",
  cancelOrder: "orders.actions.cancelOrder.button",
  changeQuantity: "orders.actions.changeQuantity.name",
  changeDeliveryMethod: "orders.actions.changeDelivery.name",
  cancelLine: "orders.actions.cancelLine.name",
};

export function OrderActionBar({ pickupStores, hasShipLines, returns }: { pickupStores: PickupStore[]; hasShipLines: boolean; returns?: ReturnActionsOffer }) {
  const { t } = useI18n();
  const { allowed, can, status } = useOrderActions();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const canAddress = can.modify && allowed.changeAddress && hasShipLines;
  const canAddLine = can.modify && allowed.addLine;
  const canCancel = can.cancel && allowed.cancelOrder;

  const shortcuts: ShortcutHelp[] = [
    ...(can.addNote ? [{ key: "n", label: "orders.actions.addNote.button" as Key }] : []),
    ...(canAddress ? [{ key: "a", label: "orders.actions.changeAddress.button" as Key }] : []),
    ...(canAddLine ? [{ key: "l", label: "orders.actions.addLine.button" as Key }] : []),
    ...(canCancel ? [{ key: "c", label: "orders.actions.cancelOrder.button" as Key }] : []),
    ...(returns?.canReturn ? [{ key: "r", label: "returns.authorise.button" as Key }] : []),
    ...(returns?.canAppease ? [{ key: "g", label: "returns.appeasement.button" as Key }] : []),
    { key: "?", label: "orders.actions.shortcuts.button" },
    { key: "/", label: "orders.actions.shortcuts.search" },
    { key: "Esc", label: "orders.actions.shortcuts.close" },
  ];
  useShortcuts({
    n: can.addNote ? () => setOpen("note") : undefined,
    a: canAddress ? () => setOpen("address") : undefined,
    l: canAddLine ? () => setOpen("addLine") : undefined,
    c: canCancel ? () => setOpen("cancel") : undefined,
    r: returns?.canReturn ? () => setOpen("return") : undefined,
    g: returns?.canAppease ? () => setOpen("appeasement") : undefined,
    "?": () => setOpen("help"),
  });

  const roleOnly = !can.modify && !can.cancel;
  const readOnly = roleOnly && !returns?.canReturn && !returns?.canAppease;
  const notOffered = roleOnly ? [] : (Object.keys(LABELS) as ModificationChange[]).filter((c) => !allowed[c]);
  const statusName = t(`orders.status.${status as "CREATED"}`);

  return (
    <section aria-labelledby="order-actions-title" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="order-actions-title" className="sr-only">
        {t("orders.actions.title")}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        {canAddress ? (
          <Button variant="secondary" onClick={() => setOpen("address")} aria-keyshortcuts="a">
            {t("orders.actions.changeAddress.button")}
          </Button>
        ) : null}
        {canAddLine ? (
          <Button variant="secondary" onClick={() => setOpen("addLine")} aria-keyshortcuts="l">
            {t("orders.actions.addLine.button")}
          </Button>
        ) : null}
        {can.addNote ? (
          <Button variant="secondary" onClick={() => setOpen("note")} aria-keyshortcuts="n">
            {t("orders.actions.addNote.button")}
          </Button>
        ) : null}
        {returns?.canReturn ? (
          <Button variant="secondary" onClick={() => setOpen("return")} aria-keyshortcuts="r">
            {t("returns.authorise.button")}
          </Button>
        ) : null}
        {returns?.canAppease ? (
          <Button variant="secondary" onClick={() => setOpen("appeasement")} aria-keyshortcuts="g">
            {t("returns.appeasement.button")}
          </Button>
        ) : null}
        {canCancel ? (
          <Button variant="danger" onClick={() => setOpen("cancel")} aria-keyshortcuts="c">
            {t("orders.actions.cancelOrder.button")}
          </Button>
        ) : null}
        <Button variant="ghost" className="ml-auto" onClick={() => setOpen("help")} aria-keyshortcuts="?">
          {t("orders.actions.shortcuts.button")}
        </Button>
      </div>
      {readOnly ? <p className="mt-2 text-sm text-slate-600">{t("orders.actions.readOnlyRole")}</p> : null}
      {notOffered.length ? (
        <p className="mt-2 text-sm text-slate-600">
          {t("orders.actions.notOffered", { status: statusName, changes: notOffered.map((c) => t(LABELS[c]!)).join(", ") })}
        </p>
      ) : null}
      {allowed.changeAddress && can.modify && !hasShipLines ? <p className="mt-1 text-sm text-slate-600">{t("orders.actions.noShipLines")}</p> : null}
      {open === "address" ? <ChangeAddressDialog open onClose={close} /> : null}
      {open === "addLine" ? <AddLineDialog open onClose={close} pickupStores={pickupStores} /> : null}
      {open === "cancel" ? <CancelOrderDialog open onClose={close} /> : null}
      {open === "note" ? <AddNoteDialog open onClose={close} /> : null}
      {open === "return" ? <ReturnDialog open onClose={close} canRefund={Boolean(returns?.canRefund)} /> : null}
      {open === "appeasement" && returns ? <AppeasementDialog open onClose={close} lines={returns.appeasementLines} totalMinor={returns.totalMinor} currency={returns.currency} /> : null}
      {open === "help" ? <ShortcutsDialog open onClose={close} shortcuts={shortcuts} /> : null}
    </section>
  );
}
