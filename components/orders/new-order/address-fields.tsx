"use client";
// The fields of a delivery address, each with its error (by path, e.g. "shippingAddress.postalCode")
// next to it. Shared by the new-order form and the change-address dialog; the rules are the address
// schema's (lib/orders/schemas.ts), checked by each form's resolver.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Field, inputClass } from "@/components/ui/field";
import type { AddressValues } from "./customer";

const FIELDS: Array<{ key: keyof AddressValues; autoComplete: string; wide?: boolean; optional?: boolean }> = [
  { key: "name", autoComplete: "name", wide: true, optional: true },
  { key: "line1", autoComplete: "address-line1", wide: true },
  { key: "line2", autoComplete: "address-line2", wide: true, optional: true },
  { key: "postalCode", autoComplete: "postal-code" },
  { key: "city", autoComplete: "address-level2" },
  { key: "country", autoComplete: "country" },
];

export function AddressFields({
  idPrefix,
  value,
  onChange,
  errors,
  errorPrefix,
  onBlurField,
}: {
  idPrefix: string;
  value: AddressValues;
  onChange: (next: AddressValues) => void;
  errors: Record<string, string | undefined>;
  /** The path the server names these fields by, e.g. "shippingAddress" or "address". */
  errorPrefix: string;
  onBlurField?: (key: keyof AddressValues) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {FIELDS.map((f) => (
        <div key={f.key} className={f.wide ? "sm:col-span-2" : undefined}>
          <Field
            id={`${idPrefix}-${f.key}`}
            label={`${t(`orders.address.${f.key}`)}${f.optional ? ` ${t("orders.address.optional")}` : ""}`}
            hint={f.key === "country" ? t("orders.address.countryHint") : undefined}
            error={errors[`${errorPrefix}.${f.key}`]}
          >
            {(props) => (
              <input
                {...props}
                className={inputClass(!!props["aria-invalid"])}
                value={value[f.key]}
                autoComplete={f.autoComplete}
                maxLength={f.key === "country" ? 2 : f.key === "postalCode" ? 12 : 200}
                onChange={(e) => onChange({ ...value, [f.key]: f.key === "country" ? e.target.value.toUpperCase() : e.target.value })}
                onBlur={() => onBlurField?.(f.key)}
              />
            )}
          </Field>
        </div>
      ))}
    </div>
  );
}
