import { weeklyChart } from "@/lib/hours/report-chart";
import { formatIsoDate } from "@/lib/ui/format";
import { formatMinutes } from "@/lib/progress/path";
import type { HoursReport } from "@/lib/hours/report-queries";

/** "1 Dec" from "2026-12-01": a week's short label under the axis. */
const shortDay = (date: string) => formatIsoDate(date).replace(/ \d{4}$/, "");

/**
 * Hours per week as a server-rendered SVG bar chart: an image named by its title and described
 * by its desc (the busiest week, the total); the same figures are in the weekly table beside
 * it, which is what a screen reader should read (the bars themselves are hidden from it).
 */
export function ReportChart({ report }: { report: HoursReport }) {
  const chart = weeklyChart(report.weeks);
  const busiest = report.weeks.reduce<HoursReport["weeks"][number] | null>(
    (top, w) => (w.minutes > (top?.minutes ?? 0) ? w : top),
    null,
  );
  const description = busiest
    ? `${formatMinutes(report.totalMinutes)} over ${report.weeks.length} weeks; the busiest was the week of ${formatIsoDate(busiest.week)} with ${formatMinutes(busiest.minutes)}. The table "Hours per week" lists every week.`
    : `No time logged in these ${report.weeks.length} weeks.`;
  const { plot } = chart;
  return (
    // The SVG scales to the width (no sideways scroll at 375 px); the table holds the exact figures.
    <figure className="report-figure">
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-labelledby="report-chart-title report-chart-desc"
        className="h-auto w-full text-slate-700"
      >
        <title id="report-chart-title">Hours per week</title>
        <desc id="report-chart-desc">{description}</desc>
        <g aria-hidden="true">
          {chart.ticks.map((tick) => (
            <g key={tick.hours}>
              <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} className="stroke-slate-200" />
              <text x={plot.left - 6} y={tick.y + 4} textAnchor="end" className="fill-slate-600 text-[11px]">
                {tick.hours} h
              </text>
            </g>
          ))}
          {chart.bars.map((bar) => (
            <rect
              key={bar.week}
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
              className="report-bar fill-brand-600"
            />
          ))}
          {chart.bars
            .filter((bar) => chart.labelled.includes(bar.week))
            .map((bar) => (
              <text
                key={bar.week}
                x={bar.x + bar.width / 2}
                y={plot.bottom + 16}
                textAnchor="middle"
                className="fill-slate-600 text-[11px]"
              >
                {shortDay(bar.week)}
              </text>
            ))}
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="stroke-slate-400" />
        </g>
      </svg>
    </figure>
  );
}
