import { Skeleton } from "@/components/ui/skeleton";

export default function SelfAssessmentLoading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading your self-assessment…</span>
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <Skeleton className="mb-4 h-5 w-48" />
        {[0, 1, 2, 3, 4, 5].map((n) => (
          <div key={n} className="flex items-center justify-between gap-4 border-t border-slate-100 py-3">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-4 w-24" />
          </div>
        ))}
      </div>
      <div className="mt-8 flex flex-col gap-4">
        {[0, 1].map((n) => (
          <div key={n} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
            <Skeleton className="h-5 w-2/3" />
            <div className="grid gap-2 sm:grid-cols-5">
              {[0, 1, 2, 3, 4].map((o) => (
                <Skeleton key={o} className="h-10 w-full" />
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
