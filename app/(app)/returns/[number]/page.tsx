// One return (RMA): its lines and what was received, where the units went, the refund against what
// was expected, the exchange order and the return's events, with "Refund now" for an agent before
// the units arrive and "Receive" for a mail return at its DC.
import { forbidden, notFound } from "next/navigation";
import Link from "next/link";
import { ExchangeCard, RefundCard, ReturnLinesTable, ReturnSummaryCard, ReturnTimeline } from "@/components/returns/return-detail";
import { ReturnActions } from "@/components/returns/return-actions";
import { ReturnStatusBadge } from "@/components/returns/return-badges";
import { PageHeader } from "@/components/ui/page-header";
import { can, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n";
import { AGENT_TIME_ZONE } from "@/lib/orders";
import { getReturn, getReturnableOrder, type ReturnDetail } from "@/lib/returns";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Params) {
  const { t } = await getTranslator();
  return { title: t("returns.detail.title", { number: decodeURIComponent((await params).number) }) };
}

/** Before the units arrive, an authorised return may still be refunded or received. */
const OPEN = new Set<ReturnDetail["status"]>(["REQUESTED", "APPROVED"]);

export default async function ReturnPage({ params }: Params) {
  const number = decodeURIComponent((await params).number);
  const actor = await requirePageActor("return.view", `/returns/${encodeURIComponent(number)}`);
  const { t, locale } = await getTranslator();
  if (!number.trim() || number.length > 64) notFound();
  const db = await getDb();
  // Another store's return is not this associate's to see: the forbidden page, not an error.
  const ret = await getReturn(db, actor, { number }).catch((e: unknown) => {
    if (e instanceof ForbiddenError) forbidden();
    throw e;
  });
  if (!ret) notFound();

  const remainingMinor = ret.expectedRefundMinor - ret.refundMinor;
  const refundable = can(actor.role, "return.refund") && OPEN.has(ret.status) && ret.refundMinor === 0 && remainingMinor > 0;
  // The role's limit comes with what the order may still return (the policy for this user).
  const limits = refundable ? ((await getReturnableOrder(db, actor, { orderId: ret.order.id }).catch(() => null))?.limits ?? null) : null;
  const remainingLines = ret.lines.filter((l) => l.qty > l.receivedQty);
  const receivable =
    can(actor.role, "return.receive") &&
    actor.role !== "STORE_ASSOCIATE" &&
    ret.method === "MAIL" &&
    ret.receivingDcs.length > 0 &&
    OPEN.has(ret.status) &&
    remainingLines.length > 0;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/returns" className="text-brand-700 underline">
          ← {t("returns.detail.back")}
        </Link>
      </p>
      <PageHeader
        title={t("returns.detail.title", { number: ret.number })}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <ReturnStatusBadge status={ret.status} t={t} />
            <span>{t(`returns.method.${ret.method}`)}</span>
            <span>
              {t("returns.detail.order")}{" "}
              <Link href={`/orders/${encodeURIComponent(ret.order.number)}`} className="text-brand-700 underline">
                {ret.order.number}
              </Link>
            </span>
            <span className="text-xs">{t("returns.detail.version", { version: ret.version })}</span>
          </span>
        }
      />
      <ReturnActions
        refund={refundable ? { returnId: ret.id, number: ret.number, version: ret.version, currency: ret.order.currency, amountMinor: remainingMinor } : null}
        refundLimitMinor={limits?.earlyRefundMinor ?? null}
        receive={
          receivable
            ? {
                returnId: ret.id,
                number: ret.number,
                version: ret.version,
                currency: ret.order.currency,
                nodes: ret.receivingDcs,
                lines: remainingLines.map((l) => ({ orderLineId: l.orderLineId, lineNo: l.orderLine.lineNo, sku: l.orderLine.sku.code, name: l.orderLine.sku.name, expectedQty: l.qty - l.receivedQty })),
              }
            : null
        }
      />
      <div className="space-y-6">
        <ReturnLinesTable ret={ret} t={t} locale={locale} timeZone={AGENT_TIME_ZONE} />
        <div className="grid gap-6 xl:grid-cols-2">
          <div className="space-y-6">
            <ReturnSummaryCard ret={ret} t={t} locale={locale} timeZone={AGENT_TIME_ZONE} />
            <RefundCard ret={ret} t={t} locale={locale} timeZone={AGENT_TIME_ZONE} />
            <ExchangeCard ret={ret} t={t} locale={locale} timeZone={AGENT_TIME_ZONE} />
          </div>
          <ReturnTimeline ret={ret} t={t} locale={locale} timeZone={AGENT_TIME_ZONE} />
        </div>
      </div>
    </>
  );
}
