import { Skeleton } from "@/components/ui/skeleton";

export default function ReviewLoading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading the submission…</span>
      <Skeleton className="mb-4 h-4 w-28" />
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-4 w-48" />
        <Skeleton className="h-8 w-2/3 max-w-md" />
        <Skeleton className="h-5 w-40" />
      </div>
      <div className="flex flex-col gap-6">
        {[0, 1].map((n) => (
          <div key={n} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
            <Skeleton className="h-5 w-32" />
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-24 w-full" />
          </div>
        ))}
      </div>
    </div>
  );
}
