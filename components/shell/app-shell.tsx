// The signed-in frame: header with the role's navigation, language and sign-out; store associates
// get large touch targets for tablets.
import Link from "next/link";
import type { UserActor } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth";
import type { Translate } from "@/lib/i18n";
import { navItemsFor } from "./nav-items";
import { NavLinks } from "./nav-links";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";

export function AppShell({ actor, t, children }: { actor: UserActor; t: Translate; children: React.ReactNode }) {
  const touch = actor.role === "STORE_ASSOCIATE";
  const items = navItemsFor(actor.role).map((i) => ({ href: i.href, label: t(i.label) }));
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("common.skipToContent")}
      </a>
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
          <Link href={ROLE_HOME[actor.role]} className="text-lg font-semibold text-white">
            {t("common.appName")}
          </Link>
          <nav aria-label={t("common.mainNav")} className="flex-1">
            <NavLinks items={items} touch={touch} />
          </nav>
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm">
              <span className="font-medium">{actor.name}</span>
              <span className="text-white/90">
                {" · "}
                {t(`common.roles.${actor.role}`)}
                {actor.storeCode ? ` · ${actor.storeCode}` : ""}
              </span>
            </p>
            <LocaleSwitcher />
            <SignOutButton touch={touch} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-screen-2xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
