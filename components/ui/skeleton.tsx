import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

/**
 * A grey placeholder block. Decorative: wrap a group of skeletons in an element with
 * role="status" and a visually hidden "Loading…" so screen readers hear it once (the page
 * skeletons in components/ui/skeletons.tsx do).
 */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-slate-200", className)} {...props} />;
}
