import { Skeleton } from "@/components/ui/skeleton";

export default function ReviewQueueLoading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading the review queue…</span>
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <div className="flex flex-col gap-3">
        {[0, 1, 2, 3].map((n) => (
          <div
            key={n}
            className="flex items-center justify-between gap-4 rounded-lg border border-slate-200 bg-white p-4"
          >
            <div className="flex flex-1 flex-col gap-2">
              <Skeleton className="h-4 w-40" />
              <Skeleton className="h-5 w-2/3" />
              <Skeleton className="h-4 w-28" />
            </div>
            <Skeleton className="h-8 w-20" />
          </div>
        ))}
      </div>
    </div>
  );
}
