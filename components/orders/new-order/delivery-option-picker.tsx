"use client";
// Choosing how one line reaches the customer: ship to home or pick up at a store, each with the
// date the customer can expect (in the agent's locale) and whether stock covers it now.
import { useI18n } from "@/components/i18n/i18n-provider";
import { cn } from "@/components/ui/cn";
import { formatDate, formatNumber } from "@/lib/i18n/client";
import { type DeliveryOption, AGENT_TIME_ZONE } from "@/lib/orders/client";

export interface LineChoice {
  mode: "SHIP" | "PICKUP";
  pickupStore?: string;
}

export const choiceOf = (o: DeliveryOption): LineChoice => (o.mode === "PICKUP" ? { mode: "PICKUP", pickupStore: o.node } : { mode: "SHIP" });
export const isChosen = (choice: LineChoice | null | undefined, o: DeliveryOption) => !!choice && choice.mode === o.mode && (choice.pickupStore ?? null) === (o.mode === "PICKUP" ? (o.node ?? null) : null);

export const optionClass = (checked: boolean) => cn("flex cursor-pointer items-start gap-2 rounded-md border p-2", checked ? "border-brand-700 bg-brand-50" : "border-slate-200 hover:bg-slate-50");

/** "Ship to home" / "Pick up at Paris Rivoli (ST-PAR-01)". */
export function useOptionLabel() {
  const { t } = useI18n();
  return (o: Pick<DeliveryOption, "mode" | "node" | "nodeName">) => (o.mode === "SHIP" ? t("orders.newOrder.options.ship") : t("orders.newOrder.options.pickup", { store: `${o.nodeName ?? o.node} (${o.node})` }));
}

/** "Expected 12 May 2025 · 3 of 3 available" (or what is short). */
export function OptionFacts({ option, requested }: { option: DeliveryOption; requested: number }) {
  const { t, locale } = useI18n();
  const date = option.promisedDate ? formatDate(new Date(option.promisedDate), locale, AGENT_TIME_ZONE) : null;
  return (
    <span className="text-sm text-slate-700">
      {date ? t("orders.newOrder.options.expected", { date }) : t("orders.newOrder.options.noDate")}
      {" · "}
      {option.complete ? (
        <span className="text-green-800">{t("orders.newOrder.options.inStock")}</span>
      ) : (
        <span className="text-amber-900">{t("orders.newOrder.options.partial", { available: formatNumber(option.availableQty, locale), requested: formatNumber(requested, locale) })}</span>
      )}
      {option.distanceKm !== undefined ? ` · ${t("orders.newOrder.options.distance", { km: formatNumber(option.distanceKm, locale) })}` : null}
    </span>
  );
}

export function DeliveryOptionPicker({
  name,
  legend,
  options,
  requested,
  value,
  onChange,
  error,
  children,
}: {
  name: string;
  legend: string;
  options: DeliveryOption[];
  requested: number;
  value: LineChoice | null | undefined;
  onChange: (choice: LineChoice) => void;
  error?: string;
  /** More choices of the same group, after the options (the new-order form's "another store"). */
  children?: React.ReactNode;
}) {
  const label = useOptionLabel();
  const errorId = `${name}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-1 space-y-1">
        {options.map((o) => {
          const id = `${name}-${o.mode}-${o.node ?? "home"}`;
          const checked = isChosen(value, o);
          return (
            <label key={id} htmlFor={id} className={optionClass(checked)}>
              <input id={id} type="radio" name={name} className="mt-1" checked={checked} onChange={() => onChange(choiceOf(o))} />
              <span>
                <span className="block text-sm font-medium text-slate-900">{label(o)}</span>
                <OptionFacts option={o} requested={requested} />
              </span>
            </label>
          );
        })}
        {children}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
