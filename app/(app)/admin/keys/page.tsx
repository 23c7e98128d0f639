// /admin/keys: the API keys of sales channels and of warehouse and store systems, with who created
// them, when they were last used, and who revoked them, when and why.
import { ApiKeyTable } from "@/components/apikeys/api-key-table";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { listApiKeys } from "@/lib/apikeys";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { formatNumber, getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export default async function ApiKeysPage() {
  const actor = await requirePageActor("apikey.manage", "/admin/keys");
  const { t, locale } = await getTranslator();
  const keys = await listApiKeys(await getDb(), actor);
  const revoked = keys.filter((k) => k.revokedAt).length;
  return (
    <>
      <PageHeader title={t("apikeys.title")} description={t("apikeys.description")} actions={<LinkButton href="/admin/keys/new">{t("apikeys.newKey")}</LinkButton>} />
      {keys.length === 0 ? (
        <EmptyState title={t("apikeys.empty")}>{t("apikeys.emptyHint")}</EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700">{t("apikeys.count", { active: formatNumber(keys.length - revoked, locale), revoked: formatNumber(revoked, locale) })}</p>
          <ApiKeyTable keys={keys} t={t} locale={locale} />
        </>
      )}
    </>
  );
}
