// A horizontal bar for a node's load today; the figure itself is in the text next to it.
import { cn } from "@/components/ui/cn";

export function LoadBar({ ratio }: { ratio: number }) {
  const width = Math.min(100, Math.max(0, ratio * 100));
  const tone = ratio > 1 ? "bg-red-600" : ratio > 0.85 ? "bg-amber-500" : "bg-green-600";
  return (
    <div aria-hidden="true" className="mt-2 h-2.5 w-full max-w-sm overflow-hidden rounded-full bg-slate-200">
      <div className={cn("h-full rounded-full", tone)} style={{ width: `${width}%` }} />
    </div>
  );
}
