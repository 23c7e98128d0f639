"use client";
// The delivery choice for one line, fed by the delivery-options query: the options near the
// address, plus any pickup store the agent names from the list; loading, empty and error states.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { LineAvailability } from "@/lib/orders/client";
import { DeliveryOptionPicker, type LineChoice } from "./delivery-option-picker";

export interface PickupStore {
  code: string;
  name: string;
  city: string;
}

export function StoreSelect({ id, stores, value, onChange }: { id: string; stores: PickupStore[]; value: string; onChange: (code: string) => void }) {
  const { t } = useI18n();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {t("orders.newOrder.options.otherStore")}
      </label>
      <select id={id} className={inputClass(false, "mt-1")} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("orders.newOrder.options.nearestOnly")}</option>
        {stores.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name} ({s.code}) – {s.city}
          </option>
        ))}
      </select>
    </div>
  );
}

export function LineDelivery({
  name,
  legend,
  availability,
  requested,
  value,
  onChange,
  error,
  state,
  children,
}: {
  name: string;
  legend: string;
  availability: LineAvailability | undefined;
  requested: number;
  value: LineChoice | null | undefined;
  onChange: (c: LineChoice) => void;
  error?: string;
  state: { isFetching: boolean; isError: boolean; hasAddress: boolean; refetch: () => void; hasExtraStore: boolean };
  /** More choices after the options, shown whatever their state (the new-order form's "another store"). */
  children?: React.ReactNode;
}) {
  const { t } = useI18n();
  if (!availability) {
    if (state.isError)
      return (
        <div role="alert" className="text-sm text-red-800">
          {t("orders.newOrder.options.error")}{" "}
          <Button variant="secondary" size="sm" onClick={state.refetch}>
            {t("orders.newOrder.options.retry")}
          </Button>
          {children}
          {error ? <p className="mt-1 text-red-700">{error}</p> : null}
        </div>
      );
    if (!state.hasAddress && !state.hasExtraStore)
      return (
        <div>
          <p className="text-sm text-slate-700">{t("orders.newOrder.options.needAddress")}</p>
          {children}
          {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
        </div>
      );
    return (
      <div>
        <p role="status" className="text-sm text-slate-700">
          {t("orders.newOrder.options.loading")}
        </p>
        {children}
        {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
      </div>
    );
  }
  if (!availability.options.length && !children) return <p className="text-sm text-slate-700">{t("orders.newOrder.options.none")}</p>;
  return (
    <DeliveryOptionPicker name={name} legend={legend} options={availability.options} requested={requested} value={value} onChange={onChange} error={error}>
      {children}
    </DeliveryOptionPicker>
  );
}
