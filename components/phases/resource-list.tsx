"use client";

import { useId, useOptimistic, useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { markResourceDoneAction } from "@/lib/phases/actions";
import type { PhaseResource } from "@/lib/phases/queries";
import { formatMinutes } from "@/lib/progress/path";
import { cn } from "@/lib/ui/cn";

const KIND_LABELS: Record<PhaseResource["kind"], string> = {
  DOCS: "Docs",
  COURSE: "Course",
  VIDEO: "Video",
  ARTICLE: "Article",
  BOOK: "Book",
};

/** The resources of one topic or action: each a link to open and a "done" box that saves at once. */
export function ResourceList({ resources, title }: { resources: readonly PhaseResource[]; title: string }) {
  const id = useId();
  if (resources.length === 0) return null;
  return (
    <div className="ml-8 flex flex-col gap-1">
      <p id={`${id}-heading`} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        Resources<span className="sr-only"> for “{title}”</span>
      </p>
      <ul aria-labelledby={`${id}-heading`} className="flex flex-col gap-2">
        {resources.map((resource) => (
          <Resource key={resource.id} resource={resource} />
        ))}
      </ul>
    </div>
  );
}

function Resource({ resource }: { resource: PhaseResource }) {
  const id = useId();
  const [done, setOptimisticDone] = useOptimistic(resource.done);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const mark = (next: boolean) => {
    setError(null);
    startTransition(async () => {
      setOptimisticDone(next);
      const result = await markResourceDoneAction({ resourceId: resource.id, done: next });
      if (!result.ok) setError(result.message);
    });
  };
  return (
    <li className="flex flex-col gap-1 rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200" data-testid="resource">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <a
          href={resource.url}
          target="_blank"
          rel="noopener noreferrer"
          className={cn(
            "min-w-0 text-sm font-medium break-words text-brand-800 underline underline-offset-2",
            done && "text-slate-600",
          )}
        >
          {resource.title}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
        <span className="flex flex-wrap gap-1">
          <Badge>{KIND_LABELS[resource.kind]}</Badge>
          <Badge tone={resource.cost === "FREE" ? "success" : "warning"}>
            {resource.cost === "FREE" ? "Free" : "Paid"}
          </Badge>
          <Badge tone="brand">{formatMinutes(resource.estimatedMinutes)}</Badge>
          {resource.archived ? <Badge>archived</Badge> : null}
        </span>
      </div>
      <div className="flex items-center gap-2">
        <input
          id={`${id}-done`}
          type="checkbox"
          checked={done}
          disabled={resource.archived}
          onChange={(event) => mark(event.target.checked)}
          aria-describedby={error ? `${id}-error` : undefined}
          className="size-4 shrink-0 cursor-pointer accent-brand-700 disabled:cursor-not-allowed"
        />
        <label htmlFor={`${id}-done`} className="text-sm text-slate-700">
          Done<span className="sr-only"> with “{resource.title}”</span>
        </label>
      </div>
      <div id={`${id}-error`} aria-live="polite">
        {error ? <p className="text-sm text-red-700">{error}</p> : null}
      </div>
    </li>
  );
}
