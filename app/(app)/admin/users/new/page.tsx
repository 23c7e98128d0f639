// The admin creates a user.
import Link from "next/link";
import { CreateUserForm } from "@/components/admin/user-forms";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { getTranslator } from "@/lib/i18n";
import { listStores } from "@/lib/nodes";

export const dynamic = "force-dynamic";

export default async function NewUserPage() {
  const actor = await requirePageActor("user.manage", "/admin/users/new");
  const { t } = await getTranslator();
  const stores = (await listStores(await getDb(), actor)).filter((s) => s.active);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-brand-700 underline-offset-2 hover:underline">
          ← {t("admin.user.backToList")}
        </Link>
      </p>
      <PageHeader title={t("admin.userForm.title")} description={t("admin.userForm.description")} />
      <CreateUserForm stores={stores.map(({ id, code, name }) => ({ id, code, name }))} />
    </>
  );
}
