// /admin/outbox/[id]: one message as the customer (or channel system) receives it.
import Link from "next/link";
import { notFound } from "next/navigation";
import { OutboxMessageView } from "@/components/outbox/outbox-message-view";
import { PageHeader } from "@/components/ui/page-header";
import { can, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getOutboxMessage } from "@/lib/notifications";
import { getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor("outbox.view", `/admin/outbox/${encodeURIComponent(id)}`);
  const { t, locale } = await getTranslator();
  const message = await getOutboxMessage(await getDb(), actor, { id }).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/outbox" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          ← {t("outbox.detail.back")}
        </Link>
      </p>
      <PageHeader title={message.subject ?? t("outbox.noSubject")} description={message.recipient} />
      <OutboxMessageView message={message} t={t} locale={locale} canRetry={can(actor.role, "outbox.retry")} />
    </>
  );
}
