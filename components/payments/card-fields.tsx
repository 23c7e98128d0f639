"use client";
// Card number, expiry and security code, with the test provider's cards listed as help (a button
// fills the number). Used by the phone order form and the buyer's payment page, whose forms check
// them with the schema the server uses (cardInputSchema) and show its errors here, by
// `<errorPrefix>.number` / `.expiry` / `.cvc`, already in the user's language.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Field, inputClass } from "@/components/ui/field";
import { TEST_CARDS } from "@/lib/payments/client";

export interface CardValues {
  number: string;
  expiry: string;
  cvc: string;
}

export const EMPTY_CARD: CardValues = { number: "", expiry: "", cvc: "" };

type Errors = Record<string, string | undefined>;

export function CardFields({
  idPrefix,
  value,
  onChange,
  errors,
  errorPrefix,
  showTestCards = true,
  large = false,
}: {
  idPrefix: string;
  value: CardValues;
  onChange: (v: CardValues, changed: keyof CardValues) => void;
  errors: Errors;
  errorPrefix: string;
  showTestCards?: boolean;
  large?: boolean;
}) {
  const { t } = useI18n();
  const size = large ? "min-h-12 text-lg" : undefined;
  const set = (k: keyof CardValues) => (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...value, [k]: e.target.value }, k);
  return (
    <div className="space-y-3">
      <div className={large ? "grid grid-cols-2 gap-3" : "grid gap-3 sm:grid-cols-[2fr_1fr_1fr]"}>
        <div className={large ? "col-span-2" : undefined}>
          <Field id={`${idPrefix}-number`} label={t("payments.card.number")} error={errors[`${errorPrefix}.number`]}>
            {(props) => (
              <input {...props} className={inputClass(!!props["aria-invalid"], `font-mono ${size ?? ""}`.trim())} inputMode="numeric" autoComplete="off" maxLength={23} placeholder="4242 4242 4242 4242" value={value.number} onChange={set("number")} />
            )}
          </Field>
        </div>
        <Field id={`${idPrefix}-expiry`} label={t("payments.card.expiry")} error={errors[`${errorPrefix}.expiry`]}>
          {(props) => <input {...props} className={inputClass(!!props["aria-invalid"], size)} inputMode="numeric" autoComplete="off" maxLength={7} placeholder="12/34" value={value.expiry} onChange={set("expiry")} />}
        </Field>
        <Field id={`${idPrefix}-cvc`} label={t("payments.card.cvc")} error={errors[`${errorPrefix}.cvc`]}>
          {(props) => <input {...props} className={inputClass(!!props["aria-invalid"], size)} inputMode="numeric" autoComplete="off" maxLength={4} placeholder="123" value={value.cvc} onChange={set("cvc")} />}
        </Field>
      </div>
      {showTestCards ? (
        <details className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
          <summary className="cursor-pointer font-medium text-slate-800">{t("payments.card.testTitle")}</summary>
          <p className="mt-2 text-slate-700">{t("payments.card.testIntro")}</p>
          <ul className="mt-2 space-y-1">
            {TEST_CARDS.map((c) => (
              <li key={c.number} className="flex flex-wrap items-center gap-2">
                <button
                  type="button"
                  className="rounded border border-slate-300 bg-white px-2 py-1 font-mono text-slate-900 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-700"
                  aria-label={t("payments.card.use", { number: c.number })}
                  onClick={() => onChange({ number: c.number, expiry: value.expiry || "12/34", cvc: value.cvc || "123" }, "number")}
                >
                  {c.number}
                </button>
                <span className="text-slate-700">{t(`payments.card.outcome.${c.outcome}`)}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
