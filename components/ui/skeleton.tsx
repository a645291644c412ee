import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

/**
 * A grey placeholder block. Decorative: wrap a group of skeletons in an element with
 * role="status" and a visually hidden "Loading…" so screen readers hear it once.
 */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-slate-200", className)} {...props} />;
}

/**
 * The placeholder of a list page (header, a filter bar, eight rows), announced once as
 * `label` ("Loading users…"): the admin lists and detail pages share it.
 */
export function ListPageSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-4 w-16" />
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-4 w-full max-w-lg" />
      </div>
      <Skeleton className="mb-6 h-10 w-full" />
      <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </div>
    </div>
  );
}
