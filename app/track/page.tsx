// Public order tracking (no login): the buyer gives order number + e-mail; both must match.
// The form posts to a server action (app/track/actions.ts), so the e-mail is never in a URL; it
// works without JavaScript too. A link from an order e-mail (/track?number=…) fills the number in.
import type { Metadata } from "next";
import Link from "next/link";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { TrackLookup } from "@/components/track/track-lookup";
import { getTranslator } from "@/lib/i18n";
import { trackOrderAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  // No referrer to other sites; "same-origin" (not "no-referrer") so the posted form still carries
  // this site's Origin, which server actions check.
  return { title: t("track.title"), referrer: "same-origin", robots: { index: false, follow: false } };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function TrackPage({ searchParams }: { searchParams: Search }) {
  const { t } = await getTranslator();
  const number = (await searchParams).number;
  const initialNumber = (Array.isArray(number) ? number[0] : number)?.slice(0, 40);

  return (
    <>
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/track" className="text-lg font-semibold text-white">
            {t("common.appName")}
          </Link>
          <LocaleSwitcher />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t("track.title")}</h1>
          <p className="mt-1 text-slate-700">{t("track.intro")}</p>
        </div>
        <TrackLookup action={trackOrderAction} initialNumber={initialNumber} />
      </main>
    </>
  );
}
