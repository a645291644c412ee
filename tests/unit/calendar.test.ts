import { describe, expect, it } from "vitest";
import {
  addDays,
  buildHeatmap,
  currentStreak,
  daysBetween,
  fromDbDate,
  heatmapLevel,
  isFutureDate,
  isIsoDate,
  isValidTimeZone,
  isoWeek,
  isoWeekKey,
  isoWeekday,
  startOfIsoWeek,
  toDbDate,
  todayInTimeZone,
} from "@/lib/progress/calendar";

describe("calendar dates", () => {
  it("accepts only real dates in canonical form", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-1-01")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("not a date")).toBe(false);
  });

  it("adds days and counts the days between, across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(daysBetween("2025-01-01", "2026-01-01")).toBe(365);
    expect(daysBetween("2025-01-10", "2025-01-03")).toBe(-7);
  });

  it("throws on a malformed date instead of computing with NaN", () => {
    expect(() => addDays("2025-02-30", 1)).toThrow(RangeError);
  });

  it("round-trips a Postgres DATE as Prisma returns it", () => {
    expect(fromDbDate(new Date("2025-03-09T00:00:00.000Z"))).toBe("2025-03-09");
    expect(toDbDate("2025-03-09").toISOString()).toBe("2025-03-09T00:00:00.000Z");
  });
});

describe("todayInTimeZone", () => {
  it("is 23:30 on the 15th in Auckland while UTC is still the 15th", () => {
    const now = new Date("2025-01-15T10:30:00Z"); // NZDT is UTC+13 in January
    expect(todayInTimeZone(now, "Pacific/Auckland")).toBe("2025-01-15");
    expect(todayInTimeZone(now, "UTC")).toBe("2025-01-15");
  });

  it("is already the 16th in Auckland an hour later, while UTC and Los Angeles are on the 15th", () => {
    const now = new Date("2025-01-15T11:30:00Z");
    expect(todayInTimeZone(now, "Pacific/Auckland")).toBe("2025-01-16");
    expect(todayInTimeZone(now, "UTC")).toBe("2025-01-15");
    expect(todayInTimeZone(now, "America/Los_Angeles")).toBe("2025-01-15");
  });

  it("is still yesterday in Los Angeles just before 08:00 UTC", () => {
    expect(todayInTimeZone(new Date("2025-01-16T07:59:00Z"), "America/Los_Angeles")).toBe("2025-01-15");
    expect(todayInTimeZone(new Date("2025-01-16T08:00:00Z"), "America/Los_Angeles")).toBe("2025-01-16");
  });

  it("follows the DST change in New York (clocks spring forward on 2025-03-09)", () => {
    expect(todayInTimeZone(new Date("2025-03-09T04:59:00Z"), "America/New_York")).toBe("2025-03-08"); // 23:59 EST
    expect(todayInTimeZone(new Date("2025-03-09T05:00:00Z"), "America/New_York")).toBe("2025-03-09"); // 00:00 EST
    expect(todayInTimeZone(new Date("2025-03-10T03:59:00Z"), "America/New_York")).toBe("2025-03-09"); // 23:59 EDT
    expect(todayInTimeZone(new Date("2025-03-10T04:00:00Z"), "America/New_York")).toBe("2025-03-10"); // 00:00 EDT
  });

  it("follows the end of DST in Auckland (2025-04-06, UTC+13 → UTC+12)", () => {
    expect(todayInTimeZone(new Date("2025-04-05T10:59:00Z"), "Pacific/Auckland")).toBe("2025-04-05"); // 23:59 NZDT
    expect(todayInTimeZone(new Date("2025-04-06T11:59:00Z"), "Pacific/Auckland")).toBe("2025-04-06"); // 23:59 NZST
    expect(todayInTimeZone(new Date("2025-04-06T12:00:00Z"), "Pacific/Auckland")).toBe("2025-04-07");
  });

  it("keeps calendar-day arithmetic at 24 h across a DST change", () => {
    expect(addDays("2025-03-08", 1)).toBe("2025-03-09");
    expect(daysBetween("2025-03-08", "2025-03-10")).toBe(2);
    expect(daysBetween("2025-10-25", "2025-10-27")).toBe(2);
  });

  it("rejects an unknown time zone", () => {
    expect(() => todayInTimeZone(new Date(), "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("Pacific/Auckland")).toBe(true);
  });
});

describe("isFutureDate", () => {
  const now = new Date("2025-01-15T11:30:00Z");

  it("judges against the learner's own today", () => {
    expect(isFutureDate("2025-01-16", now, "UTC")).toBe(true);
    expect(isFutureDate("2025-01-16", now, "Pacific/Auckland")).toBe(false);
    expect(isFutureDate("2025-01-17", now, "Pacific/Auckland")).toBe(true);
  });

  it("allows today and the past", () => {
    expect(isFutureDate("2025-01-15", now, "America/Los_Angeles")).toBe(false);
    expect(isFutureDate("2024-12-31", now, "UTC")).toBe(false);
  });
});

describe("ISO weeks", () => {
  it("numbers weekdays from Monday 1 to Sunday 7", () => {
    expect(isoWeekday("2025-01-13")).toBe(1);
    expect(isoWeekday("2025-01-19")).toBe(7);
    expect(startOfIsoWeek("2025-01-19")).toBe("2025-01-13");
    expect(startOfIsoWeek("2025-01-13")).toBe("2025-01-13");
    expect(startOfIsoWeek("2025-01-01")).toBe("2024-12-30");
  });

  it("puts a week in the year of its Thursday", () => {
    expect(isoWeek("2024-12-30")).toEqual({ year: 2025, week: 1 });
    expect(isoWeek("2021-01-03")).toEqual({ year: 2020, week: 53 });
    expect(isoWeek("2026-01-01")).toEqual({ year: 2026, week: 1 });
    expect(isoWeekKey("2025-01-15")).toBe("2025-W03");
  });

  it("gives the DST week its 7 days", () => {
    const monday = startOfIsoWeek("2025-03-09");
    expect(monday).toBe("2025-03-03");
    expect(daysBetween(monday, startOfIsoWeek("2025-03-10"))).toBe(7);
  });
});

describe("buildHeatmap", () => {
  const today = "2025-01-15"; // a Wednesday

  it("lays out 52 Monday-first weeks ending with the current week, even with no entries", () => {
    const map = buildHeatmap([], today);
    expect(map.weeks).toHaveLength(52);
    expect(map.weeks.every((w) => w.days.length === 7 && isoWeekday(w.start) === 1)).toBe(true);
    expect(map.from).toBe("2024-01-22");
    expect(map.weeks.at(-1)?.start).toBe("2025-01-13");
    expect(map).toMatchObject({ totalMinutes: 0, activeDays: 0, maxMinutes: 0, to: today });
  });

  it("fills days from sparse sums, marks the rest of this week as future and ignores outside dates", () => {
    const map = buildHeatmap(
      [
        { date: "2025-01-15", minutes: 90 },
        { date: "2025-01-13", minutes: 30 },
        { date: "2025-01-13", minutes: 45 }, // a repeated date is summed
        { date: "2024-01-21", minutes: 600 }, // the day before the grid
        { date: "2025-01-16", minutes: 60 }, // tomorrow: never counted
      ],
      today,
    );
    const lastWeek = map.weeks.at(-1)?.days ?? [];
    expect(lastWeek.map((d) => [d.date, d.minutes, d.level, d.future])).toEqual([
      ["2025-01-13", 75, 2, false],
      ["2025-01-14", 0, 0, false],
      ["2025-01-15", 90, 2, false],
      ["2025-01-16", 0, 0, true],
      ["2025-01-17", 0, 0, true],
      ["2025-01-18", 0, 0, true],
      ["2025-01-19", 0, 0, true],
    ]);
    expect(map).toMatchObject({ totalMinutes: 165, activeDays: 2, maxMinutes: 90 });
  });

  it("uses fixed intensity buckets", () => {
    expect([0, 1, 59, 60, 119, 120, 239, 240, 1440].map(heatmapLevel)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it("has no future cells on a Sunday", () => {
    const map = buildHeatmap([{ date: "2025-01-19", minutes: 10 }], "2025-01-19");
    expect(map.weeks.flatMap((w) => w.days).some((d) => d.future)).toBe(false);
    expect(map.weeks.at(-1)?.days.at(-1)).toMatchObject({ date: "2025-01-19", minutes: 10, level: 1 });
  });
});

describe("currentStreak", () => {
  const today = "2025-01-15";
  const days = (...dates: string[]) => dates.map((date) => ({ date, minutes: 30 }));

  it("is 0 with no entries", () => {
    expect(currentStreak([], today)).toBe(0);
  });

  it("counts a single day today", () => {
    expect(currentStreak(days(today), today)).toBe(1);
  });

  it("keeps yesterday's streak alive while today is still empty", () => {
    expect(currentStreak(days("2025-01-13", "2025-01-14"), today)).toBe(2);
  });

  it("is broken by a missed day", () => {
    expect(currentStreak(days("2025-01-13"), today)).toBe(0);
    expect(currentStreak(days("2025-01-10", "2025-01-11", "2025-01-13", "2025-01-14", today), today)).toBe(3);
  });

  it("does not count a day whose sum is 0", () => {
    expect(currentStreak([...days("2025-01-13", today), { date: "2025-01-14", minutes: 0 }], today)).toBe(1);
  });

  it("runs across a month and a year boundary", () => {
    expect(currentStreak(days("2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02"), "2025-01-02")).toBe(4);
  });
});

describe("day arithmetic without Date objects", () => {
  it("agrees with the JavaScript Date on every day from 1899 to 2101", () => {
    const viaDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    let date = "1899-12-25";
    for (let ms = Date.UTC(1899, 11, 25); ms < Date.UTC(2101, 0, 7); ms += 86_400_000) {
      expect(date).toBe(viaDate(ms));
      expect(isIsoDate(date)).toBe(true);
      expect(isoWeekday(date)).toBe(((new Date(ms).getUTCDay() + 6) % 7) + 1);
      date = addDays(date, 1);
    }
    expect(daysBetween("1899-12-25", date)).toBe(
      Math.round((Date.UTC(2101, 0, 7) - Date.UTC(1899, 11, 25)) / 86_400_000),
    );
  });

  it("knows leap years and month lengths", () => {
    expect(["2024-02-29", "2000-02-29", "2025-04-30"].map(isIsoDate)).toEqual([true, true, true]);
    expect(["2025-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00"].map(isIsoDate)).toEqual(
      [false, false, false, false, false, false],
    );
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
  });
});
