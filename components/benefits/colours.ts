// The levers' colours on every benefits chart and card (Okabe-Ito: colour-blind safe, dark enough on white).
import type { Lever } from "@/lib/analytics/client";

export const LEVER_COLOURS: Record<Lever, string> = { bopis: "#0072B2", boris: "#D55E00", shipFromStore: "#009E73" };
