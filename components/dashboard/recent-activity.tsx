import { RegionCard } from "@/components/dashboard/region-card";
import type { ActivityItem, LearnerProgress } from "@/lib/dashboard/evidence";
import { DELIVERABLE_STATUS_LABELS, formatMinutes } from "@/lib/progress/path";
import { quizPercent } from "@/lib/progress/proficiency";
import { formatInstant, formatIsoDate } from "@/lib/ui/format";

function describe(item: ActivityItem): string {
  switch (item.kind) {
    case "time":
      return `Logged ${formatMinutes(item.minutes)} on ${item.phaseTitle} (for ${formatIsoDate(item.date)})`;
    case "submission":
      return `"${item.deliverableTitle}": ${DELIVERABLE_STATUS_LABELS[item.status]}`;
    case "quiz":
      return `Took the quiz: ${item.correct} of ${item.total} correct (${quizPercent(item) ?? 0}%)`;
  }
}

/** The latest events: hours logged, submission status changes, quiz attempts. */
export function RecentActivity({ progress, className }: { progress: LearnerProgress; className?: string }) {
  const items = progress.recentActivity;
  return (
    <RegionCard className={className} id="activity" title="Recent activity">
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">
          Nothing yet: logged hours, submissions and quiz attempts will appear here.
        </p>
      ) : (
        <ol className="flex flex-col divide-y divide-slate-100">
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className="flex flex-col gap-0.5 py-2 text-sm first:pt-0 last:pb-0">
              <span className="text-slate-800">{describe(item)}</span>
              <time dateTime={item.at.toISOString()} className="text-xs text-slate-500">
                {formatInstant(item.at, progress.timeZone)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </RegionCard>
  );
}
