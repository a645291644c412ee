import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { LearnerProgress } from "@/lib/progress/evidence";
import { HEATMAP_LEVELS, type HeatmapCell, type HeatmapLevel } from "@/lib/tracking/calendar";
import { formatMinutes } from "@/lib/tracking/hours";
import { cn } from "@/lib/ui/cn";
import { formatIsoDate, formatMonth } from "@/lib/ui/format";

const LEVEL_CLASSES: Record<HeatmapLevel, string> = {
  0: "bg-slate-200",
  1: "bg-brand-200",
  2: "bg-brand-500",
  3: "bg-brand-700",
  4: "bg-brand-900",
};

const WEEKDAYS = ["Mon", "", "Wed", "", "Fri", "", ""];
/** Phones show the latest half year, so a cell stays big enough to see; the summary covers the year. */
const PHONE_WEEKS = 26;

function cellLabel(cell: HeatmapCell): string {
  return `${formatIsoDate(cell.date)}: ${cell.minutes > 0 ? formatMinutes(cell.minutes) : "no time logged"}`;
}

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

/**
 * 52 ISO weeks (Monday first) as a CSS grid that flows down each week's column, so it scales
 * with the card instead of scrolling. Each day is an image with its date and time as its name
 * (and a tooltip); future days of this week are drawn empty and hidden from assistive tech.
 */
export function ActivityHeatmap({ progress }: { progress: LearnerProgress }) {
  const { heatmap, streak } = progress;
  const weeks = heatmap.weeks;
  return (
    <Card aria-labelledby="heatmap-heading" role="region">
      <CardHeader>
        <CardTitle id="heatmap-heading">Activity</CardTitle>
        <CardDescription>
          <span className="font-semibold text-slate-900" data-testid="streak">
            Current streak: {streak} {streak === 1 ? "day" : "days"}
          </span>
          {" · "}
          {heatmap.activeDays} active {heatmap.activeDays === 1 ? "day" : "days"}, {formatMinutes(heatmap.totalMinutes)} from{" "}
          {formatIsoDate(heatmap.from)} to {formatIsoDate(heatmap.to)}.
          <span className="sm:hidden"> The grid shows the last {PHONE_WEEKS} weeks.</span>
        </CardDescription>
      </CardHeader>
      <div
        role="group"
        aria-label={`Study time per day, ${formatIsoDate(heatmap.from)} to ${formatIsoDate(heatmap.to)}`}
        className={cn(
          "grid max-w-4xl grid-flow-col gap-[2px] text-[10px] leading-none text-slate-600",
          "grid-rows-[auto_repeat(7,minmax(0,1fr))] grid-cols-[auto_repeat(26,minmax(0,1fr))] sm:grid-cols-[auto_repeat(52,minmax(0,1fr))]",
        )}
      >
        <span aria-hidden="true" />
        {WEEKDAYS.map((day, i) => (
          <span key={i} aria-hidden="true" className="flex items-center pr-1">
            {day}
          </span>
        ))}
        {weeks.map((week, w) => {
          const month = formatMonth(week.days[6]?.date ?? week.start);
          const previous = weeks[w - 1];
          const showMonth = previous !== undefined && formatMonth(previous.days[6]?.date ?? previous.start) !== month;
          return (
            <div key={week.start} className={w < weeks.length - PHONE_WEEKS ? "hidden sm:contents" : "contents"}>
              <span aria-hidden="true" className="h-3 overflow-visible whitespace-nowrap">
                {showMonth ? month : ""}
              </span>
              {week.days.map((cell) =>
                cell.future ? (
                  <span key={cell.date} aria-hidden="true" className="aspect-square" />
                ) : (
                  <span
                    key={cell.date}
                    role="img"
                    aria-label={cellLabel(cell)}
                    title={cellLabel(cell)}
                    data-level={cell.level}
                    className={cn("aspect-square rounded-[2px]", LEVEL_CLASSES[cell.level])}
                  />
                ),
              )}
            </div>
          );
        })}
      </div>
      <ul aria-label="Legend" className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600">
        {legend().map((item) => (
          <li key={item.level} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={cn("size-3 rounded-[2px]", LEVEL_CLASSES[item.level])} />
            {item.label}
          </li>
        ))}
      </ul>
    </Card>
  );
}
