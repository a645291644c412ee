import { describe, expect, it } from "vitest";
import { mlInfrastructureGuide as guide } from "@/lib/guides/content/ml-infrastructure";
import { guidePhases } from "@/tests/support/path-input";
import { paceOverLastWeeks, projectCompletion, projectWithWeeklyHours, weeklyMinutes } from "@/lib/progress/pace";

const today = "2025-01-15"; // a Wednesday

const allApproved = Object.fromEntries(
  guide.phases.flatMap((p) => p.deliverables).map((d) => [d.key, "APPROVED" as const]),
);

describe("paceOverLastWeeks", () => {
  it("is 0 h a week with no entries", () => {
    expect(paceOverLastWeeks([], today)).toEqual({
      windowStart: "2024-12-19",
      windowEnd: today,
      windowDays: 28,
      minutesInWindow: 0,
      hoursPerWeek: 0,
    });
  });

  it("averages over 28 days ending today, both ends included", () => {
    const pace = paceOverLastWeeks(
      [
        { date: "2024-12-19", minutes: 600 }, // first day of the window
        { date: "2024-12-18", minutes: 600 }, // one day too old
        { date: today, minutes: 600 },
        { date: "2025-01-16", minutes: 600 }, // future: ignored
      ],
      today,
    );
    expect(pace).toMatchObject({ minutesInWindow: 1200, hoursPerWeek: 5 });
  });

  it("spreads a single day over the whole window for an established learner", () => {
    expect(paceOverLastWeeks([{ date: today, minutes: 180 }], today).hoursPerWeek).toBe(0.8);
  });

  it("starts the window at the learner's start date, but never shorter than a week", () => {
    const single = [{ date: today, minutes: 180 }];
    expect(paceOverLastWeeks(single, today, { startedOn: today })).toMatchObject({
      windowStart: "2025-01-09",
      windowDays: 7,
      hoursPerWeek: 3,
    });
    const tenDays = paceOverLastWeeks([{ date: "2025-01-06", minutes: 660 }], today, { startedOn: "2025-01-05" });
    expect(tenDays).toMatchObject({ windowStart: "2025-01-05", windowDays: 11, hoursPerWeek: 7 });
    // A start date before the window changes nothing.
    expect(paceOverLastWeeks(single, today, { startedOn: "2024-06-01" }).windowDays).toBe(28);
  });

  it("counts time logged before the start date: the learner started on the earlier of the two", () => {
    // 16 h over the last 4 weeks, none in the last 7 days, by a learner enrolled today.
    const days = [
      { date: "2024-12-19", minutes: 480 },
      { date: "2024-12-26", minutes: 240 },
      { date: "2025-01-02", minutes: 240 },
    ];
    expect(paceOverLastWeeks(days, today, { startedOn: today })).toMatchObject({
      windowStart: "2024-12-19",
      windowDays: 28,
      minutesInWindow: 960,
      hoursPerWeek: 4,
    });
  });
});

describe("weeklyMinutes", () => {
  it("sums per ISO week, Monday start, oldest first", () => {
    const weeks = weeklyMinutes(
      [
        { date: "2024-12-23", minutes: 30 }, // Monday of the oldest week
        { date: "2025-01-05", minutes: 60 }, // Sunday
        { date: "2025-01-06", minutes: 90 }, // Monday
        { date: today, minutes: 15 },
        { date: "2024-12-22", minutes: 999 }, // before the chart
      ],
      today,
    );
    expect(weeks).toEqual([
      { weekStart: "2024-12-23", minutes: 30 },
      { weekStart: "2024-12-30", minutes: 60 },
      { weekStart: "2025-01-06", minutes: 90 },
      { weekStart: "2025-01-13", minutes: 15 },
    ]);
  });
});

describe("projectWithWeeklyHours", () => {
  it("projects the date N days out", () => {
    expect(projectWithWeeklyHours(60, 10, today)).toEqual({
      status: "projected",
      date: "2025-02-26",
      daysFromToday: 42,
      remainingMinutes: 3600,
      hoursPerWeek: 10,
    });
  });

  it("rounds partial days up and never projects today", () => {
    expect(projectWithWeeklyHours(1, 7, today)).toMatchObject({ date: "2025-01-16", daysFromToday: 1 });
    expect(projectWithWeeklyHours(1, 5, today)).toMatchObject({ daysFromToday: 2 });
    expect(projectWithWeeklyHours(0.1, 168, today)).toMatchObject({ daysFromToday: 1 });
  });

  it("has no date with zero pace, and says why", () => {
    const projection = projectWithWeeklyHours(100, 0, today);
    expect(projection).toMatchObject({ status: "no-pace", date: null, remainingMinutes: 6000 });
    expect(projection.status === "no-pace" && projection.reason).toMatch(/0 hours a week/);
  });

  it("rejects an impossible what-if", () => {
    expect(projectWithWeeklyHours(100, -1, today)).toMatchObject({ status: "invalid-pace", date: null });
    expect(projectWithWeeklyHours(100, 169, today)).toMatchObject({ status: "invalid-pace", date: null });
    expect(projectWithWeeklyHours(100, Number.NaN, today)).toMatchObject({ status: "invalid-pace", date: null });
  });

  it("is complete when nothing remains, whatever the pace", () => {
    expect(projectWithWeeklyHours(0, 0, today)).toMatchObject({ status: "complete", date: null, remainingMinutes: 0 });
    expect(projectWithWeeklyHours(-5, 10, today)).toMatchObject({ status: "complete" });
  });
});

describe("projectCompletion", () => {
  it("projects the current phase and the path from the real guide", () => {
    const result = projectCompletion(guidePhases([30 * 60]), 30 * 60, 10, today);
    expect(result.currentPhase?.phase.key).toBe("foundations-core-concepts");
    expect(result.currentPhase?.projection).toMatchObject({
      status: "projected",
      daysFromToday: 21,
      date: "2025-02-05",
    });
    expect(result.path).toMatchObject({
      status: "projected",
      remainingMinutes: 330 * 60,
      daysFromToday: 231,
      date: "2025-09-03",
    });
  });

  it("gives no dates with zero pace", () => {
    const result = projectCompletion(guidePhases(), 0, 0, today);
    expect(result.currentPhase?.projection).toMatchObject({ status: "no-pace", date: null });
    expect(result.path).toMatchObject({ status: "no-pace", date: null });
  });

  it("reports a current phase whose hours are spent as complete for hours", () => {
    const result = projectCompletion(guidePhases([65 * 60]), 65 * 60, 10, today);
    expect(result.currentPhase?.phase.key).toBe("foundations-core-concepts");
    expect(result.currentPhase?.projection).toMatchObject({ status: "complete" });
  });

  it("is complete past 360 h with every phase done", () => {
    const result = projectCompletion(guidePhases([100 * 60, 150 * 60, 200 * 60], allApproved), 450 * 60, 10, today);
    expect(result.currentPhase).toBeNull();
    expect(result.path).toMatchObject({ status: "complete" });
  });

  it("leaves an archived phase's estimate out of the path's remaining hours", () => {
    const list = guidePhases().map((p, i) => (i === 2 ? { ...p, archived: true } : p));
    expect(projectCompletion(list, 0, 18, today).path).toMatchObject({ remainingMinutes: 180 * 60, daysFromToday: 70 });
  });
});
