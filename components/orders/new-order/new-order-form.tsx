"use client";
// A phone order on one page: customer, delivery address, products with live availability near the
// customer, a delivery option per line, promo code, payment (card or payment link), then a
// read-back the customer confirms before the order is placed. One react-hook-form form validated by
// the schema its server action parses (phoneOrderSchema), so every field's error, the cross-field
// ones included, shows on the first submit in the agent's language; the server's field errors land
// on the same fields, and nothing typed is lost when it refuses. Prices and dates come from the
// server's quote of the cart as it will be placed (the capture's own pricing and promise).
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useFieldArray, useWatch, type FieldErrors } from "react-hook-form";
import { placeOrderAction } from "@/app/(app)/orders/new/actions";
import { useErrorText } from "@/components/forms/error-text";
import { callAction, placeFieldErrors } from "@/components/forms/server-errors";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { formatDate, formatMoney, formatNumber } from "@/lib/i18n/client";
import type { ProductMatch } from "@/lib/catalog/client";
import { AGENT_TIME_ZONE, phoneOrderSchema, type PhoneOrderInput } from "@/lib/orders/client";
import { AddressFields } from "./address-fields";
import { EMPTY_ADDRESS, type AddressValues, type NewOrderCustomer } from "./customer";
import { CustomerSection, type NewCustomerValues } from "./customer-section";
import { isChosen, optionClass, useOptionLabel } from "./delivery-option-picker";
import { LineDelivery, StoreSelect, type PickupStore } from "./line-delivery";
import { EMPTY_PAYMENT, PaymentSection, paymentInput, paymentSummary, type PaymentValues } from "./payment-section";
import { ProductSearch } from "./product-search";
import { usableAddress, useDeliveryOptions, useOrderQuote } from "./queries";

interface LineValues {
  sku: string;
  qty: number;
  mode?: "SHIP" | "PICKUP";
  pickupStore?: string;
}

/** What the form holds: the phone order's input, with the address and payment as typed. */
export interface NewOrderValues {
  customerId?: string;
  customer: NewCustomerValues;
  shippingAddress: AddressValues;
  lines: LineValues[];
  promoCode: string;
  payment: PaymentValues;
}

const EMPTY_CONTACT: NewCustomerValues = { name: "", email: "", phone: "" };
const ADDRESS_KEYS = ["name", "line1", "line2", "city", "postalCode", "country"] as const;

const contactOf = (c: NewOrderCustomer | null): NewCustomerValues => (c ? { name: c.name, email: c.email, phone: c.phone } : EMPTY_CONTACT);
const defaultAddress = (c: NewOrderCustomer | null): AddressValues => (c?.addresses[0] ? c.addresses[0].address : EMPTY_ADDRESS);
const ships = (v: Pick<NewOrderValues, "lines">) => v.lines.some((l) => l.mode === "SHIP");
/** The address goes with the order when a line ships or the agent typed one (a pickup-only order needs none). */
const sendsAddress = (v: Pick<NewOrderValues, "lines" | "shippingAddress">) => ships(v) || ADDRESS_KEYS.some((k) => k !== "country" && v.shippingAddress[k].trim() !== "");

/** The action's input: what the schema checks and the server parses. Paths are the form's. */
function toInput(v: NewOrderValues): PhoneOrderInput {
  return {
    ...(v.customerId ? { customerId: v.customerId } : {}),
    customer: v.customer,
    ...(sendsAddress(v) ? { shippingAddress: v.shippingAddress } : {}),
    lines: v.lines.map((l) => ({ sku: l.sku, qty: l.qty, mode: l.mode as "SHIP" | "PICKUP", ...(l.mode === "PICKUP" ? { pickupStore: l.pickupStore } : {}) })),
    promoCode: v.promoCode,
    payment: paymentInput(v.payment) as PhoneOrderInput["payment"],
  };
}

/** Every message of a react-hook-form error tree, by path ("lines.0.qty"). */
function messagesByPath(errors: FieldErrors, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(errors ?? {})) {
    if (!v || typeof v !== "object" || k === "ref") continue;
    const path = k === "root" ? prefix.replace(/\.$/, "") : `${prefix}${k}`;
    const e = v as { message?: unknown };
    if (typeof e.message === "string" && e.message) out[path] = e.message;
    Object.assign(out, messagesByPath(v as FieldErrors, `${path}.`));
  }
  return out;
}

function Section({ n, id, title, children }: { n: number; id: string; title: string; children: React.ReactNode }) {
  return (
    <Card aria-labelledby={id}>
      <CardTitle id={id}>
        <span className="mr-2 inline-flex h-6 w-6 items-center justify-center rounded-full bg-brand-700 text-xs text-white" aria-hidden="true">
          {n}
        </span>
        {title}
      </CardTitle>
      {children}
    </Card>
  );
}

export function NewOrderForm({ initialCustomer, pickupStores, testCards = false }: { initialCustomer: NewOrderCustomer | null; pickupStores: PickupStore[]; testCards?: boolean }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const router = useRouter();
  const optionLabel = useOptionLabel();
  const form = useZodForm<typeof phoneOrderSchema, NewOrderValues>(
    phoneOrderSchema,
    {
      defaultValues: {
        customerId: initialCustomer?.id,
        customer: contactOf(initialCustomer),
        shippingAddress: defaultAddress(initialCustomer),
        lines: [],
        promoCode: "",
        payment: EMPTY_PAYMENT,
      },
      // Focus goes to the list of problems, which names each one (some are choices, not inputs).
      shouldFocusError: false,
    },
    { toInput },
  );
  const { control, register, setValue, getValues, formState } = form;
  const lines = useFieldArray({ control, name: "lines", keyName: "key" });
  const values = useWatch({ control }) as NewOrderValues;
  const again = () => ({ shouldValidate: formState.isSubmitted, shouldDirty: true });

  // Who is on the phone, the products' names and prices, and which lines the agent sends to a
  // store not offered nearby: what the form shows, not what it sends.
  const [mode, setMode] = useState<"existing" | "new">("existing");
  const [customer, setCustomer] = useState<NewOrderCustomer | null>(initialCustomer);
  const [products, setProducts] = useState<Record<string, ProductMatch>>({});
  const [otherStore, setOtherStore] = useState<Record<string, boolean>>({});
  const [extraStore, setExtraStore] = useState("");
  const [reviewing, setReviewing] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState(false);
  const [refusal, setRefusal] = useState<{ headline: string; unplaced: string[] } | null>(null);
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const problemsRef = useRef<HTMLDivElement>(null);

  const address = values.shippingAddress ?? EMPTY_ADDRESS;
  const cart = values.lines ?? [];
  const validQty = (q: unknown): q is number => typeof q === "number" && Number.isInteger(q) && q >= 1 && q <= 999;
  const options = useDeliveryOptions(
    cart.filter((l) => validQty(l.qty)).map((l) => ({ sku: l.sku, qty: l.qty })),
    address,
    extraStore || undefined,
  );
  const quote = useOrderQuote({
    lines: cart.map((l) => ({ sku: l.sku, qty: l.qty, ...(l.mode ? { mode: l.mode } : {}), ...(l.mode === "PICKUP" && l.pickupStore ? { pickupStore: l.pickupStore } : {}) })),
    // Priced and dated with the address once its schema accepts it (the form says what is wrong with it).
    ...(sendsAddress({ lines: cart, shippingAddress: address }) && usableAddress(address) ? { shippingAddress: address } : {}),
    ...(values.promoCode?.trim() ? { promoCode: values.promoCode } : {}),
  });

  // Any change after the read-back means reading it back again.
  const edit = () => {
    setReviewing(false);
    setConfirmed(false);
  };

  const selectCustomer = (c: NewOrderCustomer | null) => {
    edit();
    setCustomer(c);
    setValue("customerId", c?.id, again());
    setValue("customer", contactOf(c), again());
    if (c) setValue("shippingAddress", defaultAddress(c), again());
  };
  const chooseMode = (m: "existing" | "new") => {
    edit();
    setMode(m);
    setCustomer(null);
    setValue("customerId", undefined, again());
    setValue("customer", EMPTY_CONTACT, again());
  };

  const addProduct = (p: ProductMatch) => {
    edit();
    setProducts((ps) => ({ ...ps, [p.sku]: p }));
    const i = getValues("lines").findIndex((l) => l.sku === p.sku);
    if (i >= 0) {
      const qty = getValues(`lines.${i}.qty`);
      setValue(`lines.${i}.qty`, (validQty(qty) ? qty : 0) + 1, again());
    } else lines.append({ sku: p.sku, qty: 1 }, { shouldFocus: false });
  };

  const problems = messagesByPath(formState.errors);
  // While nobody is selected, the contact the schema asks for comes with the selection: one problem.
  const chooseCustomer = mode === "existing" && !customer && Object.keys(problems).some((k) => k === "customerId" || k.startsWith("customer."));
  const problemList = [...(chooseCustomer ? [["customerId", t("orders.newOrder.errors.chooseCustomer")]] : []), ...Object.entries(problems).filter(([k]) => !(chooseCustomer && (k === "customerId" || k.startsWith("customer."))))];

  const showProblems = () => requestAnimationFrame(() => problemsRef.current?.focus());

  const review = () =>
    form.handleSubmit(
      () => {
        setRefusal(null);
        setReviewing(true);
        requestAnimationFrame(() => reviewRef.current?.focus());
      },
      () => {
        setRefusal(null);
        showProblems();
      },
    )();

  const place = async () => {
    if (!confirmed) return setConfirmError(true);
    const result = await callAction(placeOrderAction, toInput(getValues()));
    if (result.ok) {
      router.push(`/orders/${encodeURIComponent(result.data.number)}?placed=1`);
      return;
    }
    edit();
    const unplaced = placeFieldErrors<NewOrderValues>(result.error.fields, {
      text: (issue) => errorText(issue),
      // The existing customer is chosen by search: a refusal about them shows there.
      place: (path) => path,
      setError: form.setError,
    });
    setRefusal({ headline: errorText({ code: result.error.code, params: result.error.params }), unplaced: Object.values(unplaced) });
    showProblems();
  };

  const currency = quote.quote?.currency ?? products[cart[0]?.sku ?? ""]?.currency ?? "EUR";
  const money = (m: number) => formatMoney(m, currency, locale);
  const dateOf = (iso: string | null | undefined) => (iso ? formatDate(new Date(iso), locale, AGENT_TIME_ZONE) : t("orders.newOrder.options.noDate"));
  const contact = values.customer ?? EMPTY_CONTACT;
  const sendAddress = sendsAddress({ lines: cart, shippingAddress: address });
  const customerErrors: Record<string, string | undefined> = { ...problems, customerId: chooseCustomer ? t("orders.newOrder.errors.chooseCustomer") : problems.customerId };
  const linesError = problems.lines;
  const placing = formState.isSubmitting;

  const priceList = (
    <PriceSummary quote={quote} money={money} />
  );

  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} className="space-y-6">
      <Section n={1} id="new-order-customer" title={t("orders.newOrder.customer.title")}>
        <CustomerSection mode={mode} onMode={chooseMode} customer={customer} onSelect={selectCustomer} register={(k) => register(`customer.${k}`, { onChange: edit })} errors={customerErrors} />
      </Section>

      <Section n={2} id="new-order-address" title={t("orders.newOrder.address.title")}>
        <p className="mb-3 text-sm text-slate-600">{customer?.addresses.length ? t("orders.newOrder.address.prefilled") : t("orders.newOrder.address.hint")}</p>
        {customer && customer.addresses.length > 1 ? (
          <div className="mb-3">
            <label htmlFor="address-pick" className="block text-sm font-medium text-slate-800">
              {t("orders.newOrder.address.saved")}
            </label>
            <select
              id="address-pick"
              className={inputClass(false, "mt-1")}
              defaultValue={customer.addresses[0].id}
              onChange={(e) => {
                const a = customer.addresses.find((x) => x.id === e.target.value);
                if (!a) return;
                edit();
                setValue("shippingAddress", a.address, again());
              }}
            >
              {customer.addresses.map((a) => (
                <option key={a.id} value={a.id}>
                  {[a.label, a.address.line1, `${a.address.postalCode} ${a.address.city}`].filter(Boolean).join(", ")}
                  {a.isDefault ? ` (${t("orders.newOrder.address.default")})` : ""}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <AddressFields idPrefix="ship" value={address} onChange={(a) => (edit(), setValue("shippingAddress", a, again()))} errors={problems} errorPrefix="shippingAddress" />
        {problems.shippingAddress ? <p className="mt-2 text-sm text-red-700">{problems.shippingAddress}</p> : null}
      </Section>

      <Section n={3} id="new-order-products" title={t("orders.newOrder.products.title")}>
        <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
          <ProductSearch idPrefix="product-search" address={address} extraStore={extraStore || undefined} onAdd={addProduct} addLabel={(p) => t("orders.newOrder.products.addLabel", { name: p.name, sku: p.sku })} />
          <StoreSelect id="extra-store" stores={pickupStores} value={extraStore} onChange={setExtraStore} />
        </div>
      </Section>

      <Section n={4} id="new-order-lines" title={t("orders.newOrder.lines.title")}>
        {lines.fields.length === 0 ? (
          <p className="text-sm text-slate-700">{t("orders.newOrder.lines.empty")}</p>
        ) : (
          <ol className="space-y-4" aria-label={t("orders.newOrder.lines.title")}>
            {lines.fields.map((field, i) => {
              const l = cart[i] ?? field;
              const product = products[l.sku];
              const name = product?.name ?? l.sku;
              const availability = options.bySku.get(l.sku);
              const other = !!otherStore[field.key] && l.mode === "PICKUP";
              const choice = l.mode && !other ? { mode: l.mode, ...(l.pickupStore ? { pickupStore: l.pickupStore } : {}) } : null;
              const quoted = quote.quote?.lines[i]?.sku === l.sku ? quote.quote.lines[i] : undefined;
              const storeId = `line-${i}-store`;
              const storeError = problems[`lines.${i}.pickupStore`];
              const choose = (c: { mode: "SHIP" | "PICKUP"; pickupStore?: string }, isOther: boolean) => {
                edit();
                setOtherStore((o) => ({ ...o, [field.key]: isOther }));
                setValue(`lines.${i}.pickupStore`, c.pickupStore, again());
                setValue(`lines.${i}.mode`, c.mode, again());
              };
              return (
                <li key={field.key} aria-label={t("orders.newOrder.lines.line", { n: i + 1, name })} className="rounded-md border border-slate-200 p-3">
                  <div className="flex flex-wrap items-end justify-between gap-3">
                    <div className="min-w-0">
                      <p className="font-medium text-slate-900">
                        {i + 1}. {name}
                      </p>
                      <p className="text-sm text-slate-700">
                        <span className="font-mono text-xs">{l.sku}</span>
                        {product ? ` · ${t("orders.newOrder.lines.unitPrice", { price: formatMoney(product.priceMinor, product.currency, locale) })}` : ""}
                        {availability ? ` · ${t("orders.newOrder.products.networkAtp", { units: formatNumber(availability.available, locale) })}` : ""}
                      </p>
                      {problems[`lines.${i}.sku`] ? <p className="text-sm text-red-700">{problems[`lines.${i}.sku`]}</p> : null}
                    </div>
                    <div className="flex items-end gap-2">
                      <Field id={`line-${i}-qty`} label={t("orders.newOrder.lines.qtyFor", { name })} error={problems[`lines.${i}.qty`]}>
                        {(props) => <input {...props} {...register(`lines.${i}.qty`, { valueAsNumber: true, onChange: edit })} type="number" min={1} max={999} inputMode="numeric" className={inputClass(!!props["aria-invalid"], "w-24")} />}
                      </Field>
                      <Button
                        variant="ghost"
                        size="sm"
                        onClick={() => {
                          edit();
                          // Errors are by position: once a line goes, they no longer point at the right one.
                          form.clearErrors("lines");
                          lines.remove(i);
                        }}
                        aria-label={t("orders.newOrder.lines.remove", { name })}
                      >
                        {t("orders.newOrder.lines.removeShort")}
                      </Button>
                    </div>
                  </div>
                  <div className="mt-3">
                    <LineDelivery
                      name={`line-${i}-option`}
                      legend={t("orders.newOrder.lines.deliveryFor", { name })}
                      availability={availability}
                      requested={validQty(l.qty) ? l.qty : 1}
                      value={choice}
                      onChange={(c) => choose(c, false)}
                      error={problems[`lines.${i}.mode`]}
                      state={{ ...options, hasExtraStore: !!extraStore }}
                    >
                      <label htmlFor={`line-${i}-option-other`} className={optionClass(other)}>
                        <input id={`line-${i}-option-other`} type="radio" name={`line-${i}-option`} className="mt-1" checked={other} onChange={() => choose({ mode: "PICKUP", pickupStore: undefined }, true)} />
                        <span className="block text-sm font-medium text-slate-900">{t("orders.newOrder.options.anotherStore")}</span>
                      </label>
                      {other ? (
                        <div className="ml-6 mt-1">
                          <label htmlFor={storeId} className="block text-sm font-medium text-slate-800">
                            {t("orders.newOrder.options.storeFor", { name })}
                          </label>
                          <select
                            id={storeId}
                            className={inputClass(!!storeError, "mt-1")}
                            value={l.pickupStore ?? ""}
                            aria-invalid={storeError ? true : undefined}
                            aria-describedby={storeError ? `${storeId}-error` : undefined}
                            onChange={(e) => choose({ mode: "PICKUP", pickupStore: e.target.value || undefined }, true)}
                          >
                            <option value="">{t("orders.newOrder.options.chooseStore")}</option>
                            {pickupStores.map((s) => (
                              <option key={s.code} value={s.code}>
                                {s.name} ({s.code}) – {s.city}
                              </option>
                            ))}
                          </select>
                          {storeError ? (
                            <p id={`${storeId}-error`} className="mt-1 text-sm text-red-700">
                              {storeError}
                            </p>
                          ) : null}
                        </div>
                      ) : null}
                    </LineDelivery>
                    {!other && storeError ? <p className="mt-1 text-sm text-red-700">{storeError}</p> : null}
                    {quoted?.promisedDate ? <p className="mt-2 text-sm font-medium text-slate-900">{t("orders.newOrder.options.forThisOrder", { date: dateOf(quoted.promisedDate) })}</p> : null}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        {linesError ? <p className="mt-2 text-sm text-red-700">{linesError}</p> : null}
      </Section>

      <Section n={5} id="new-order-promo" title={t("orders.newOrder.promo.title")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="max-w-sm">
            <Field id="promo-code" label={t("orders.newOrder.promo.label")} hint={t("orders.newOrder.promo.hint")} error={problems.promoCode}>
              {(props) => <input {...props} {...register("promoCode", { onChange: edit })} className={inputClass(!!props["aria-invalid"], "uppercase")} maxLength={40} autoComplete="off" />}
            </Field>
          </div>
          {priceList}
        </div>
      </Section>

      <Section n={6} id="new-order-payment" title={t("payments.title")}>
        <PaymentSection value={values.payment ?? EMPTY_PAYMENT} errors={problems} testCards={testCards} onChange={(p) => (edit(), setValue("payment", p, again()))} />
      </Section>

      <div ref={problemsRef} tabIndex={-1} className="outline-none">
        {refusal || problemList.length ? (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-medium">{refusal ? refusal.headline : t("orders.newOrder.errors.fix")}</p>
            {problemList.length || refusal?.unplaced.length ? (
              <ul className="mt-1 list-disc pl-5">
                {problemList.map(([k, v]) => (
                  <li key={k}>{v}</li>
                ))}
                {refusal?.unplaced.map((v, i) => <li key={`unplaced-${i}`}>{v}</li>)}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>

      {!reviewing ? (
        <div className="flex justify-end">
          <Button onClick={() => void review()}>{t("orders.newOrder.review.button")}</Button>
        </div>
      ) : (
        <Card aria-labelledby="new-order-review" className="border-brand-700">
          <h2 id="new-order-review" ref={reviewRef} tabIndex={-1} className="mb-1 text-base font-semibold text-slate-900 outline-none">
            <span className="mr-2 inline-flex h-6 w-6 items-center justify-center rounded-full bg-brand-700 text-xs text-white" aria-hidden="true">
              7
            </span>
            {t("orders.newOrder.review.title")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("orders.newOrder.review.intro")}</p>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-medium text-slate-800">{t("orders.newOrder.review.customer")}</dt>
              <dd className="text-slate-900">
                {contact.name} · {contact.email}
                {contact.phone ? ` · ${contact.phone}` : ""}
                {mode === "new" ? ` (${t("orders.newOrder.review.newCustomer")})` : ""}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-800">{t("orders.newOrder.review.address")}</dt>
              <dd className="text-slate-900">{sendAddress ? [address.name, address.line1, address.line2, `${address.postalCode} ${address.city}`, address.country].filter((x) => x && x.trim()).join(", ") : t("orders.newOrder.review.noAddress")}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-800">{t("payments.title")}</dt>
              <dd className="text-slate-900">{paymentSummary(values.payment ?? EMPTY_PAYMENT, t)}</dd>
            </div>
          </dl>
          <table className="mt-4 w-full text-left text-sm">
            <caption className="sr-only">{t("orders.newOrder.review.lines")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-700">
                <th scope="col" className="py-1 pr-2 font-medium">{t("orders.newOrder.review.item")}</th>
                <th scope="col" className="py-1 pr-2 text-right font-medium">{t("orders.newOrder.lines.qty")}</th>
                <th scope="col" className="py-1 pr-2 font-medium">{t("orders.newOrder.review.delivery")}</th>
                <th scope="col" className="py-1 pr-2 font-medium">{t("orders.newOrder.review.date")}</th>
                <th scope="col" className="py-1 text-right font-medium">{t("orders.newOrder.review.amount")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {cart.map((l, i) => {
                const store = l.pickupStore ? (options.bySku.get(l.sku)?.options.find((o) => isChosen({ mode: "PICKUP", pickupStore: l.pickupStore }, o))?.nodeName ?? pickupStores.find((s) => s.code === l.pickupStore)?.name) : undefined;
                const quoted = quote.current ? quote.quote?.lines[i] : undefined;
                return (
                  <tr key={lines.fields[i]?.key ?? i}>
                    <td className="py-1 pr-2">
                      {products[l.sku]?.name ?? l.sku} <span className="font-mono text-xs text-slate-700">{l.sku}</span>
                    </td>
                    <td className="py-1 pr-2 text-right tabular-nums">{formatNumber(l.qty, locale)}</td>
                    <td className="py-1 pr-2">{l.mode ? optionLabel({ mode: l.mode, node: l.pickupStore, nodeName: store }) : "–"}</td>
                    <td className="py-1 pr-2">{quoted ? dateOf(quoted.promisedDate) : "…"}</td>
                    <td className="py-1 text-right tabular-nums">{quoted ? money(quoted.amountMinor) : "…"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="mt-3 ml-auto max-w-xs">{priceList}</div>
          <div className="mt-4">
            <label className="flex items-start gap-2 text-sm text-slate-900">
              <input type="checkbox" className="mt-1" checked={confirmed} onChange={(e) => (setConfirmed(e.target.checked), setConfirmError(false))} aria-describedby={confirmError ? "confirm-error" : undefined} />
              {t("orders.newOrder.review.confirm")}
            </label>
            {confirmError ? (
              <p id="confirm-error" className="mt-1 text-sm text-red-700">
                {t("orders.newOrder.errors.confirm")}
              </p>
            ) : null}
            {!quote.current ? (
              <p role="status" className="mt-1 text-sm text-slate-700">
                {t("orders.newOrder.review.waiting")}
              </p>
            ) : null}
          </div>
          <div className="mt-4 flex justify-end gap-2">
            <Button variant="secondary" onClick={edit}>
              {t("orders.newOrder.review.edit")}
            </Button>
            <Button onClick={() => void form.handleSubmit(place)()} disabled={placing || !quote.current}>
              {placing ? t("orders.newOrder.review.placing") : t("orders.newOrder.review.place")}
            </Button>
          </div>
        </Card>
      )}
    </form>
  );
}

/** The server's price of the cart: subtotal, promo code, shipping and total, or why there is none yet. */
function PriceSummary({ quote, money }: { quote: ReturnType<typeof useOrderQuote>; money: (minor: number) => string }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const q = quote.quote;
  const promoIssue = q?.issues.promoCode;
  return (
    <section aria-labelledby="new-order-price" aria-busy={quote.isFetching || undefined} className="text-sm">
      <h3 id="new-order-price" className="font-medium text-slate-800">
        {t("orders.newOrder.quote.title")}
      </h3>
      <div aria-live="polite">
        {!quote.hasCart ? (
          <p className="text-slate-700">{t("orders.newOrder.quote.empty")}</p>
        ) : quote.isError && quote.error ? (
          <p role="alert" className="text-red-800">
            {t("orders.newOrder.quote.error", { reason: errorText(Object.values(quote.error.fields ?? {})[0] ?? { code: quote.error.code, params: quote.error.params }) })}{" "}
            <Button variant="secondary" size="sm" onClick={quote.refetch}>
              {t("orders.newOrder.options.retry")}
            </Button>
          </p>
        ) : !q ? (
          <p className="text-slate-700">{t("orders.newOrder.quote.loading")}</p>
        ) : (
          <>
            <dl className="mt-1 tabular-nums">
              <div className="flex justify-between">
                <dt>{t("orders.newOrder.quote.subtotal")}</dt>
                <dd>{money(q.subtotalMinor)}</dd>
              </div>
              {q.discountMinor ? (
                <div className="flex justify-between">
                  <dt>{t("orders.newOrder.quote.discount", { code: q.promoCode ?? "" })}</dt>
                  <dd>−{money(q.discountMinor)}</dd>
                </div>
              ) : null}
              <div className="flex justify-between">
                <dt>{t("orders.newOrder.quote.shipping")}</dt>
                <dd>{money(q.shippingMinor)}</dd>
              </div>
              <div className="mt-1 flex justify-between border-t border-slate-200 pt-1 font-semibold">
                <dt>{t("orders.newOrder.quote.total")}</dt>
                <dd>{money(q.totalMinor)}</dd>
              </div>
            </dl>
            {promoIssue ? <p className="mt-1 text-amber-900">{t("orders.newOrder.quote.promoNotApplied", { reason: errorText(promoIssue) })}</p> : null}
            {q.lines.some((l) => !l.promisedDate) ? <p className="mt-1 text-xs text-slate-600">{t("orders.newOrder.quote.shippingOnChoice")}</p> : null}
            {quote.isFetching ? <p className="mt-1 text-xs text-slate-600">{t("orders.newOrder.quote.updating")}</p> : null}
          </>
        )}
      </div>
    </section>
  );
}
