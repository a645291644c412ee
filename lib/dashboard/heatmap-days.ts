import type { Heatmap } from "@/lib/progress/calendar";

/**
 * The heatmap's days as the browser draws them (components/dashboard/heatmap-grid.tsx): one
 * string of minutes per day from the grid's first Monday to today, comma-separated, a day
 * without time left empty. The days after today are not sent: the grid knows where today is.
 *
 * Why a string: everything handed to a client component travels twice (the HTML and the RSC
 * payload), and a year of days is 364 values; as one string it is a few hundred bytes that
 * React serialises in one step, against an array of numbers or, worse, 364 drawn cells.
 */
export function encodeHeatmapDays(heatmap: Pick<Heatmap, "weeks">): string {
  const values: string[] = [];
  for (const week of heatmap.weeks)
    for (const day of week.days) if (!day.future) values.push(day.minutes > 0 ? String(day.minutes) : "");
  return values.join(",");
}

/** The minutes per day back from encodeHeatmapDays; anything that is not a positive whole number reads as 0. */
export function decodeHeatmapDays(days: string): number[] {
  if (days === "") return [];
  return days.split(",").map((value) => {
    const minutes = Number(value);
    return Number.isInteger(minutes) && minutes > 0 ? minutes : 0;
  });
}
