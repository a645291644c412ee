import { Skeleton } from "@/components/ui/skeleton";

/** The hours page's shape while it loads: header, log form, a few list rows. */
export default function HoursLoading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading your hours…</span>
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <div className="flex flex-col gap-10">
        <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
          <Skeleton className="h-6 w-28" />
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {[0, 1, 2, 3].map((n) => (
              <Skeleton key={n} className="h-16 w-full" />
            ))}
          </div>
          <Skeleton className="h-16 w-full" />
          <Skeleton className="h-10 w-28" />
        </div>
        <div className="flex flex-col gap-4">
          <Skeleton className="h-6 w-36" />
          <div className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-5">
            {[0, 1, 2, 3, 4].map((n) => (
              <div key={n} className="flex flex-col gap-2 py-4">
                <Skeleton className="h-5 w-48" />
                <Skeleton className="h-4 w-64 max-w-full" />
              </div>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
