// The admin creates an API key for a sales channel or for the nodes of a warehouse or store system;
// the key is shown once, on this page, right after it is created.
import Link from "next/link";
import { CreateApiKeyForm } from "@/components/apikeys/create-api-key-form";
import { PageHeader } from "@/components/ui/page-header";
import { listKeyNodeChoices } from "@/lib/apikeys";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export default async function NewApiKeyPage() {
  const actor = await requirePageActor("apikey.manage", "/admin/keys/new");
  const { t } = await getTranslator();
  const nodes = await listKeyNodeChoices(await getDb(), actor);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/keys" className="text-brand-700 underline-offset-2 hover:underline">
          ← {t("apikeys.form.backToList")}
        </Link>
      </p>
      <PageHeader title={t("apikeys.form.title")} description={t("apikeys.form.description")} />
      <CreateApiKeyForm nodes={nodes} />
    </>
  );
}
