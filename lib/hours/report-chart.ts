import type { IsoDate } from "@/lib/progress/calendar";

/**
 * The geometry of the hours report's weekly bar chart (server-rendered SVG): one bar per week,
 * a y axis in whole hours on a "nice" step, and week labels thinned out so they never overlap.
 * Pure: the component only draws what this returns.
 */

export type ChartBar = { week: IsoDate; minutes: number; x: number; y: number; width: number; height: number };
export type ChartTick = { hours: number; y: number };
export type WeeklyChart = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: ChartBar[];
  ticks: ChartTick[];
  /** Weeks whose label is drawn under the axis (every nth, the first included). */
  labelled: IsoDate[];
};

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100];
/** At most this many week labels, so they fit under the chart at print width. */
export const MAX_WEEK_LABELS = 12;

/** The smallest step from STEPS giving at most 5 intervals up to `maxHours` (at least 1 h). */
export function tickStep(maxHours: number): number {
  return STEPS.find((step) => Math.ceil(maxHours / step) <= 5) ?? Math.ceil(maxHours / 5);
}

export function weeklyChart(
  weeks: readonly { week: IsoDate; minutes: number }[],
  { width = 640, height = 240 }: { width?: number; height?: number } = {},
): WeeklyChart {
  const plot = { left: 40, top: 12, right: width - 8, bottom: height - 28 };
  const maxHours = Math.max(1, ...weeks.map((w) => w.minutes / 60));
  const step = tickStep(maxHours);
  const topHours = Math.max(step, Math.ceil(maxHours / step) * step);
  const yOf = (hours: number) => plot.bottom - ((plot.bottom - plot.top) * hours) / topHours;
  const slot = weeks.length > 0 ? (plot.right - plot.left) / weeks.length : 0;
  const barWidth = slot * 0.7;
  const bars = weeks.map((w, i) => {
    const y = yOf(w.minutes / 60);
    return {
      week: w.week,
      minutes: w.minutes,
      x: round(plot.left + slot * i + (slot - barWidth) / 2),
      y: round(y),
      width: round(barWidth),
      height: round(plot.bottom - y),
    };
  });
  const ticks: ChartTick[] = [];
  for (let hours = 0; hours <= topHours; hours += step) ticks.push({ hours, y: round(yOf(hours)) });
  const every = Math.max(1, Math.ceil(weeks.length / MAX_WEEK_LABELS));
  return { width, height, plot, bars, ticks, labelled: weeks.filter((_, i) => i % every === 0).map((w) => w.week) };
}

const round = (n: number) => Math.round(n * 10) / 10;
