// Role check for the whole section, above its loading boundary, so a refused visitor gets a real
// 403 (or the login redirect) before anything is streamed. Pages still check their own actions.
import { requirePageActor } from "@/lib/auth";

export default async function AuditLayout({ children }: { children: React.ReactNode }) {
  await requirePageActor("audit.view");
  return children;
}
