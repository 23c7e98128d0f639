// A small map of one line's sourcing: the destination, the chosen nodes, the other candidates and
// the nearest rejected nodes, projected from their coordinates. The picture has a text alternative
// (what it shows, in words) and a legend, so nothing is said by colour or position alone.
import type { Translate } from "@/lib/i18n/client";
import { projectPoints } from "@/lib/orders/client";

export type MapRole = "destination" | "chosen" | "candidate" | "rejected";

export interface MapNode {
  key: string;
  label: string;
  role: MapRole;
  lat: number;
  lng: number;
}

const WIDTH = 320;
const HEIGHT = 200;
const ORDER: MapRole[] = ["rejected", "candidate", "chosen", "destination"];

function Marker({ role, x, y }: { role: MapRole; x: number; y: number }) {
  switch (role) {
    case "destination":
      return <rect x={x - 6} y={y - 6} width={12} height={12} className="fill-amber-500 stroke-slate-900" strokeWidth={1.5} />;
    case "chosen":
      return <circle cx={x} cy={y} r={7} className="fill-brand-600 stroke-white" strokeWidth={2} />;
    case "candidate":
      return <circle cx={x} cy={y} r={5} className="fill-white stroke-slate-600" strokeWidth={1.5} />;
    case "rejected":
      return <path d={`M${x - 4} ${y - 4}L${x + 4} ${y + 4}M${x + 4} ${y - 4}L${x - 4} ${y + 4}`} className="stroke-red-700" strokeWidth={2} />;
  }
}

export function NodeMap({ points, title, t }: { points: MapNode[]; title: string; t: Translate }) {
  if (points.length < 2) return <p className="text-xs text-slate-600">{t("explain.map.noCoordinates")}</p>;
  const projected = projectPoints(points, WIDTH, HEIGHT, 24);
  const destination = projected.find((p) => p.role === "destination");
  const chosen = projected.filter((p) => p.role === "chosen");
  const sorted = [...projected].sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role));
  return (
    <figure className="mt-2">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} className="h-auto w-full max-w-md rounded-md border border-slate-200 bg-slate-50">
        {destination
          ? chosen.map((c) => <line key={`l-${c.key}`} x1={c.x} y1={c.y} x2={destination.x} y2={destination.y} className="stroke-brand-600" strokeWidth={1.5} strokeDasharray="4 3" />)
          : null}
        {sorted.map((p) => (
          <g key={`${p.role}-${p.key}`}>
            <Marker role={p.role} x={p.x} y={p.y} />
            {p.role === "chosen" ? (
              <text x={p.x + 9} y={p.y + 4} className="fill-slate-900 text-[10px]">
                {p.label}
              </text>
            ) : p.role === "destination" ? (
              // Left of and above the marker: a chosen node next door keeps its label on the right.
              <text x={p.x - 9} y={p.y - 9} textAnchor="end" className="fill-slate-900 text-[10px] font-semibold">
                {p.label}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="mt-1">
        <span className="sr-only">{t("explain.map.legend")}: </span>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          {(["chosen", "candidate", "rejected", "destination"] as const).map((role) => (
            <li key={role} className="flex items-center gap-1">
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <Marker role={role} x={7} y={7} />
              </svg>
              {t(`explain.map.${role}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
