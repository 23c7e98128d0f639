"use client";
// A phone order on one page: customer, delivery address, products with live availability near the
// customer, a delivery option per line, promo code, payment (card or payment link), then a
// read-back the customer confirms before the order is placed. Nothing typed is lost when the server refuses; its errors show by field.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { placeOrderAction } from "@/app/(app)/orders/new/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { formatDate, formatMoney, formatNumber } from "@/lib/i18n/client";
import type { ProductMatch } from "@/lib/catalog";
import { AGENT_TIME_ZONE, FREE_SHIPPING_FROM_MINOR, SHIPPING_FEE_MINOR } from "@/lib/orders/client";
import { AddressFields, addressInput, checkAddress } from "./address-fields";
import { EMPTY_ADDRESS, type AddressValues, type NewOrderCustomer } from "./customer";
import { checkNewCustomer, CustomerSection, type NewCustomerValues } from "./customer-section";
import { isChosen, useOptionLabel, type LineChoice } from "./delivery-option-picker";
import { LineDelivery, StoreSelect, type PickupStore } from "./line-delivery";
import { checkPayment, EMPTY_PAYMENT, PaymentSection, paymentInput, paymentSummary, type PaymentValues } from "./payment-section";
import { declineErrors } from "@/components/payments/card-fields";
import { ProductSearch } from "./product-search";
import { useDeliveryOptions } from "./queries";


interface CartLine {
  key: string;
  sku: string;
  name: string;
  priceMinor: number;
  currency: string;
  qty: string;
  choice: LineChoice | null;
}

type Errors = Record<string, string | undefined>;

const defaultAddress = (c: NewOrderCustomer | null): AddressValues => (c?.addresses[0] ? c.addresses[0].address : EMPTY_ADDRESS);
const qtyOf = (l: CartLine) => Number(l.qty);
const validQty = (l: CartLine) => Number.isInteger(qtyOf(l)) && qtyOf(l) >= 1 && qtyOf(l) <= 999;

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
  const router = useRouter();
  const optionLabel = useOptionLabel();
  const [mode, setMode] = useState<"existing" | "new">("existing");
  const [customer, setCustomer] = useState<NewOrderCustomer | null>(initialCustomer);
  const [newCustomer, setNewCustomer] = useState<NewCustomerValues>({ name: "", email: "", phone: "" });
  const [address, setAddress] = useState<AddressValues>(defaultAddress(initialCustomer));
  const [lines, setLines] = useState<CartLine[]>([]);
  const [extraStore, setExtraStore] = useState("");
  const [promoCode, setPromoCode] = useState("");
  const [payment, setPayment] = useState<PaymentValues>(EMPTY_PAYMENT);
  const [errors, setErrors] = useState<Errors>({});
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [placing, setPlacing] = useState(false);
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const problemsRef = useRef<HTMLDivElement>(null);

  const options = useDeliveryOptions(
    lines.filter(validQty).map((l) => ({ sku: l.sku, qty: qtyOf(l) })),
    address,
    extraStore || undefined,
  );

  // Any change after the read-back means reading it back again.
  const edit = () => {
    setReviewing(false);
    setConfirmed(false);
  };
  const clearErrors = (...keys: string[]) => setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.some((p) => k === p || k.startsWith(`${p}.`)))));

  const selectCustomer = (c: NewOrderCustomer | null) => {
    edit();
    setCustomer(c);
    clearErrors("customerId", "customer");
    if (c) {
      setAddress(defaultAddress(c));
      clearErrors("shippingAddress");
    }
  };

  const addProduct = (p: ProductMatch) => {
    edit();
    setLines((ls) => {
      const i = ls.findIndex((l) => l.sku === p.sku);
      if (i >= 0) return ls.map((l, j) => (j === i ? { ...l, qty: String((validQty(l) ? qtyOf(l) : 0) + 1) } : l));
      return [...ls, { key: `${p.sku}-${Date.now()}`, sku: p.sku, name: p.name, priceMinor: p.priceMinor, currency: p.currency, qty: "1", choice: null }];
    });
    clearErrors("lines");
  };
  const updateLine = (key: string, patch: Partial<CartLine>) => {
    edit();
    setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  };
  const removeLine = (key: string) => {
    edit();
    // Server errors are by position: once a line goes, they no longer point at the right one.
    setLines((ls) => ls.filter((l) => l.key !== key));
    clearErrors("lines");
  };

  const ships = lines.some((l) => l.choice?.mode === "SHIP");
  const sendAddress = ships || address.line1.trim() !== "";
  const contact = mode === "existing" ? (customer ? { name: customer.name, email: customer.email, phone: customer.phone } : null) : newCustomer;

  const check = (): Errors => {
    const e: Errors = {};
    if (mode === "existing" && !customer) e.customerId = t("orders.newOrder.errors.chooseCustomer");
    if (mode === "new") Object.assign(e, checkNewCustomer(newCustomer, t));
    if (sendAddress) Object.assign(e, checkAddress(address, "shippingAddress", t));
    if (!lines.length) e.lines = t("orders.newOrder.errors.noLines");
    lines.forEach((l, i) => {
      if (!validQty(l)) e[`lines.${i}.qty`] = t("orders.newOrder.errors.qty");
      if (!l.choice) e[`lines.${i}.mode`] = t("orders.newOrder.errors.chooseOption");
    });
    Object.assign(e, checkPayment(payment, t));
    return e;
  };

  const showProblems = (e: Errors) => {
    setErrors(e);
    requestAnimationFrame(() => problemsRef.current?.focus());
  };

  const review = () => {
    const e = check();
    setServerMessage(null);
    if (Object.keys(e).length) return showProblems(e);
    setErrors({});
    setReviewing(true);
    requestAnimationFrame(() => reviewRef.current?.focus());
  };

  const place = async () => {
    if (!confirmed) return setErrors((e) => ({ ...e, confirmed: t("orders.newOrder.errors.confirm") }));
    if (!contact) return;
    setPlacing(true);
    setServerMessage(null);
    try {
      const phone = contact.phone.trim();
      const result = await placeOrderAction({
        ...(mode === "existing" && customer ? { customerId: customer.id } : {}),
        customer: { name: contact.name.trim(), email: contact.email.trim(), ...(phone ? { phone } : {}) },
        ...(sendAddress ? { shippingAddress: addressInput(address) } : {}),
        lines: lines.map((l) => ({ sku: l.sku, qty: qtyOf(l), mode: l.choice!.mode, ...(l.choice!.pickupStore ? { pickupStore: l.choice!.pickupStore } : {}) })),
        ...(promoCode.trim() ? { promoCode: promoCode.trim() } : {}),
        payment: paymentInput(payment),
      });
      if (result.ok) {
        router.push(`/orders/${encodeURIComponent(result.data.number)}?placed=1`);
        return;
      }
      setReviewing(false);
      setConfirmed(false);
      // A declined card: say so on the card number, in the agent's language; nothing was placed.
      const declined = declineErrors(result.error, "payment.card", t);
      if (declined) {
        setServerMessage(null);
        return showProblems(declined);
      }
      setServerMessage(result.error.code === "VALIDATION_FAILED" ? null : result.error.message);
      showProblems({ ...(result.error.fields ?? {}), _: result.error.code === "VALIDATION_FAILED" ? t("orders.newOrder.errors.server") : undefined });
    } catch {
      setServerMessage(t("orders.actions.errors.network"));
      requestAnimationFrame(() => problemsRef.current?.focus());
    } finally {
      setPlacing(false);
    }
  };

  const lineTotal = (l: CartLine) => (validQty(l) ? qtyOf(l) * l.priceMinor : 0);
  const currency = lines[0]?.currency ?? "EUR";
  const subtotal = lines.reduce((a, l) => a + lineTotal(l), 0);
  const shipping = ships && subtotal < FREE_SHIPPING_FROM_MINOR ? SHIPPING_FEE_MINOR : 0;
  const problemList = Object.entries(errors).filter(([k, v]) => v && k !== "_");
  const money = (m: number) => formatMoney(m, currency, locale);
  const chosenOption = (l: CartLine) => options.bySku.get(l.sku)?.options.find((o) => isChosen(l.choice, o));

  return (
    <div className="space-y-6">
      <Section n={1} id="new-order-customer" title={t("orders.newOrder.customer.title")}>
        <CustomerSection
          mode={mode}
          onMode={(m) => (edit(), setMode(m), clearErrors("customer", "customerId"))}
          customer={customer}
          onSelect={selectCustomer}
          newCustomer={newCustomer}
          onNewCustomer={(c) => (edit(), setNewCustomer(c))}
          errors={errors}
          onErrors={(f) => setErrors((e) => ({ ...e, ...f }))}
        />
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
                setAddress(a.address);
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
        <AddressFields
          idPrefix="ship"
          value={address}
          onChange={(a) => (edit(), setAddress(a), clearErrors("shippingAddress"))}
          errors={errors}
          errorPrefix="shippingAddress"
          onBlurField={(k) => {
            if (k === "name" || k === "line2") return;
            const e = checkAddress(address, "shippingAddress", t);
            setErrors((x) => ({ ...x, [`shippingAddress.${k}`]: e[`shippingAddress.${k}`] }));
          }}
        />
        {errors.shippingAddress ? <p className="mt-2 text-sm text-red-700">{errors.shippingAddress}</p> : null}
      </Section>

      <Section n={3} id="new-order-products" title={t("orders.newOrder.products.title")}>
        <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
          <ProductSearch idPrefix="product-search" address={address} extraStore={extraStore || undefined} onAdd={addProduct} addLabel={(p) => t("orders.newOrder.products.addLabel", { name: p.name, sku: p.sku })} />
          <StoreSelect id="extra-store" stores={pickupStores} value={extraStore} onChange={setExtraStore} />
        </div>
      </Section>

      <Section n={4} id="new-order-lines" title={t("orders.newOrder.lines.title")}>
        {lines.length === 0 ? (
          <p className="text-sm text-slate-700">{t("orders.newOrder.lines.empty")}</p>
        ) : (
          <ol className="space-y-4" aria-label={t("orders.newOrder.lines.title")}>
            {lines.map((l, i) => (
              <li key={l.key} aria-label={t("orders.newOrder.lines.line", { n: i + 1, name: l.name })} className="rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-end justify-between gap-3">
                  <div className="min-w-0">
                    <p className="font-medium text-slate-900">
                      {i + 1}. {l.name}
                    </p>
                    <p className="text-sm text-slate-700">
                      <span className="font-mono text-xs">{l.sku}</span> · {t("orders.newOrder.lines.unitPrice", { price: money(l.priceMinor) })}
                      {options.bySku.get(l.sku) ? ` · ${t("orders.newOrder.products.networkAtp", { units: formatNumber(options.bySku.get(l.sku)!.available, locale) })}` : ""}
                    </p>
                    {errors[`lines.${i}.sku`] ? <p className="text-sm text-red-700">{errors[`lines.${i}.sku`]}</p> : null}
                  </div>
                  <div className="flex items-end gap-2">
                    <Field id={`line-${i}-qty`} label={t("orders.newOrder.lines.qtyFor", { name: l.name })} error={errors[`lines.${i}.qty`]}>
                      {(props) => <input {...props} type="number" min={1} max={999} inputMode="numeric" className={inputClass(!!props["aria-invalid"], "w-24")} value={l.qty} onChange={(e) => (updateLine(l.key, { qty: e.target.value }), clearErrors(`lines.${i}.qty`))} />}
                    </Field>
                    <Button variant="ghost" size="sm" onClick={() => removeLine(l.key)} aria-label={t("orders.newOrder.lines.remove", { name: l.name })}>
                      {t("orders.newOrder.lines.removeShort")}
                    </Button>
                  </div>
                </div>
                <div className="mt-3">
                  <LineDelivery
                    name={`line-${i}-option`}
                    legend={t("orders.newOrder.lines.deliveryFor", { name: l.name })}
                    availability={options.bySku.get(l.sku)}
                    requested={validQty(l) ? qtyOf(l) : 1}
                    value={l.choice}
                    onChange={(choice) => (updateLine(l.key, { choice }), clearErrors(`lines.${i}.mode`, `lines.${i}.pickupStore`))}
                    error={errors[`lines.${i}.mode`] ?? errors[`lines.${i}.pickupStore`]}
                    state={{ ...options, hasExtraStore: !!extraStore }}
                  />
                </div>
              </li>
            ))}
          </ol>
        )}
        {errors.lines ? <p className="mt-2 text-sm text-red-700">{errors.lines}</p> : null}
      </Section>

      <Section n={5} id="new-order-promo" title={t("orders.newOrder.promo.title")}>
        <div className="max-w-sm">
          <Field id="promo-code" label={t("orders.newOrder.promo.label")} hint={t("orders.newOrder.promo.hint")} error={errors.promoCode}>
            {(props) => <input {...props} className={inputClass(!!props["aria-invalid"], "uppercase")} value={promoCode} maxLength={40} autoComplete="off" onChange={(e) => (edit(), setPromoCode(e.target.value), clearErrors("promoCode"))} />}
          </Field>
        </div>
      </Section>

      <Section n={6} id="new-order-payment" title={t("payments.title")}>
        <PaymentSection value={payment} errors={errors} testCards={testCards} onChange={(p, clear) => (edit(), setPayment(p), clearErrors(...clear))} />
      </Section>

      <div ref={problemsRef} tabIndex={-1} className="outline-none">
        {serverMessage || problemList.length || errors._ ? (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-medium">{serverMessage ?? errors._ ?? t("orders.newOrder.errors.fix")}</p>
            {problemList.length ? (
              <ul className="mt-1 list-disc pl-5">
                {problemList.map(([k, v]) => (
                  <li key={k}>{v}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>

      {!reviewing ? (
        <div className="flex justify-end">
          <Button onClick={review}>{t("orders.newOrder.review.button")}</Button>
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
                {contact?.name} · {contact?.email}
                {contact?.phone ? ` · ${contact.phone}` : ""}
                {mode === "new" ? ` (${t("orders.newOrder.review.newCustomer")})` : ""}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-800">{t("orders.newOrder.review.address")}</dt>
              <dd className="text-slate-900">{sendAddress ? [address.name, address.line1, address.line2, `${address.postalCode} ${address.city}`, address.country].filter((x) => x && x.trim()).join(", ") : t("orders.newOrder.review.noAddress")}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-800">{t("payments.title")}</dt>
              <dd className="text-slate-900">{paymentSummary(payment, t)}</dd>
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
              {lines.map((l) => {
                const o = chosenOption(l);
                return (
                  <tr key={l.key}>
                    <td className="py-1 pr-2">
                      {l.name} <span className="font-mono text-xs text-slate-700">{l.sku}</span>
                    </td>
                    <td className="py-1 pr-2 text-right tabular-nums">{formatNumber(qtyOf(l), locale)}</td>
                    <td className="py-1 pr-2">{l.choice ? optionLabel({ mode: l.choice.mode, node: l.choice.pickupStore, nodeName: o?.nodeName }) : "–"}</td>
                    <td className="py-1 pr-2">{o?.promisedDate ? formatDate(new Date(o.promisedDate), locale, AGENT_TIME_ZONE) : t("orders.newOrder.options.noDate")}</td>
                    <td className="py-1 text-right tabular-nums">{money(lineTotal(l))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <dl className="mt-3 ml-auto max-w-xs text-sm tabular-nums">
            <div className="flex justify-between">
              <dt>{t("orders.detail.subtotal")}</dt>
              <dd>{money(subtotal)}</dd>
            </div>
            <div className="flex justify-between">
              <dt>{t("orders.detail.shipping")}</dt>
              <dd>{money(shipping)}</dd>
            </div>
            {promoCode.trim() ? (
              <div className="flex justify-between">
                <dt>{t("orders.detail.promoCode")}</dt>
                <dd>{promoCode.trim().toUpperCase()}</dd>
              </div>
            ) : null}
            <div className="mt-1 flex justify-between border-t border-slate-200 pt-1 font-semibold">
              <dt>{t("orders.newOrder.review.total")}</dt>
              <dd>{money(subtotal + shipping)}</dd>
            </div>
          </dl>
          {promoCode.trim() ? <p className="mt-1 text-right text-xs text-slate-600">{t("orders.newOrder.review.promoNote")}</p> : null}
          <div className="mt-4">
            <label className="flex items-start gap-2 text-sm text-slate-900">
              <input type="checkbox" className="mt-1" checked={confirmed} onChange={(e) => (setConfirmed(e.target.checked), clearErrors("confirmed"))} aria-describedby={errors.confirmed ? "confirm-error" : undefined} />
              {t("orders.newOrder.review.confirm")}
            </label>
            {errors.confirmed ? (
              <p id="confirm-error" className="mt-1 text-sm text-red-700">
                {errors.confirmed}
              </p>
            ) : null}
          </div>
          <div className="mt-4 flex justify-end gap-2">
            <Button variant="secondary" onClick={edit}>
              {t("orders.newOrder.review.edit")}
            </Button>
            <Button onClick={() => void place()} disabled={placing}>
              {placing ? t("orders.newOrder.review.placing") : t("orders.newOrder.review.place")}
            </Button>
          </div>
        </Card>
      )}
    </div>
  );
}
