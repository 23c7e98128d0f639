// The return's status as a coloured badge, and a return reason code in the user's language.
import { Badge, type Tone } from "@/components/ui/badge";
import type { ReturnStatus } from "@/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/client";

const TONES: Record<ReturnStatus, Tone> = {
  REQUESTED: "warning",
  APPROVED: "info",
  REJECTED: "danger",
  RECEIVED: "info",
  REFUNDED: "success",
  EXCHANGED: "success",
  CLOSED: "neutral",
};

export function ReturnStatusBadge({ status, t }: { status: ReturnStatus; t: Translate }) {
  return <Badge tone={TONES[status]}>{t(`returns.status.${status}`)}</Badge>;
}

/** The rules' catalogue names the reason codes; a code it does not know is shown as is. */
export function reasonLabel(code: string, t: Translate): string {
  const key = `admin.rules.reasons.codes.${code}`;
  const label = t(key as never);
  return label === key ? code : label;
}
