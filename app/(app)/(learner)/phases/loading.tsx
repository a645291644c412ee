import { Skeleton } from "@/components/ui/skeleton";

export default function PhasesLoading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading your phases…</span>
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <div className="flex flex-col gap-4">
        {[0, 1, 2].map((n) => (
          <div key={n} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
            <Skeleton className="h-4 w-20" />
            <Skeleton className="h-6 w-2/3" />
            <Skeleton className="h-4 w-full" />
            <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
              <Skeleton className="h-2.5 w-full rounded-full" />
              <Skeleton className="h-8 w-20" />
              <Skeleton className="h-8 w-24" />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
