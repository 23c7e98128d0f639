// The buyer's payment page for a pay-by-link order (no sign-in, like /track): the amount, the
// items and a card form; or why the link can no longer be paid (paid, expired, cancelled, unknown).
import type { Metadata } from "next";
import Link from "next/link";
import { PayLinkForm } from "@/components/payments/pay-link-form";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { Card } from "@/components/ui/card";
import { Alert, ErrorState } from "@/components/ui/states";
import { getDb } from "@/lib/db";
import { formatDateTime, formatMoney, getTranslator } from "@/lib/i18n";
import { configuredProviderName, getPaymentLink } from "@/lib/payments";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  // The URL is the permission to pay: never sent on to another site, never indexed.
  return { title: t("payments.page.title"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

const CUSTOMER_TIME_ZONE = "Europe/Paris";

export default async function PayPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t, locale } = await getTranslator();
  const link = await getPaymentLink(await getDb(), token);
  const money = link ? formatMoney(link.amountMinor, link.currency, locale) : "";

  return (
    <>
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <span className="text-lg font-semibold text-white">{t("common.appName")}</span>
          <LocaleSwitcher />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t("payments.page.title")}</h1>
          {link ? <p className="mt-1 text-slate-700">{t("payments.page.intro", { number: link.orderNumber })}</p> : null}
        </div>

        {!link ? (
          <ErrorState title={t("payments.page.notFoundTitle")}>{t("payments.page.notFoundBody")}</ErrorState>
        ) : link.state === "EXPIRED" ? (
          <ErrorState title={t("payments.page.expiredTitle")}>{t("payments.page.expiredBody")}</ErrorState>
        ) : link.state === "CANCELLED" ? (
          <Alert tone="warning">
            <p className="font-semibold">{t("payments.page.cancelledTitle")}</p>
            <p>{t("payments.page.cancelledBody", { number: link.orderNumber })}</p>
          </Alert>
        ) : link.state === "PAID" ? (
          <Alert tone="success">
            <p className="font-semibold">{t("payments.page.usedTitle")}</p>
            <p>{t("payments.page.usedBody", { number: link.orderNumber })}</p>
            <p className="mt-2">
              <Link className="text-brand-700 underline" href={`/track?number=${encodeURIComponent(link.orderNumber)}`}>
                {t("payments.page.track")}
              </Link>
            </p>
          </Alert>
        ) : (
          <div className="grid gap-6 md:grid-cols-[1fr_1.4fr]">
            <Card aria-labelledby="pay-summary">
              <h2 id="pay-summary" className="mb-3 text-base font-semibold text-slate-900">
                {t("payments.page.amount")}
              </h2>
              {link.firstName ? <p className="text-sm text-slate-700">{t("payments.page.greeting", { name: link.firstName })}</p> : null}
              <p className="mt-1 text-3xl font-semibold tabular-nums text-slate-900">{money}</p>
              <p className="mt-2 text-sm text-slate-700">{t("payments.page.expires", { date: formatDateTime(link.expiresAt, locale, CUSTOMER_TIME_ZONE) })}</p>
              <h3 className="mt-4 text-sm font-medium text-slate-800">{t("payments.page.items")}</h3>
              <ul className="mt-1 list-disc pl-5 text-sm text-slate-900">
                {link.lines.map((l, i) => (
                  <li key={i}>{t("payments.page.item", { qty: l.qty, name: l.name })}</li>
                ))}
              </ul>
            </Card>
            <Card aria-labelledby="pay-card">
              <h2 id="pay-card" className="mb-3 text-base font-semibold text-slate-900">
                {t("payments.page.cardTitle")}
              </h2>
              <PayLinkForm token={token} amount={money} orderNumber={link.orderNumber} testCards={configuredProviderName() === "test"} />
            </Card>
          </div>
        )}
      </main>
    </>
  );
}
