"use client";
// Starts a new draft of a rule kind and opens it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createRuleDraftAction } from "@/app/(app)/admin/rules/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/states";
import type { RuleKind } from "@/generated/prisma/enums";
import { actionErrorMessage, callAction, type ActionError } from "./action-errors";

export function NewDraftButton({ kind, label }: { kind: RuleKind; label: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  return (
    <div className="space-y-2">
      <Button
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const result = await callAction(() => createRuleDraftAction({ kind }));
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
      {error ? <Alert tone="danger">{actionErrorMessage(t, error)}</Alert> : null}
    </div>
  );
}
