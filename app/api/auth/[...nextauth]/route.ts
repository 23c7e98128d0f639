import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { methodsNotAllowed } from "@/lib/http-methods";

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET", "POST");
