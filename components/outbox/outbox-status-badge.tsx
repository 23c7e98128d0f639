// The status of an outbox message as a coloured, labelled badge.
import type { OutboxStatus } from "@/generated/prisma/enums";
import { Badge, type Tone } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/client";

const TONE: Record<OutboxStatus, Tone> = { PENDING: "info", SENT: "success", FAILED: "danger" };

export function OutboxStatusBadge({ status, t }: { status: OutboxStatus; t: Translate }) {
  return <Badge tone={TONE[status]}>{t(`outbox.status.${status}`)}</Badge>;
}
