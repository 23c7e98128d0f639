// The root sends each user to their role's home, and visitors to the login page.
import { redirect } from "next/navigation";
import { ROLE_HOME, currentActor } from "@/lib/auth";

export const dynamic = "force-dynamic";

export default async function Home() {
  const actor = await currentActor();
  redirect(actor ? ROLE_HOME[actor.role] : "/login");
}
