import { describe, expect, it } from "vitest";
import { DURATION_FORMAT_MESSAGE, durationText, parseDurationText, parseHoursAndMinutes } from "@/lib/hours/duration";

const minutes = (value: unknown) => {
  const result = parseDurationText(value);
  return result.ok ? result.minutes : result.error;
};

describe("parseDurationText: durations as people type them", () => {
  it.each([
    ["1.5", 90],
    ["1,5", 90],
    [".25", 15],
    ["2", 120],
    [" 2 ", 120],
    ["1:30", 90],
    ["0:45", 45],
    ["01:30:00", 90],
    ["00:44:31", 45],
    ["90m", 90],
    ["90 min", 90],
    ["45 min", 45],
    ["45 minutes", 45],
    ["1h", 60],
    ["2 h", 120],
    ["2 hours", 120],
    ["1h 30m", 90],
    ["1 h 30 min", 90],
    ["1h30", 90],
    ["1H30M", 90],
    ["1.5h", 90],
    ["2 hours 5 minutes", 125],
    [1.5, 90],
  ])("reads %j as %i minutes", (text, expected) => {
    expect(minutes(text)).toBe(expected);
  });

  it("accepts exactly one whole day and nothing longer", () => {
    expect(minutes("24")).toBe(1440);
    expect(minutes("23h 60m")).toBe(1440);
    expect(minutes("24:01")).toBe("One entry cannot be longer than 24 hours.");
    expect(minutes("1441m")).toBe("One entry cannot be longer than 24 hours.");
  });

  it("refuses a zero duration with its own message", () => {
    for (const zero of ["0", "0:00", "0m", "0h", "00:00:20"])
      expect(minutes(zero)).toBe("Enter a duration longer than 0 minutes.");
  });

  it.each([
    "",
    "   ",
    "abc",
    "-1",
    "1:75",
    "1.5.2",
    "=1+1",
    "1h 30x",
    "30 seconds",
    "99999999999999999999",
    "1e400",
    "NaN",
    "<script>1</script>",
  ])("refuses %j with the format hint", (text) => {
    expect(minutes(text)).toBe(DURATION_FORMAT_MESSAGE);
  });

  it("refuses what is not text or a number", () => {
    for (const value of [null, undefined, {}, [1], true]) expect(minutes(value)).toBe(DURATION_FORMAT_MESSAGE);
  });

  it("writes a stored duration back the way the field reads it", () => {
    for (const stored of [1, 45, 60, 90, 125, 1440]) {
      expect(durationText(stored)).toMatch(/^(\d+h)?( ?\d+m)?$/);
      expect(minutes(durationText(stored))).toBe(stored);
    }
  });
});

describe("parseHoursAndMinutes: the two columns of Skilltrail's CSV", () => {
  it("adds whole minutes to any duration in the hours column", () => {
    expect(parseHoursAndMinutes("1", "30")).toEqual({ ok: true, minutes: 90 });
    expect(parseHoursAndMinutes("1.5", "")).toEqual({ ok: true, minutes: 90 });
    expect(parseHoursAndMinutes("", "45")).toEqual({ ok: true, minutes: 45 });
    expect(parseHoursAndMinutes("1:15", "15")).toEqual({ ok: true, minutes: 90 });
  });

  it("says which column is wrong", () => {
    expect(parseHoursAndMinutes("1", "abc")).toEqual({
      ok: false,
      error: "Minutes must be a whole number, 0 or more.",
    });
    expect(parseHoursAndMinutes("x", "0")).toMatchObject({ ok: false, error: expect.stringContaining('Hours "x"') });
    expect(parseHoursAndMinutes("", "")).toEqual({ ok: false, error: "Enter a duration longer than 0 minutes." });
    expect(parseHoursAndMinutes("24", "1")).toEqual({ ok: false, error: "One entry cannot be longer than 24 hours." });
  });
});
