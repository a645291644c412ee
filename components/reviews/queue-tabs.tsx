import Link from "next/link";
import type { QueueView } from "@/lib/reviews/schema";
import { cn } from "@/lib/ui/cn";

const LABELS: Record<QueueView, string> = {
  attention: "Needs an admin",
  mine: "My mentees",
  all: "All waiting",
};

/** The admin's views of the queue, as links (each view is its own URL, so it can be shared). */
export function QueueTabs({ current, counts }: { current: QueueView; counts: Record<QueueView, number> }) {
  const views: QueueView[] =
    counts.mine > 0 || current === "mine" ? ["attention", "mine", "all"] : ["attention", "all"];
  return (
    <nav aria-label="Queue views" className="-mx-1 mb-6 overflow-x-auto">
      <ul className="flex gap-1 px-1">
        {views.map((view) => (
          <li key={view}>
            <Link
              href={`/mentor/reviews?view=${view}`}
              aria-current={view === current ? "page" : undefined}
              className={cn(
                "inline-flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap",
                view === current ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100",
              )}
            >
              {LABELS[view]}
              <span className="rounded-full bg-white px-2 text-xs text-slate-700 tabular-nums ring-1 ring-slate-200">
                {counts[view]}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
