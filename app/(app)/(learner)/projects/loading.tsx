import { Skeleton } from "@/components/ui/skeleton";

export default function ProjectsLoading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading portfolio projects…</span>
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <div className="flex flex-col gap-6">
        {[0, 1, 2].map((n) => (
          <div key={n} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
            <div className="flex justify-between gap-4">
              <Skeleton className="h-6 w-2/3" />
              <Skeleton className="h-5 w-24 rounded-full" />
            </div>
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-5/6" />
            <div className="grid gap-4 md:grid-cols-2">
              <Skeleton className="h-16 w-full" />
              <Skeleton className="h-16 w-full" />
            </div>
            <Skeleton className="h-10 w-36" />
          </div>
        ))}
      </div>
    </div>
  );
}
