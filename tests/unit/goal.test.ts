import { describe, expect, it } from "vitest";
import { isBehindGoal, projectWithGoal, weekAgainstGoal, weeklyGoal } from "@/lib/progress/goal";

const wednesday = "2025-01-15"; // the week runs Monday 13 to Sunday 19 January
const SIX_HOURS = 360;

describe("isBehindGoal: logged < goal × days over / 7", () => {
  it("is never behind on a Monday, when no day of the week is over yet", () => {
    expect(isBehindGoal(0, SIX_HOURS, 0)).toBe(false);
  });

  it("is behind by one minute and not behind exactly on the line", () => {
    // Wednesday: Monday and Tuesday are over, so 2/7 of 6 h = 102.86 min is owed.
    expect(isBehindGoal(102, SIX_HOURS, 2)).toBe(true);
    expect(isBehindGoal(103, SIX_HOURS, 2)).toBe(false);
    // 7 h a week owes exactly 1 h a day: 120 min by Wednesday is on track, 119 is behind.
    expect(isBehindGoal(120, 420, 2)).toBe(false);
    expect(isBehindGoal(119, 420, 2)).toBe(true);
  });

  it("on a Sunday owes six sevenths: the last day is still the learner's", () => {
    expect(isBehindGoal(300, 420, 6)).toBe(true);
    expect(isBehindGoal(360, 420, 6)).toBe(false);
  });
});

describe("weekAgainstGoal", () => {
  it("counts Monday through today, not last week or later days", () => {
    const week = weekAgainstGoal(
      [
        { date: "2025-01-12", minutes: 600 }, // last Sunday
        { date: "2025-01-13", minutes: 30 }, // Monday
        { date: wednesday, minutes: 45 }, // today counts
        { date: "2025-01-16", minutes: 600 }, // tomorrow: not yet
      ],
      wednesday,
      SIX_HOURS,
    );
    expect(week).toEqual({
      weekStart: "2025-01-13",
      weekEnd: "2025-01-19",
      goalMinutes: SIX_HOURS,
      loggedMinutes: 75,
      daysElapsed: 2,
      expectedMinutes: 103,
      behind: true,
      met: false,
      remainingMinutes: 285,
    });
  });

  it("a met goal is never behind and leaves nothing to log", () => {
    const week = weekAgainstGoal([{ date: "2025-01-19", minutes: 400 }], "2025-01-19", SIX_HOURS);
    expect(week).toMatchObject({ daysElapsed: 6, behind: false, met: true, remainingMinutes: 0 });
  });

  it("starts a fresh week on Monday", () => {
    const week = weekAgainstGoal([{ date: "2025-01-19", minutes: 400 }], "2025-01-20", SIX_HOURS);
    expect(week).toMatchObject({ weekStart: "2025-01-20", loggedMinutes: 0, behind: false, met: false });
  });
});

describe("projectWithGoal", () => {
  it("divides the remaining hours by the goal: 60 h at 6 h a week is 70 days", () => {
    expect(projectWithGoal(60 * 60, SIX_HOURS, wednesday)).toMatchObject({
      status: "projected",
      date: "2025-03-26",
      daysFromToday: 70,
    });
  });

  it("rounds a part day up: 1 h left at 6 h a week is 2 days (7/6 of a day)", () => {
    expect(projectWithGoal(60, SIX_HOURS, wednesday)).toMatchObject({ status: "projected", daysFromToday: 2 });
  });

  it("says complete when nothing remains", () => {
    expect(projectWithGoal(0, SIX_HOURS, wednesday).status).toBe("complete");
  });
});

describe("weeklyGoal", () => {
  it("is null without a goal", () => {
    expect(weeklyGoal([], wednesday, null, 3600)).toBeNull();
  });

  it("combines the week and the projection", () => {
    const goal = weeklyGoal([{ date: wednesday, minutes: 200 }], wednesday, SIX_HOURS, 3600);
    expect(goal?.week).toMatchObject({ loggedMinutes: 200, behind: false });
    expect(goal?.path).toMatchObject({ status: "projected", date: "2025-03-26" });
  });
});
