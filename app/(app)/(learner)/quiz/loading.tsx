import { Skeleton } from "@/components/ui/skeleton";

export default function QuizLoading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading the quiz…</span>
      <div className="mb-8 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex flex-1 flex-col gap-3">
          <Skeleton className="h-8 w-32" />
          <Skeleton className="h-4 w-full max-w-xl" />
        </div>
        <Skeleton className="h-10 w-44" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {[0, 1].map((n) => (
          <div key={n} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
            <Skeleton className="h-5 w-28" />
            <Skeleton className="h-9 w-20" />
            <Skeleton className="h-4 w-40" />
          </div>
        ))}
      </div>
      <div className="mt-10 flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {[0, 1, 2].map((n) => (
          <div key={n} className="flex items-center justify-between gap-4 px-4 py-3">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-4 w-24" />
          </div>
        ))}
      </div>
    </div>
  );
}
