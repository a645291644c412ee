"use client";

import { addDays, heatmapLevel, type HeatmapLevel, type IsoDate } from "@/lib/progress/calendar";
import { formatMinutes } from "@/lib/progress/path";
import { cn } from "@/lib/ui/cn";
import { formatIsoDate, formatMonth } from "@/lib/ui/format";

export const HEATMAP_LEVEL_CLASSES: Record<HeatmapLevel, string> = {
  0: "bg-slate-200",
  1: "bg-brand-200",
  2: "bg-brand-500",
  3: "bg-brand-700",
  4: "bg-brand-900",
};

const WEEKDAYS = ["Mon", "", "Wed", "", "Fri", "", ""];
/** Phones show the latest half year, so a cell stays big enough to see; the summary covers the year. */
export const PHONE_WEEKS = 26;

export type HeatmapGridProps = {
  /** The Monday the grid starts on, and today. */
  from: IsoDate;
  to: IsoDate;
  /** Minutes per day from `from`, 7 per week; -1 for the days after today. */
  minutes: number[];
};

/**
 * 52 ISO weeks (Monday first) as a CSS grid that flows down each week's column, so it scales
 * with the card instead of scrolling. Each day is an image named by its date and time (the
 * title is both the name and the tooltip); future days of this week are drawn empty and hidden
 * from assistive tech.
 *
 * A client component for weight, not interactivity: a server component's 364 cells would travel
 * twice (HTML and the RSC payload); this way the payload is one array of numbers.
 */
export function HeatmapGrid({ from, to, minutes }: HeatmapGridProps) {
  const weeks = Array.from({ length: Math.ceil(minutes.length / 7) }, (_, w) => {
    const start = addDays(from, 7 * w);
    return { start, month: formatMonth(addDays(start, 6)), days: minutes.slice(7 * w, 7 * w + 7) };
  });
  return (
    <div
      role="group"
      aria-label={`Study time per day, ${formatIsoDate(from)} to ${formatIsoDate(to)}`}
      className={cn(
        "grid max-w-4xl grid-flow-col gap-[2px] text-[10px] leading-none text-slate-600",
        "grid-cols-[auto_repeat(26,minmax(0,1fr))] grid-rows-[auto_repeat(7,minmax(0,1fr))] sm:grid-cols-[auto_repeat(52,minmax(0,1fr))]",
      )}
    >
      <span aria-hidden="true" />
      {WEEKDAYS.map((day, i) => (
        <span key={i} aria-hidden="true" className="flex items-center pr-1">
          {day}
        </span>
      ))}
      {weeks.map((week, w) => (
        <div key={week.start} className={w < weeks.length - PHONE_WEEKS ? "hidden sm:contents" : "contents"}>
          <span aria-hidden="true" className="h-3 overflow-visible whitespace-nowrap">
            {w > 0 && weeks[w - 1]!.month !== week.month ? week.month : ""}
          </span>
          {week.days.map((dayMinutes, d) => {
            const date = addDays(week.start, d);
            if (dayMinutes < 0) return <span key={date} aria-hidden="true" className="aspect-square" />;
            const label = `${formatIsoDate(date)}: ${dayMinutes > 0 ? formatMinutes(dayMinutes) : "no time logged"}`;
            return (
              <span
                key={date}
                role="img"
                title={label}
                className={cn("aspect-square rounded-[2px]", HEATMAP_LEVEL_CLASSES[heatmapLevel(dayMinutes)])}
              />
            );
          })}
        </div>
      ))}
    </div>
  );
}
