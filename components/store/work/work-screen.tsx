"use client";
// The work screen for one fulfilment order, on the store tablet and on the DC console: who and what
// it is for, the lines to pick (scan field, confirm buttons, short-pick) and the next step (pack,
// ship, receive, make ready, hand over at the counter, or confirm a delivery on the DC console).
// Kept live by polling; every action refreshes it, and a stale screen's refused action shows the
// current state with a clear message.
import Link from "next/link";
import { useState } from "react";
import { FulfillmentStatusBadge } from "@/components/orders/status-badges";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Alert, EmptyState, ErrorState } from "@/components/ui/states";
import { formatDate, formatDateTime, type Key } from "@/lib/i18n/client";
import { stepSide, type FulfillmentStep, type FulfillmentWork } from "@/lib/fulfillment/client";
import { formatClock } from "../format";
import { StoreFetchError, useFulfillmentWork } from "../queries";
import { PickList, type Resourced } from "./pick-list";
import { StepPanel } from "./step-panel";

/** Where the work screen is shown: the store tablet (the default) or the DC console. */
export interface WorkScreenPlace {
  /** Where the back link goes, and what it says. */
  backHref: string;
  backLabel: Key;
  /**
   * Offer "Mark delivered" for shipped work. The DC console confirms a carrier's delivery; on the
   * store tablet the carrier's feed reports it and the store never marks it.
   */
  confirmsDelivery: boolean;
}

const STORE_TABLET: WorkScreenPlace = { backHref: "/store", backLabel: "store.work.back", confirmsDelivery: false };

/** Steps taken where the viewer works: picking-side steps at the node, pickup-side ones at the pickup store. */
export function stepsHere(work: FulfillmentWork, nodeId: string | null, options: { confirmsDelivery?: boolean } = {}): FulfillmentStep[] {
  const steps = options.confirmsDelivery ? work.nextSteps : work.nextSteps.filter((s) => s !== "MARK_DELIVERED");
  if (!nodeId) return steps;
  return steps.filter((s) => (stepSide(s) === "node" ? work.node.id : (work.pickupStore?.id ?? work.node.id)) === nodeId);
}

export interface WorkScreenProps {
  initialData: FulfillmentWork;
  /**
   * The node the viewer works at (a store associate's store; the DC on the DC console): only the
   * steps taken there are offered. Null offers every step (an admin on the store tablet).
   */
  nodeId: string | null;
  place?: WorkScreenPlace;
}

export function WorkScreen({ initialData, nodeId, place = STORE_TABLET }: WorkScreenProps) {
  const { t, locale } = useI18n();
  const { data: work, error, isError, dataUpdatedAt } = useFulfillmentWork(initialData);
  const [notice, setNotice] = useState("");
  const [shortResult, setShortResult] = useState<{ status: string; resourced?: Resourced } | null>(null);
  const refused = error instanceof StoreFetchError ? error.status : null;

  const back = (
    <Link href={place.backHref} className={buttonClass("secondary", "touch")}>
      ← {t(place.backLabel)}
    </Link>
  );
  if (refused === 403) {
    return (
      <ErrorState title={t("store.work.forbiddenTitle")} action={back}>
        {t("store.work.forbiddenBody")}
      </ErrorState>
    );
  }
  if (refused === 404) {
    return (
      <EmptyState title={t("store.work.notFoundTitle")}>
        <p className="text-base">{t("store.work.notFoundBody")}</p>
        <div className="mt-4">{back}</div>
      </EmptyState>
    );
  }

  const steps = stepsHere(work, nodeId, place);
  const canPick = steps.includes("CONFIRM_PICK") || steps.includes("SHORT_PICK");
  const zone = work.pickupStore?.timeZone ?? work.node.timeZone;
  const promised = work.promisedDate ?? work.order.promisedDate;
  const otherSide = steps.length === 0 && stepsHere(work, null, place).length > 0;
  const nextPlace = work.nextSteps.length && stepSide(work.nextSteps[0]) === "pickupStore" ? (work.pickupStore?.name ?? work.node.name) : work.node.name;
  const announce = (text: string) => {
    setNotice(text);
    setShortResult(null);
  };

  return (
    <div className="space-y-5">
      <div>{back}</div>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold text-slate-900">{t("store.work.title", { number: work.order.number })}</h1>
          <p className="text-base text-slate-700">{t("store.work.fulfilmentOrder", { number: work.number })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <FulfillmentStatusBadge status={work.status} t={t} />
          <Badge tone={work.mode === "PICKUP" ? "info" : "neutral"} className="px-3 py-1 text-sm">
            {t(`store.mode.${work.mode}`)}
          </Badge>
        </div>
      </header>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 rounded-lg border border-slate-300 bg-white p-4 text-base md:grid-cols-4">
        <div>
          <dt className="text-sm text-slate-700">{t("store.work.customer")}</dt>
          <dd className="text-lg font-medium text-slate-900">{work.order.customerName}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("store.work.promised")}</dt>
          <dd className="text-lg font-medium text-slate-900">{promised ? formatDate(promised, locale, zone) : t("store.work.noPromise")}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("store.work.pickedAt")}</dt>
          <dd className="text-lg font-medium text-slate-900">{work.node.name}</dd>
        </div>
        {work.pickupStore ? (
          <div>
            <dt className="text-sm text-slate-700">{t("store.work.pickupAt")}</dt>
            <dd className="text-lg font-medium text-slate-900">{work.pickupStore.name}</dd>
          </div>
        ) : null}
      </dl>

      <div role="status" aria-live="polite" className="space-y-2">
        {notice ? <p className="rounded-md border border-green-300 bg-green-50 p-3 text-base font-medium text-green-900">{notice}</p> : null}
        {shortResult ? <ShortPickOutcome result={shortResult} /> : null}
      </div>
      {isError ? <Alert tone="warning">{t("store.live.stale", { time: formatClock(new Date(dataUpdatedAt), locale, zone) })}</Alert> : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <PickList
            work={work}
            canPick={canPick}
            announce={announce}
            onShortPicked={(result) => {
              setNotice("");
              setShortResult(result);
            }}
          />
        </div>
        <aside aria-label={t("store.work.steps.heading")} className="space-y-4">
          <h2 className="text-2xl font-semibold text-slate-900">{t("store.work.steps.heading")}</h2>
          <StepPanel work={work} steps={steps} announce={announce} />
          {work.status === "CANCELLED" ? <p className="text-base text-slate-800">{t("store.work.steps.cancelled")}</p> : null}
          {otherSide ? <p className="text-base text-slate-800">{t("store.work.steps.otherStore", { store: nextPlace })}</p> : null}
          {steps.length === 0 && !otherSide && work.status !== "CANCELLED" ? <p className="text-base text-slate-800">{t("store.work.steps.finished")}</p> : null}
          <WorkSummary work={work} zone={zone} />
        </aside>
      </div>
    </div>
  );
}

function ShortPickOutcome({ result }: { result: { status: string; resourced?: Resourced } }) {
  const { t } = useI18n();
  const r = result.resourced;
  return (
    <div className="rounded-md border border-blue-300 bg-blue-50 p-3 text-base text-blue-950">
      <p className="font-medium">{t("store.work.resourced.title")}</p>
      {r && r.allocatedUnits > 0 ? <p>{t("store.work.resourced.moved", { units: r.allocatedUnits, nodes: r.nodes.join(", ") })}</p> : null}
      {r && r.unfilledUnits > 0 ? <p>{t("store.work.resourced.backordered", { units: r.unfilledUnits })}</p> : null}
      {r && r.allocatedUnits === 0 && r.unfilledUnits === 0 ? <p>{t("store.work.resourced.none")}</p> : null}
      {result.status === "CANCELLED" ? <p>{t("store.work.resourced.cancelled")}</p> : null}
    </div>
  );
}

function WorkSummary({ work, zone }: { work: FulfillmentWork; zone: string }) {
  const { t, locale } = useI18n();
  const rows: Array<[string, string]> = [];
  if (work.parcels.length) rows.push([t("store.work.summary.parcels"), work.parcels.map((p) => (p.weightGrams ? `${p.seq}: ${p.weightGrams} g` : String(p.seq))).join(" · ")]);
  if (work.carrier) rows.push([t("store.work.summary.carrier"), work.carrier]);
  if (work.trackingNumber) rows.push([t("store.work.summary.tracking"), work.trackingNumber]);
  if (work.readyAt) rows.push([t("store.work.summary.readyAt"), formatDateTime(work.readyAt, locale, zone)]);
  if (work.pickupExpiresAt && work.status === "READY_FOR_PICKUP") rows.push([t("store.work.summary.expires"), formatDateTime(work.pickupExpiresAt, locale, zone)]);
  if (!rows.length) return null;
  return (
    <dl className="space-y-2 rounded-lg border border-slate-300 bg-white p-4 text-base">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-sm text-slate-700">{label}</dt>
          <dd className="font-medium text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

