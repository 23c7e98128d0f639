"use client";
// A run's status as a coloured badge, said in words (colour is never the only signal).
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge, type Tone } from "@/components/ui/badge";
import type { SimulationStatusCode } from "@/lib/simulation/client";

const TONES: Record<SimulationStatusCode, Tone> = { QUEUED: "neutral", RUNNING: "info", DONE: "success", CANCELLED: "warning", FAILED: "danger" };

export function SimulationStatusBadge({ status, cancelRequested }: { status: SimulationStatusCode; cancelRequested?: boolean }) {
  const { t } = useI18n();
  const stopping = cancelRequested && (status === "QUEUED" || status === "RUNNING");
  return <Badge tone={stopping ? "warning" : TONES[status]}>{stopping ? t("simulation.cancelRequested") : t(`simulation.status.${status}`)}</Badge>;
}
