import { RegionCard } from "@/components/dashboard/region-card";
import type { LearnerProgress } from "@/lib/dashboard/evidence";
import { encodeHeatmapDays } from "@/lib/dashboard/heatmap-days";
import { HEATMAP_LEVELS, type HeatmapLevel } from "@/lib/progress/calendar";
import { formatMinutes } from "@/lib/progress/path";
import { cn } from "@/lib/ui/cn";
import { formatIsoDate } from "@/lib/ui/format";
import { HeatmapGrid } from "./heatmap-grid";
import { HEATMAP_LEVEL_CLASSES, PHONE_WEEKS } from "./heatmap-levels";

/** The legend's words come from the same buckets that colour the cells. */
function legend(): Array<{ level: HeatmapLevel; label: string }> {
  return [
    { level: 0, label: "None" },
    ...HEATMAP_LEVELS.map((bucket, i) => {
      const next = HEATMAP_LEVELS[i + 1];
      const label = next
        ? `${formatMinutes(bucket.fromMinutes)} to ${formatMinutes(next.fromMinutes - 1)}`
        : `${formatMinutes(bucket.fromMinutes)} or more`;
      return { level: bucket.level, label };
    }),
  ];
}

/** The year's activity: streak and totals in words, the day grid (HeatmapGrid), the legend. */
export function ActivityHeatmap({ progress, className }: { progress: LearnerProgress; className?: string }) {
  const { heatmap, streak } = progress;
  return (
    <RegionCard
      className={className}
      id="heatmap"
      title="Activity"
      description={
        <>
          <span className="font-semibold text-slate-900" data-testid="streak">
            Current streak: {streak} {streak === 1 ? "day" : "days"}
          </span>
          {" · "}
          {heatmap.activeDays} active {heatmap.activeDays === 1 ? "day" : "days"}, {formatMinutes(heatmap.totalMinutes)}{" "}
          from {formatIsoDate(heatmap.from)} to {formatIsoDate(heatmap.to)}.
          <span className="sm:hidden"> The grid shows the last {PHONE_WEEKS} weeks.</span>
        </>
      }
    >
      <HeatmapGrid from={heatmap.from} to={heatmap.to} days={encodeHeatmapDays(heatmap)} />
      <ul aria-label="Legend" className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600">
        {legend().map((item) => (
          <li key={item.level} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={cn("size-3 rounded-[2px]", HEATMAP_LEVEL_CLASSES[item.level])} />
            {item.label}
          </li>
        ))}
      </ul>
    </RegionCard>
  );
}
