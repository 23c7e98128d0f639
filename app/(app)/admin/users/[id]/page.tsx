// One user: account facts, role and store, and activation.
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActiveBadge } from "@/components/admin/capability-badges";
import { UserAccessForm, UserStatusForm } from "@/components/admin/user-forms";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/states";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { DISPLAY_TIME_ZONE, formatDateTime, getTranslator } from "@/lib/i18n";
import { listStores } from "@/lib/nodes";
import { getUser } from "@/lib/users";

export const dynamic = "force-dynamic";

export default async function UserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor("user.manage", `/admin/users/${id}`);
  const { t, locale } = await getTranslator();
  const db = await getDb();
  const user = await getUser(db, actor, { id }).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  // Keep the user's current store selectable even if it has since been deactivated.
  const stores = (await listStores(db, actor)).filter((s) => s.active || s.id === user.storeId);
  const created = (await searchParams).created === "1";

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-brand-700 underline-offset-2 hover:underline">
          ← {t("admin.user.backToList")}
        </Link>
      </p>
      <PageHeader title={user.name} description={t(`admin.roles.${user.role}`)} />
      {created ? (
        <div className="mb-4">
          <Alert tone="success">{t("admin.user.createdNotice")}</Alert>
        </div>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardTitle>{t("admin.user.details")}</CardTitle>
          <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">{t("admin.user.email")}</dt>
            <dd>{user.email}</dd>
            <dt className="text-slate-600">{t("admin.user.status")}</dt>
            <dd>
              <ActiveBadge active={user.active} t={t} />
            </dd>
            <dt className="text-slate-600">{t("admin.user.created")}</dt>
            <dd>{formatDateTime(user.createdAt, locale, DISPLAY_TIME_ZONE)}</dd>
            <dt className="text-slate-600">{t("admin.user.lastLogin")}</dt>
            <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale, DISPLAY_TIME_ZONE) : t("admin.users.never")}</dd>
          </dl>
        </Card>
        <Card>
          <CardTitle>{t("admin.user.status")}</CardTitle>
          <UserStatusForm user={{ id: user.id, version: user.version, active: user.active }} isSelf={user.id === actor.id} />
        </Card>
        <Card className="lg:col-span-2">
          <CardTitle>{t("admin.user.access")}</CardTitle>
          <div className="max-w-xl">
            <UserAccessForm user={{ id: user.id, version: user.version, role: user.role, storeId: user.storeId }} stores={stores.map(({ id, code, name }) => ({ id, code, name }))} />
          </div>
        </Card>
      </div>
    </>
  );
}
