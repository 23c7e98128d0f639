"use client";
// The fields of a delivery address, each with its error (by path, e.g. "shippingAddress.postalCode")
// next to it. Shared by the new-order form and the change-address dialog.
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

/** The client's first check of an address, so obvious slips show before the server is asked. */
export function checkAddress(a: AddressValues, prefix: string, t: (k: "orders.address.errors.required" | "orders.address.errors.postalCode" | "orders.address.errors.country") => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!a.line1.trim()) errors[`${prefix}.line1`] = t("orders.address.errors.required");
  if (!a.city.trim()) errors[`${prefix}.city`] = t("orders.address.errors.required");
  if (!/^[A-Za-z0-9 -]{2,12}$/.test(a.postalCode.trim())) errors[`${prefix}.postalCode`] = t("orders.address.errors.postalCode");
  if (!/^[A-Za-z]{2}$/.test(a.country.trim())) errors[`${prefix}.country`] = t("orders.address.errors.country");
  return errors;
}

export function addressInput(a: AddressValues) {
  return {
    ...(a.name.trim() ? { name: a.name.trim() } : {}),
    line1: a.line1.trim(),
    ...(a.line2.trim() ? { line2: a.line2.trim() } : {}),
    city: a.city.trim(),
    postalCode: a.postalCode.trim(),
    country: a.country.trim().toUpperCase(),
  };
}
