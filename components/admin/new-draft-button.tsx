"use client";
// Starts a new draft of a rule kind and opens it; a refusal (a draft already exists) is said from
// the errors catalogue in the admin's language.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createRuleDraftAction } from "@/app/(app)/admin/rules/actions";
import { useErrorText } from "@/components/forms/error-text";
import { callAction } from "@/components/forms/server-errors";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/states";
import type { RuleKind } from "@/generated/prisma/enums";
import type { ErrorIssue } from "@/lib/errors";

export function NewDraftButton({ kind, label }: { kind: RuleKind; label: string }) {
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorIssue | null>(null);
  return (
    <div className="space-y-2">
      <Button
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const result = await callAction(createRuleDraftAction, { kind });
          setPending(false);
          if (result.ok) router.push(`/admin/rules/${result.data.id}`);
          else {
            setError(result.error);
            router.refresh();
          }
        }}
      >
        {label}
      </Button>
      {error ? <Alert tone="danger">{errorText(error)}</Alert> : null}
    </div>
  );
}
