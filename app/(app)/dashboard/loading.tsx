import { Skeleton } from "@/components/ui/skeleton";

function CardSkeleton({ className = "", lines = 3 }: { className?: string; lines?: number }) {
  return (
    <div className={`flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 ${className}`}>
      <Skeleton className="h-5 w-1/3" />
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} className="h-4 w-full" />
      ))}
      <Skeleton className="h-2.5 w-full rounded-full" />
    </div>
  );
}

/** The dashboard's shape while its queries run: same grid, so nothing jumps when it lands. */
export default function DashboardLoading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading your dashboard…</span>
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-8 w-2/3 max-w-md" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <CardSkeleton className="lg:col-span-2" lines={4} />
        <CardSkeleton lines={4} />
        <CardSkeleton className="lg:col-span-2" lines={5} />
        <CardSkeleton lines={3} />
        <CardSkeleton className="lg:col-span-2" lines={6} />
        <CardSkeleton lines={4} />
        <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 lg:col-span-3">
          <Skeleton className="h-5 w-1/4" />
          <Skeleton className="h-28 w-full max-w-4xl" />
        </div>
      </div>
    </div>
  );
}
