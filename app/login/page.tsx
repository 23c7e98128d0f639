import { redirect } from "next/navigation";
import { ROLE_HOME, currentActor, safeCallbackUrl } from "@/lib/auth";
import { getTranslator } from "@/lib/i18n";
import { LoginForm } from "@/components/auth/login-form";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const { t } = await getTranslator();
  return { title: t("common.login.title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const actor = await currentActor();
  const raw = (await searchParams).callbackUrl;
  // Only a path of this site: never an open redirect.
  const callbackUrl = safeCallbackUrl(Array.isArray(raw) ? raw[0] : raw);
  if (actor) redirect(callbackUrl ?? ROLE_HOME[actor.role]);
  const { t } = await getTranslator();
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-4 flex justify-end">
          <LocaleSwitcher tone="light" />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <p className="text-sm font-medium text-brand-700">{t("common.appName")}</p>
          <h1 className="mb-6 text-2xl font-semibold">{t("common.login.title")}</h1>
          <LoginForm callbackUrl={callbackUrl} />
        </div>
        <p className="mt-4 text-center text-sm text-slate-600">{t("common.login.demoHint")}</p>
        <p className="mt-2 text-center text-sm">
          <a className="text-brand-700 underline" href="/track">
            {t("common.nav.track")}
          </a>
        </p>
      </div>
    </main>
  );
}
