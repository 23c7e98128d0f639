// Role check for the page, above its loading boundary, so a refused visitor gets a real 403 (or the
// login redirect) before anything is streamed.
import { requirePageActor } from "@/lib/auth";

export default async function BenefitsLayout({ children }: { children: React.ReactNode }) {
  await requirePageActor("benefits.view");
  return children;
}
