import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { formatInstant } from "@/lib/ui/format";
import { elapsedLabel } from "@/lib/reviews/deadlines";
import type { QueueItem } from "@/lib/reviews/queries";

type QueueListProps = {
  items: readonly QueueItem[];
  now: Date;
  timeZone: string;
  /** Admins see whether a learner has a mentor at all. */
  showMentorState: boolean;
};

/**
 * The waiting work, oldest first. Each item says who, what, how long it has waited and, past
 * the guide's review window, "Overdue" in words (the colour only helps).
 */
export function QueueList({ items, now, timeZone, showMentorState }: QueueListProps) {
  return (
    <ol className="flex flex-col gap-3" aria-label="Waiting for review">
      {items.map((item) => (
        <li
          key={`${item.kind}-${item.id}`}
          data-testid="queue-item"
          className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between"
        >
          <div className="flex min-w-0 flex-col gap-1">
            <p className="text-sm text-slate-600">
              <span className="font-medium text-slate-900">{item.learnerName ?? item.learnerEmail}</span>
              <span aria-hidden="true"> · </span>
              {item.context}
            </p>
            <h2 className="text-base font-semibold break-words text-slate-900">
              <Link href={`/mentor/reviews/${item.id}`} className="hover:underline">
                {item.title}
              </Link>
              {item.version && item.version > 1 ? (
                <span className="ml-2 text-sm font-normal text-slate-600">version {item.version}</span>
              ) : null}
            </h2>
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <time dateTime={item.waitingSince.toISOString()} title={formatInstant(item.waitingSince, timeZone)}>
                Waiting {elapsedLabel(item.waitingSince, now)}
              </time>
              {item.overdue ? (
                <Badge tone="danger" title={`Review window: ${item.reviewWindowDays} days`}>
                  Overdue
                </Badge>
              ) : null}
              {item.kind === "project" ? <Badge tone="brand">Portfolio project</Badge> : null}
              {showMentorState && !item.hasMentor ? <Badge tone="warning">No mentor</Badge> : null}
            </p>
          </div>
          <div className="flex shrink-0 flex-wrap items-center gap-2">
            <Link href={`/mentor/reviews/${item.id}`} className={buttonClasses({ size: "sm" })}>
              Review<span className="sr-only"> {item.title}</span>
            </Link>
          </div>
        </li>
      ))}
    </ol>
  );
}
