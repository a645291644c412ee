import { describe, expect, it } from "vitest";
import { elapsedLabel, isOverdue } from "@/lib/reviews/deadlines";

const NOW = new Date("2026-03-10T12:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("isOverdue", () => {
  it("is overdue only after the whole window has passed", () => {
    expect(isOverdue(ago(3 * DAY - 1), 3, NOW)).toBe(false);
    expect(isOverdue(ago(3 * DAY), 3, NOW)).toBe(false); // exactly the window: still on time
    expect(isOverdue(ago(3 * DAY + 1), 3, NOW)).toBe(true);
    expect(isOverdue(ago(2 * DAY), 1, NOW)).toBe(true);
  });

  it("never counts a future timestamp (clock skew) as overdue", () => {
    expect(isOverdue(new Date(NOW.getTime() + DAY), 1, NOW)).toBe(false);
  });
});

describe("elapsedLabel", () => {
  it.each([
    [0, "less than an hour"],
    [-5 * HOUR, "less than an hour"], // a clock a little ahead
    [59 * 60_000, "less than an hour"],
    [HOUR, "1 hour"],
    [23 * HOUR + 59 * 60_000, "23 hours"],
    [DAY, "1 day"],
    [2 * DAY + 5 * HOUR, "2 days"],
    [13 * DAY, "13 days"],
    [14 * DAY, "2 weeks"],
    [30 * DAY, "4 weeks"],
  ])("%i ms reads %s", (ms, label) => {
    expect(elapsedLabel(ago(ms), NOW)).toBe(label);
  });
});
