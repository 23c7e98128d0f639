// Public order tracking (no login): the buyer gives order number + e-mail; both must match.
// A GET form read from searchParams: no client state, works without JavaScript, and one route that
// a proxy can rate-limit. The page asks browsers not to send its URL (which holds the e-mail) on.
import type { Metadata } from "next";
import Link from "next/link";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { TrackForm } from "@/components/track/track-form";
import { TrackResult } from "@/components/track/track-result";
import { Alert } from "@/components/ui/states";
import { getDb } from "@/lib/db";
import { errorText, getTranslator } from "@/lib/i18n";
import { zodFieldIssues } from "@/lib/errors";
import { trackOrder, trackOrderInput, type TrackOrderResult } from "@/lib/orders";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("track.title"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function TrackPage({ searchParams }: { searchParams: Search }) {
  const { t, locale } = await getTranslator();
  const sp = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const values = { number: one(sp.number), email: one(sp.email) };
  const submitted = values.number !== undefined || values.email !== undefined;

  const errors: { number?: string; email?: string } = {};
  let result: TrackOrderResult | null = null;
  if (submitted) {
    const parsed = trackOrderInput.safeParse({ number: values.number ?? "", email: values.email ?? "" });
    if (parsed.success) {
      result = await trackOrder(await getDb(), parsed.data);
    } else {
      const issues = zodFieldIssues(parsed.error);
      for (const field of ["number", "email"] as const) if (issues[field]) errors[field] = errorText(locale, issues[field]);
    }
  }

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
        {result?.found ? (
          <>
            <TrackResult order={result.order} t={t} locale={locale} />
            <p>
              <Link href="/track" className="font-medium text-brand-700 underline">
                {t("track.result.another")}
              </Link>
            </p>
          </>
        ) : (
          <>
            {result && !result.found ? <Alert tone="danger">{t("track.notFound")}</Alert> : null}
            <TrackForm values={values} errors={errors} t={t} />
          </>
        )}
      </main>
    </>
  );
}
