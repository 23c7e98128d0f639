// The signed-in frame: header with the role's navigation, language and sign-out. Store associates
// get a compact header with large touch targets that fits one line on a 1024 px tablet: the
// short app name, short navigation labels, their name and store only (the role is said to screen
// readers), and the language chooser without its visible label. Other roles get the navigation on
// its own row below 1280 px, and those with many pages (supply chain, admin) menus (nav-items.ts).
import Link from "next/link";
import { type UserActor, ROLE_HOME } from "@/lib/auth/client";
import type { Translate } from "@/lib/i18n/client";
import { cn } from "@/components/ui/cn";
import { NAV_GROUP_LABELS, navEntriesFor } from "./nav-items";
import { NavLinks, SectionLinks, type NavEntryView } from "./nav-links";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";

export function AppShell({ actor, t, children }: { actor: UserActor; t: Translate; children: React.ReactNode }) {
  const touch = actor.role === "STORE_ASSOCIATE";
  const entries: NavEntryView[] = navEntriesFor(actor.role).map((e) => {
    if (e.kind === "link") return { href: e.item.href, label: t(touch && e.item.shortLabel ? e.item.shortLabel : e.item.label) };
    const label = t(NAV_GROUP_LABELS[e.group]);
    return { group: e.group, label, sectionLabel: t("common.navGroups.section", { group: label }), items: e.items.map((i) => ({ href: i.href, label: t(i.label) })) };
  });
  const grouped = entries.some((e) => "items" in e);
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("common.skipToContent")}
      </a>
      <header className="bg-brand-700 text-white">
        <div className={cn("mx-auto flex max-w-screen-2xl flex-wrap items-center px-4 py-2", touch ? "gap-x-4 gap-y-2" : "gap-x-6 gap-y-2")}>
          <Link href={ROLE_HOME[actor.role]} className={cn("font-semibold text-white", touch ? "inline-flex min-h-12 items-center text-lg" : "text-lg")}>
            {touch ? (
              <>
                <span aria-hidden="true">{t("common.appShortName")}</span>
                <span className="sr-only">{t("common.appName")}</span>
              </>
            ) : (
              t("common.appName")
            )}
          </Link>
          <nav aria-label={t("common.mainNav")} className={touch ? "flex-1" : "order-last w-full xl:order-none xl:w-auto xl:flex-1"}>
            <NavLinks entries={entries} touch={touch} />
          </nav>
          <div className={cn("flex items-center", touch ? "gap-2" : "ml-auto flex-wrap gap-3 xl:ml-0")}>
            <p className="text-sm">
              <span className="font-medium">{actor.name}</span>
              {touch ? (
                <>
                  <span className="sr-only">
                    {" · "}
                    {t(`common.roles.${actor.role}`)}
                  </span>
                  {actor.storeCode ? <span className="text-white/90"> · {actor.storeCode}</span> : null}
                </>
              ) : (
                <span className="text-white/90">
                  {" · "}
                  {t(`common.roles.${actor.role}`)}
                  {actor.storeCode ? ` · ${actor.storeCode}` : ""}
                </span>
              )}
            </p>
            <LocaleSwitcher compact={touch} />
            <SignOutButton touch={touch} />
          </div>
        </div>
        {grouped ? <SectionLinks entries={entries} /> : null}
      </header>
      <main id="main" className="mx-auto max-w-screen-2xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
