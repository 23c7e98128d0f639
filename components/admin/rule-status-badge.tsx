// A rule set's status as a coloured badge.
import { Badge, type Tone } from "@/components/ui/badge";
import type { RuleSetStatus } from "@/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/client";

const TONE: Record<RuleSetStatus, Tone> = { DRAFT: "warning", PUBLISHED: "success", ARCHIVED: "neutral" };

export function RuleStatusBadge({ status, t }: { status: RuleSetStatus; t: Translate }) {
  return <Badge tone={TONE[status]}>{t(`admin.rules.statuses.${status}`)}</Badge>;
}
