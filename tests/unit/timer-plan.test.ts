import { describe, expect, it } from "vitest";
import { LONG_TIMER_MINUTES, momentIn, planTimerStop, stopProblemMessage } from "@/lib/hours/timer-plan";

const full = { confirmLong: false, trimmedMinutes: null };
const at = (iso: string) => new Date(iso);

describe("momentIn", () => {
  it("reads an instant as the learner's wall-clock date and seconds", () => {
    // 04:30 UTC is 23:30 the day before in New York (EST, UTC-5).
    expect(momentIn(at("2026-03-02T04:30:00Z"), "America/New_York")).toEqual({ date: "2026-03-01", seconds: 84_600 });
    expect(momentIn(at("2026-03-02T04:30:00Z"), "Asia/Tokyo")).toEqual({ date: "2026-03-02", seconds: 48_600 });
  });

  it("falls back to UTC for a zone the runtime does not know", () => {
    expect(momentIn(at("2026-03-02T04:30:00Z"), "Mars/Olympus")).toEqual({ date: "2026-03-02", seconds: 16_200 });
  });
});

describe("planTimerStop", () => {
  it("logs the time from start to now on one day", () => {
    const plan = planTimerStop(at("2026-03-02T09:00:00Z"), at("2026-03-02T10:30:00Z"), "UTC", full);
    expect(plan).toEqual({ ok: true, end: at("2026-03-02T10:30:00Z"), parts: [{ date: "2026-03-02", minutes: 90 }] });
  });

  it("splits at the learner's local midnight, not UTC's", () => {
    // 23:30 → 01:15 in New York: 30 min on 1 March, 75 min on 2 March.
    const plan = planTimerStop(at("2026-03-02T04:30:00Z"), at("2026-03-02T06:15:00Z"), "America/New_York", full);
    expect(plan).toMatchObject({
      ok: true,
      parts: [
        { date: "2026-03-01", minutes: 30 },
        { date: "2026-03-02", minutes: 75 },
      ],
    });
    // The same instants in UTC fall on one day.
    expect(planTimerStop(at("2026-03-02T04:30:00Z"), at("2026-03-02T06:15:00Z"), "UTC", full)).toMatchObject({
      parts: [{ date: "2026-03-02", minutes: 105 }],
    });
  });

  it("asks about a timer over 12 hours, and accepts the full time once confirmed", () => {
    const start = at("2026-03-02T01:00:00Z");
    const now = at("2026-03-02T13:01:00Z");
    expect(planTimerStop(start, now, "UTC", full)).toEqual({ ok: false, problem: "long", elapsedMinutes: 721 });
    expect(planTimerStop(start, now, "UTC", { confirmLong: true, trimmedMinutes: null })).toMatchObject({
      ok: true,
      parts: [{ date: "2026-03-02", minutes: 721 }],
    });
    // Exactly 12 hours is not "over".
    expect(planTimerStop(start, at("2026-03-02T13:00:00Z"), "UTC", full)).toMatchObject({ ok: true });
    expect(LONG_TIMER_MINUTES).toBe(720);
  });

  it("trims a long timer to the time given, counted from the start", () => {
    const plan = planTimerStop(at("2026-03-01T22:00:00Z"), at("2026-03-02T15:00:00Z"), "UTC", {
      confirmLong: false,
      trimmedMinutes: 150,
    });
    expect(plan).toEqual({
      ok: true,
      end: at("2026-03-02T00:30:00Z"),
      parts: [
        { date: "2026-03-01", minutes: 120 },
        { date: "2026-03-02", minutes: 30 },
      ],
    });
  });

  it("refuses a trim longer than the timer ran, and a stop under a minute", () => {
    const start = at("2026-03-02T09:00:00Z");
    expect(planTimerStop(start, at("2026-03-02T10:00:00Z"), "UTC", { confirmLong: false, trimmedMinutes: 61 })).toEqual(
      { ok: false, problem: "trim-over", elapsedMinutes: 60 },
    );
    expect(planTimerStop(start, at("2026-03-02T09:00:40Z"), "UTC", full)).toEqual({
      ok: false,
      problem: "too-short",
      elapsedMinutes: 0,
    });
  });

  it("counts real minutes across a daylight-saving change", () => {
    // New York springs forward at 02:00 on 8 March 2026: 01:00 → 04:00 local is 2 hours.
    const plan = planTimerStop(at("2026-03-08T06:00:00Z"), at("2026-03-08T08:00:00Z"), "America/New_York", full);
    expect(plan).toMatchObject({ ok: true, parts: [{ date: "2026-03-08", minutes: 120 }] });
  });

  it("refuses a confirmed timer that ran over a week, asking for the real time", () => {
    const plan = planTimerStop(at("2026-03-01T09:00:00Z"), at("2026-03-09T10:00:00Z"), "UTC", {
      confirmLong: true,
      trimmedMinutes: null,
    });
    expect(plan).toMatchObject({ ok: false, problem: "too-long" });
  });
});

describe("stopProblemMessage", () => {
  it("says how long the timer ran and what to do", () => {
    expect(stopProblemMessage("long", 781)).toBe(
      "This timer has been running for 13 h 1 min, more than 12 h. " +
        "Tick “Keep the full time” to log all of it, or enter how long you actually studied.",
    );
    expect(stopProblemMessage("trim-over", 60)).toContain("only run for 1 h");
  });
});
