import { describe, expect, it } from "vitest";
import { decodeHeatmapDays, encodeHeatmapDays } from "@/lib/dashboard/heatmap-days";
import { addDays, buildHeatmap } from "@/lib/progress/calendar";

describe("the heatmap's days as sent to the browser", () => {
  const today = "2026-03-11"; // a Wednesday: Thursday to Sunday of its week are in the future
  const heatmap = buildHeatmap(
    [
      { date: today, minutes: 45 },
      { date: addDays(today, -2), minutes: 250 },
      { date: "2025-03-17", minutes: 5 }, // the grid's first Monday
    ],
    today,
  );

  it("sends one value per day up to today, empty for a day without time, nothing after today", () => {
    const encoded = encodeHeatmapDays(heatmap);
    const values = encoded.split(",");
    expect(heatmap.from).toBe("2025-03-17");
    expect(values).toHaveLength(51 * 7 + 3); // 51 whole weeks, then Monday to Wednesday
    expect(values[0]).toBe("5");
    expect(values.at(-1)).toBe("45");
    expect(values.at(-3)).toBe("250");
    expect(values.filter((v) => v !== "")).toEqual(["5", "250", "45"]);
  });

  it("reads back the minutes of every day the grid draws", () => {
    const days = decodeHeatmapDays(encodeHeatmapDays(heatmap));
    const expected = heatmap.weeks.flatMap((week) => week.days.filter((d) => !d.future).map((d) => d.minutes));
    expect(days).toEqual(expected);
    expect(days.reduce((a, b) => a + b, 0)).toBe(heatmap.totalMinutes);
  });

  it("reads nothing from nothing, and a damaged value as no time", () => {
    expect(decodeHeatmapDays("")).toEqual([]);
    expect(decodeHeatmapDays(",x,-3,1.5,20")).toEqual([0, 0, 0, 0, 20]);
  });
});
