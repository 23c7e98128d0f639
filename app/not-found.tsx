import { LinkButton } from "@/components/ui/button";
import { getTranslator } from "@/lib/i18n";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("common.states.notFoundTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("common.states.notFoundBody")}</p>
      <LinkButton href="/" className="mt-6">
        {t("common.states.goHome")}
      </LinkButton>
    </main>
  );
}
