// One customer: contact details, addresses and their orders.
import { notFound } from "next/navigation";
import Link from "next/link";
import { CustomerAddresses, CustomerContact, CustomerOrders } from "@/components/customers/customer-detail";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can, requirePageActor } from "@/lib/auth";
import { getCustomerDetail } from "@/lib/customers";
import { getDb } from "@/lib/db";
import { getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const { t } = await getTranslator();
  return { title: t("customers.title") };
}

export default async function CustomerPage({ params }: Params) {
  const { id } = await params;
  const actor = await requirePageActor("customer.view", `/customers/${encodeURIComponent(id)}`);
  const { t, locale } = await getTranslator();
  if (id.length > 64) notFound();
  const customer = await getCustomerDetail(await getDb(), actor, { id });
  if (!customer) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/customers" className="text-brand-700 underline">
          ← {t("customers.detail.back")}
        </Link>
      </p>
      <PageHeader
        title={`${customer.firstName} ${customer.lastName}`}
        description={customer.email}
        actions={can(actor.role, "order.create") ? <LinkButton href={`/orders/new?customer=${encodeURIComponent(customer.id)}`}>{t("orders.newOrder.button")}</LinkButton> : null}
      />
      <div className="space-y-6">
        <div className="grid gap-4 lg:grid-cols-[1fr_2fr]">
          <CustomerContact customer={customer} t={t} locale={locale} />
          <CustomerAddresses customer={customer} t={t} />
        </div>
        <CustomerOrders customer={customer} t={t} locale={locale} />
      </div>
    </>
  );
}
