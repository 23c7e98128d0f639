import { redirect } from "next/navigation";
import { ROLE_HOME, currentActor } from "@/lib/auth";
import { getTranslator } from "@/lib/i18n";
import { LoginForm } from "@/components/auth/login-form";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const { t } = await getTranslator();
  return { title: t("common.login.title") };
}

function safeCallback(url: string | undefined): string | undefined {
  // Only same-site paths: never an open redirect.
  return url && url.startsWith("/") && !url.startsWith("//") ? url : undefined;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const actor = await currentActor();
  const { callbackUrl } = await searchParams;
  if (actor) redirect(safeCallback(callbackUrl) ?? ROLE_HOME[actor.role]);
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
          <LoginForm callbackUrl={safeCallback(callbackUrl)} />
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
