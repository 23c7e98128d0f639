// Everything in this group needs a session and the page table's actions for the path (a 403 before
// anything streams); each page still asks the permission table itself.
import { AppShell } from "@/components/shell/app-shell";
import { requirePageAccess } from "@/lib/auth";
import { getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageAccess();
  const { t } = await getTranslator();
  return (
    <AppShell actor={actor} t={t}>
      {children}
    </AppShell>
  );
}
