import { Skeleton } from "@/components/ui/skeleton";

export default function QuizAttemptLoading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading the attempt…</span>
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-4 w-16" />
        <Skeleton className="h-8 w-2/3 max-w-md" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <div className="flex max-w-3xl flex-col gap-6">
        {[0, 1, 2].map((n) => (
          <div key={n} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-5 w-full" />
            {[0, 1, 2, 3].map((o) => (
              <Skeleton key={o} className="h-10 w-full" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
