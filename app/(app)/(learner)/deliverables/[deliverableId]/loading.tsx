import { Skeleton } from "@/components/ui/skeleton";

export default function DeliverableLoading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading the deliverable…</span>
      <Skeleton className="mb-4 h-4 w-48" />
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-8 w-2/3 max-w-lg" />
        <Skeleton className="h-4 w-full max-w-2xl" />
      </div>
      <div className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <Skeleton className="h-5 w-40" />
        <div className="grid gap-4 md:grid-cols-3">
          {[0, 1, 2].map((n) => (
            <Skeleton key={n} className="h-10 w-full" />
          ))}
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          <Skeleton className="h-64 w-full" />
          <Skeleton className="h-64 w-full" />
        </div>
        <div className="flex gap-3">
          <Skeleton className="h-10 w-28" />
          <Skeleton className="h-10 w-40" />
        </div>
      </div>
    </div>
  );
}
