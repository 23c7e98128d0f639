"use client";
// Unexpected errors: a generic message with a reference, never a stack trace; when the database
// cannot be reached, a "temporarily unavailable" page that recovers by itself (components/health).
import { RecoverableError } from "@/components/health/recoverable-error";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <RecoverableError error={error} reset={reset} />
    </main>
  );
}
