import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

export type EmptyStateProps = {
  title: string;
  description?: ReactNode;
  /** Usually one ButtonLink or Button that gets the user out of the empty state. */
  action?: ReactNode;
  icon?: ReactNode;
  /** h1 when the empty state is the whole page (e.g. not-found). */
  headingLevel?: "h1" | "h2" | "h3";
  className?: string;
};

export function EmptyState({
  title,
  description,
  action,
  icon,
  headingLevel: Heading = "h2",
  className,
}: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center gap-3 rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center",
        className,
      )}
    >
      {icon ? (
        <div aria-hidden="true" className="text-slate-400">
          {icon}
        </div>
      ) : null}
      <Heading className="text-base font-semibold text-slate-900">{title}</Heading>
      {description ? <div className="max-w-md text-sm text-slate-600">{description}</div> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
