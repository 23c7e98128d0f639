"use client";
// A signed-in page that failed: the generic error, or "temporarily unavailable" while the
// database cannot be reached (components/health/recoverable-error.tsx).
import { RecoverableError } from "@/components/health/recoverable-error";

export default function SignedInError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RecoverableError error={error} reset={reset} />;
}
