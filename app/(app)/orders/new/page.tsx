// A new order for a customer on the phone (?customer=<id> preselects one, e.g. from their page).
import Link from "next/link";
import { NewOrderForm } from "@/components/orders/new-order/new-order-form";
import { toNewOrderCustomer } from "@/components/orders/new-order/customer";
import { PageHeader } from "@/components/ui/page-header";
import { can, requirePageActor } from "@/lib/auth";
import { listNetworkNodes } from "@/lib/catalog";
import { getCustomerDetail } from "@/lib/customers";
import { getDb } from "@/lib/db";
import { getTranslator } from "@/lib/i18n";
import { configuredProviderName } from "@/lib/payments";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const { t } = await getTranslator();
  return { title: t("orders.newOrder.title") };
}

export default async function NewOrderPage({ searchParams }: { searchParams: Promise<{ customer?: string | string[] }> }) {
  const { customer: raw } = await searchParams;
  const customerId = typeof raw === "string" && raw.length <= 64 ? raw : undefined;
  const actor = await requirePageActor("order.create", `/orders/new${customerId ? `?customer=${encodeURIComponent(customerId)}` : ""}`);
  const { t } = await getTranslator();
  const db = await getDb();
  const [customer, network] = await Promise.all([
    customerId && can(actor.role, "customer.view") ? getCustomerDetail(db, actor, { id: customerId, orderLimit: 1 }) : null,
    listNetworkNodes(db, { type: "STORE" }),
  ]);
  const pickupStores = network.items.filter((n) => n.canPickup).map((n) => ({ code: n.code, name: n.name, city: n.city }));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/orders" className="text-brand-700 underline">
          ← {t("orders.detail.back")}
        </Link>
      </p>
      <PageHeader title={t("orders.newOrder.title")} description={t("orders.newOrder.description")} />
      <NewOrderForm initialCustomer={customer ? toNewOrderCustomer(customer) : null} pickupStores={pickupStores} testCards={configuredProviderName() === "test"} />
    </>
  );
}
