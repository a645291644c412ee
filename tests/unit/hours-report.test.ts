import { describe, expect, it } from "vitest";
import { MAX_WEEK_LABELS, tickStep, weeklyChart } from "@/lib/hours/report-chart";
import {
  parseReportPeriod,
  presetOf,
  presetPeriod,
  REPORT_MESSAGES,
  reportHref,
  reportWeeks,
} from "@/lib/hours/report-period";

const TODAY = "2026-12-05"; // a Saturday

describe("report presets", () => {
  it("computes this month, last month and the last 12 weeks from the learner's today", () => {
    expect(presetPeriod("this-month", TODAY)).toEqual({ from: "2026-12-01", to: TODAY });
    expect(presetPeriod("last-month", TODAY)).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    // 12 ISO weeks, this one (from Monday 30 Nov) the last.
    expect(presetPeriod("last-12-weeks", TODAY)).toEqual({ from: "2026-09-14", to: TODAY });
    expect(reportWeeks(presetPeriod("last-12-weeks", TODAY))).toHaveLength(12);
  });

  it("crosses the year for last month in January, and tells which preset a period is", () => {
    expect(presetPeriod("last-month", "2027-01-10")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(presetOf({ from: "2026-11-01", to: "2026-11-30" }, TODAY)).toBe("last-month");
    expect(presetOf({ from: "2026-11-02", to: "2026-11-30" }, TODAY)).toBeUndefined();
  });
});

describe("parseReportPeriod", () => {
  it("defaults to this month when the URL names no dates", () => {
    expect(parseReportPeriod({}, TODAY)).toMatchObject({ ok: true, period: { from: "2026-12-01", to: TODAY } });
  });

  it("accepts a valid period and cuts a last day after today to today", () => {
    expect(parseReportPeriod({ from: "2026-10-01", to: "2026-10-31" }, TODAY)).toMatchObject({
      ok: true,
      period: { from: "2026-10-01", to: "2026-10-31" },
    });
    expect(parseReportPeriod({ from: "2026-12-01", to: "2026-12-31" }, TODAY)).toMatchObject({
      ok: true,
      period: { from: "2026-12-01", to: TODAY },
      values: { from: "2026-12-01", to: "2026-12-31" },
    });
  });

  it("puts each problem at its field and keeps what was typed", () => {
    expect(parseReportPeriod({ from: "2026-02-30", to: "" }, TODAY)).toEqual({
      ok: false,
      errors: { from: REPORT_MESSAGES.invalid, to: REPORT_MESSAGES.toMissing },
      values: { from: "2026-02-30", to: "" },
    });
    expect(parseReportPeriod({ from: "", to: "2026-12-01" }, TODAY)).toMatchObject({
      ok: false,
      errors: { from: REPORT_MESSAGES.fromMissing },
    });
    expect(parseReportPeriod({ from: "2026-11-10", to: "2026-11-01" }, TODAY)).toMatchObject({
      ok: false,
      errors: { to: REPORT_MESSAGES.reversed },
    });
    expect(parseReportPeriod({ from: "2026-12-06", to: "2026-12-31" }, TODAY)).toMatchObject({
      ok: false,
      errors: { from: REPORT_MESSAGES.fromFuture },
    });
    expect(parseReportPeriod({ from: "2024-01-01", to: "2026-12-01" }, TODAY)).toMatchObject({
      ok: false,
      errors: { to: REPORT_MESSAGES.tooLong },
    });
  });

  it("reads the first of repeated parameters and builds the report's URL", () => {
    expect(parseReportPeriod({ from: ["2026-11-01", "x"], to: "2026-11-30" }, TODAY)).toMatchObject({ ok: true });
    expect(reportHref({ from: "2026-11-01", to: "2026-11-30" })).toBe("/hours/report?from=2026-11-01&to=2026-11-30");
  });
});

describe("reportWeeks", () => {
  it("lists the Monday of every ISO week the period touches", () => {
    expect(reportWeeks({ from: "2026-11-29", to: "2026-12-08" })).toEqual(["2026-11-23", "2026-11-30", "2026-12-07"]);
  });
});

describe("weeklyChart", () => {
  it("scales bars to a nice hour step, tallest bar to the top tick", () => {
    const chart = weeklyChart(
      [
        { week: "2026-11-23", minutes: 0 },
        { week: "2026-11-30", minutes: 600 },
        { week: "2026-12-07", minutes: 300 },
      ],
      { width: 340, height: 240 },
    );
    expect(chart.ticks.map((t) => t.hours)).toEqual([0, 2, 4, 6, 8, 10]);
    const [empty, full, half] = chart.bars;
    expect(empty!.height).toBe(0);
    expect(full!.y).toBe(chart.plot.top);
    expect(half!.height).toBeCloseTo(full!.height / 2, 0);
    expect(full!.x).toBeGreaterThan(empty!.x);
  });

  it("picks tick steps that give at most five intervals, and thins out week labels", () => {
    expect([0.5, 5, 7, 40, 60, 130].map(tickStep)).toEqual([1, 1, 2, 10, 20, 50]);
    const weeks = Array.from({ length: 105 }, (_, i) => ({ week: `w${i}`, minutes: i }));
    const chart = weeklyChart(weeks);
    expect(chart.labelled.length).toBeLessThanOrEqual(MAX_WEEK_LABELS);
    expect(chart.labelled[0]).toBe("w0");
    expect(chart.ticks.at(-1)!.hours).toBeGreaterThanOrEqual(104 / 60);
  });

  it("draws an empty period as flat bars on a one-hour axis", () => {
    const chart = weeklyChart([{ week: "2026-11-30", minutes: 0 }]);
    expect(chart.ticks.map((t) => t.hours)).toEqual([0, 1]);
    expect(chart.bars[0]!.height).toBe(0);
  });
});
