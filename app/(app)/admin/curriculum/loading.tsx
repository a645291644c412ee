import { Skeleton } from "@/components/ui/skeleton";

export default function CurriculumEditorLoading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading the curriculum…</span>
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-8 w-2/3 max-w-md" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <div className="flex flex-col gap-3">
        {[0, 1, 2, 3].map((n) => (
          <div key={n} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
            <Skeleton className="h-5 w-1/2" />
            <Skeleton className="h-4 w-3/4" />
          </div>
        ))}
      </div>
    </div>
  );
}
