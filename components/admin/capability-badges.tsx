// A node's capabilities as badges, in the catalogue's words.
import { Badge } from "@/components/ui/badge";
import type { Capability } from "@/lib/nodes/client";
import type { Translate } from "@/lib/i18n/client";

export function CapabilityBadges({ capabilities, t }: { capabilities: Capability[]; t: Translate }) {
  if (!capabilities.length) return <span className="text-slate-600">{t("admin.node.noCapabilities")}</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {capabilities.map((c) => (
        <li key={c}>
          <Badge tone="info" className="whitespace-nowrap">{t(`admin.capabilities.${c}`)}</Badge>
        </li>
      ))}
    </ul>
  );
}

export function ActiveBadge({ active, t }: { active: boolean; t: Translate }) {
  return <Badge tone={active ? "success" : "neutral"}>{active ? t("admin.common.active") : t("admin.common.inactive")}</Badge>;
}
