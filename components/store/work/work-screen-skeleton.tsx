// The work screen's placeholder while it loads, on the store tablet and on the DC console.
import { LoadingState, Skeleton } from "@/components/ui/states";

export function WorkScreenSkeleton({ label }: { label: string }) {
  return (
    <div className="space-y-5">
      <Skeleton className="h-12 w-56" />
      <Skeleton className="h-10 w-80" />
      <Skeleton className="h-20" />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <LoadingState label={label} rows={5} />
        </div>
        <Skeleton className="h-64" />
      </div>
    </div>
  );
}
