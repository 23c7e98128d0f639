// One node: where it is, what it can do, when it is open (in its time zone) and today's load.
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActiveBadge, CapabilityBadges } from "@/components/admin/capability-badges";
import { OpeningHoursTable } from "@/components/admin/opening-hours-table";
import { HolidaysTable } from "@/components/admin/holidays-table";
import { LoadBar } from "@/components/admin/load-bar";
import { LinkButton } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/states";
import { can, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { formatDate, formatNumber, formatPercent, getTranslator } from "@/lib/i18n";
import { getNode } from "@/lib/nodes";

export const dynamic = "force-dynamic";

export default async function NodePage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ saved?: string; created?: string }> }) {
  const { code } = await params;
  const actor = await requirePageActor("node.view", `/admin/nodes/${code}`);
  const { t, locale } = await getTranslator();
  const node = await getNode(await getDb(), actor, { code: decodeURIComponent(code) }).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const { saved: savedParam, created: createdParam } = await searchParams;
  const saved = savedParam === "1";
  const created = createdParam === "1";
  const { releasedUnits, loadRatio, start } = node.today;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/nodes" className="text-brand-700 underline-offset-2 hover:underline">
          ← {t("admin.node.backToList")}
        </Link>
      </p>
      <PageHeader
        title={`${node.name} (${node.code})`}
        description={t(`admin.nodeTypes.${node.type}`)}
        actions={can(actor.role, "node.edit") ? <LinkButton href={`/admin/nodes/${encodeURIComponent(node.code)}/edit`}>{t("admin.node.edit")}</LinkButton> : null}
      />
      {saved || created ? (
        <div className="mb-4">
          <Alert tone="success">{created ? t("nodesAdmin.create.createdNotice") : t("admin.node.savedNotice")}</Alert>
        </div>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardTitle>{t("admin.node.details")}</CardTitle>
          <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">{t("admin.node.address")}</dt>
            <dd>
              {node.addressLine1}
              <br />
              {node.postalCode} {node.city}, {node.country}
            </dd>
            <dt className="text-slate-600">{t("admin.node.coordinates")}</dt>
            <dd className="tabular-nums">
              {t("admin.node.latLng", {
                lat: formatNumber(node.lat, locale, { maximumFractionDigits: 5 }),
                lng: formatNumber(node.lng, locale, { maximumFractionDigits: 5 }),
              })}
            </dd>
            <dt className="text-slate-600">{t("admin.node.timeZone")}</dt>
            <dd>{node.timeZone}</dd>
            <dt className="text-slate-600">{t("admin.node.capabilities")}</dt>
            <dd>
              <CapabilityBadges capabilities={node.capabilities} t={t} />
            </dd>
            {node.franchise ? (
              <>
                <dt className="text-slate-600">{t("admin.node.franchise")}</dt>
                <dd>{t("admin.common.yes")}</dd>
              </>
            ) : null}
            <dt className="text-slate-600">{t("admin.node.status")}</dt>
            <dd>
              <ActiveBadge active={node.active} t={t} />
            </dd>
          </dl>
        </Card>

        <Card>
          <CardTitle>{t("admin.node.capacity")}</CardTitle>
          <p className="mb-3 text-sm text-slate-600">{t("admin.node.todayIs", { date: formatDate(start, locale, node.timeZone) })}</p>
          <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">{t("admin.node.dailyCapacity")}</dt>
            <dd className="tabular-nums">{t("admin.node.unitsPerDay", { count: formatNumber(node.dailyCapacity, locale) })}</dd>
            <dt className="text-slate-600">{t("admin.node.releasedToday")}</dt>
            <dd className="tabular-nums">{t("admin.node.releasedUnits", { count: formatNumber(releasedUnits, locale) })}</dd>
            <dt className="text-slate-600">{t("admin.node.load")}</dt>
            <dd>
              {loadRatio === null ? (
                t("admin.node.noCapacity")
              ) : (
                <>
                  <span className="tabular-nums">
                    {t("admin.node.loadOf", {
                      released: formatNumber(releasedUnits, locale),
                      capacity: formatNumber(node.dailyCapacity, locale),
                      percent: formatPercent(loadRatio, locale, 0),
                    })}
                  </span>
                  <LoadBar ratio={loadRatio} />
                  {loadRatio > 1 ? <p className="mt-1 font-medium text-red-700">{t("admin.node.overCapacity")}</p> : null}
                </>
              )}
            </dd>
          </dl>
        </Card>

        <Card className="lg:col-span-2">
          <CardTitle>{t("admin.node.hours")}</CardTitle>
          <OpeningHoursTable hours={node.openingHours} timeZone={node.timeZone} t={t} />
        </Card>

        <Card className="lg:col-span-2">
          <CardTitle>{t("nodesAdmin.holidays.title")}</CardTitle>
          <HolidaysTable holidays={node.holidays} timeZone={node.timeZone} today={node.today.date} t={t} locale={locale} />
        </Card>
      </div>
    </>
  );
}
