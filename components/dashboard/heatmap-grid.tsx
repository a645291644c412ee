"use client";

import { useEffect, useRef, useState } from "react";
import { decodeHeatmapDays } from "@/lib/dashboard/heatmap-days";
import { addDays, heatmapLevel, type IsoDate } from "@/lib/progress/calendar";
import { formatMinutes } from "@/lib/progress/path";
import { cn } from "@/lib/ui/cn";
import { formatIsoDate, formatMonth } from "@/lib/ui/format";
import { HEATMAP_LEVEL_CLASSES, PHONE_WEEKS } from "./heatmap-levels";

const WEEKDAYS = ["Mon", "", "Wed", "", "Fri", "", ""];
/** Start drawing a little before the grid scrolls into view, so it is there when it arrives. */
const DRAW_MARGIN = "300px";

export type HeatmapGridProps = {
  /** The Monday the grid starts on, and today. */
  from: IsoDate;
  to: IsoDate;
  /** Minutes per day from `from` to `to` (encodeHeatmapDays, lib/dashboard/heatmap-days.ts). */
  days: string;
};

const gridClasses = cn(
  "grid max-w-4xl grid-flow-col gap-[2px] text-[10px] leading-none text-slate-600",
  "grid-cols-[auto_repeat(26,minmax(0,1fr))] grid-rows-[auto_repeat(7,minmax(0,1fr))] sm:grid-cols-[auto_repeat(52,minmax(0,1fr))]",
);

/**
 * The year's days as a grid, drawn in the browser when it scrolls near the viewport.
 *
 * Its 364 cells were a third of the dashboard's elements and most of its server render; the
 * server now sends one short string (the minutes per day) and a placeholder of the grid's size,
 * so the page costs the server no more for a year of activity than for none, the cells are
 * never serialised twice (HTML and RSC payload), and the browser builds them only for a reader
 * who scrolls this far, after the page is interactive. `aria-busy` marks the group until then;
 * the card's text (streak, active days, total) is the summary either way. Printing draws it too.
 */
export function HeatmapGrid({ from, to, days }: HeatmapGridProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const group = ref.current;
    if (!group) return;
    const draw = () => setDrawn(true);
    window.addEventListener("beforeprint", draw);
    if (typeof IntersectionObserver === "undefined") {
      queueMicrotask(draw); // a browser without IntersectionObserver draws at once
      return () => window.removeEventListener("beforeprint", draw);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        draw();
      },
      { rootMargin: DRAW_MARGIN },
    );
    observer.observe(group);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", draw);
    };
  }, []);
  return (
    <div
      ref={ref}
      role="group"
      aria-label={`Study time per day, ${formatIsoDate(from)} to ${formatIsoDate(to)}`}
      aria-busy={drawn ? undefined : true}
      className={drawn ? gridClasses : "max-w-4xl"}
    >
      {/* The drawn grid's shape (26 or 52 square columns, 7 rows and the month row), so the card
          keeps its height and nothing below it moves when the cells arrive. */}
      {drawn ? (
        <Cells from={from} days={decodeHeatmapDays(days)} />
      ) : (
        <div className="aspect-[26/8] sm:aspect-[52/8]" />
      )}
    </div>
  );
}

/**
 * 52 ISO weeks (Monday first) as a CSS grid that flows down each week's column, so it scales
 * with the card instead of scrolling. Each day is an image named by its date and time (the
 * title is both the name and the tooltip); future days of this week are drawn empty and hidden
 * from assistive tech.
 */
function Cells({ from, days }: { from: IsoDate; days: number[] }) {
  const weekCount = Math.ceil(days.length / 7);
  const weeks = Array.from({ length: weekCount }, (_, w) => {
    const start = addDays(from, 7 * w);
    return { start, month: formatMonth(addDays(start, 6)), days: Array.from({ length: 7 }, (_, d) => days[7 * w + d]) };
  });
  return (
    <>
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
            if (dayMinutes === undefined) return <span key={date} aria-hidden="true" className="aspect-square" />;
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
    </>
  );
}
