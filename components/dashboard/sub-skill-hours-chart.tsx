import { RegionCard } from "@/components/dashboard/region-card";
import type { LearnerProgress } from "@/lib/dashboard/evidence";
import { formatMinutes } from "@/lib/progress/path";

/**
 * A horizontal bar chart in CSS: each bar's track is the sub-skill's weighted share of the path,
 * drawn to scale against the largest share, so the weights read at a glance; the fill is the
 * time logged. The numbers are in the text, so the bars themselves are hidden from screen readers.
 */
export function SubSkillHoursChart({ progress, className }: { progress: LearnerProgress; className?: string }) {
  const rows = progress.subSkillHours;
  const largest = Math.max(1, ...rows.map((r) => r.targetMinutes));
  return (
    <RegionCard
      className={className}
      id="sub-skill-hours"
      title="Hours per sub-skill"
      description={
        <>
          Each bar is the sub-skill&apos;s share of the {progress.pathTotalHours} h path (its weight); the fill is your
          time. Untagged time is shared among the sub-skills its phase&apos;s deliverables touch.
        </>
      }
    >
      <ul className="flex flex-col gap-4">
        {rows.map((row) => (
          <li key={row.key} className="flex flex-col gap-1.5">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
              <span className="font-medium text-slate-800">
                {row.name} <span className="font-normal text-slate-600">({row.weightPercent}%)</span>
              </span>
              <span className="text-slate-600 tabular-nums">
                {formatMinutes(row.loggedMinutes)} of {formatMinutes(row.targetMinutes)}
                {row.isOver ? ` · ${formatMinutes(row.overMinutes)} over` : ""}
              </span>
            </div>
            <div aria-hidden="true" className="h-3 w-full">
              <div
                className="h-full overflow-hidden rounded-sm bg-slate-200"
                style={{ width: `${(row.targetMinutes / largest) * 100}%` }}
              >
                <div className="h-full bg-brand-600" style={{ width: `${row.cappedPercent}%` }} />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </RegionCard>
  );
}
