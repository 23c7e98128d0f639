// Everything in this group needs a session; each page still asks the permission table itself.
import { AppShell } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth";
import { getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  const { t } = await getTranslator();
  return (
    <AppShell actor={actor} t={t}>
      {children}
    </AppShell>
  );
}
