import { Skeleton } from "@/components/ui/skeleton";

export default function PhaseLoading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading the phase…</span>
      <Skeleton className="mb-4 h-4 w-24" />
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-4 w-20" />
        <Skeleton className="h-8 w-2/3 max-w-lg" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-start-3 lg:row-start-1">
          <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
            <Skeleton className="h-5 w-16" />
            <Skeleton className="h-2.5 w-full rounded-full" />
          </div>
          <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
            <Skeleton className="h-5 w-16" />
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-5/6" />
          </div>
        </div>
        <div className="flex flex-col gap-6 lg:col-span-2 lg:col-start-1 lg:row-start-1">
          {[0, 1].map((card) => (
            <div key={card} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
              <Skeleton className="h-5 w-40" />
              {[0, 1, 2, 3, 4].map((row) => (
                <div key={row} className="flex items-center gap-3">
                  <Skeleton className="size-5" />
                  <Skeleton className="h-4 flex-1" />
                </div>
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
