import { describe, expect, it } from "vitest";
import { formatDecimalHours, formatInstant, formatInstantDay, formatIsoDate, formatMonth } from "@/lib/ui/format";

describe("ui formats", () => {
  it("reads calendar dates the same everywhere, whatever the server's zone", () => {
    expect(formatIsoDate("2026-03-03")).toBe("3 Mar 2026");
    expect(formatMonth("2026-12-31")).toBe("Dec");
  });

  it("shows an instant in the viewer's own zone, with or without the time", () => {
    const at = new Date("2026-11-28T23:30:00Z");
    expect(formatInstant(at, "UTC")).toBe("28 Nov 2026, 23:30");
    expect(formatInstant(at, "Asia/Tokyo")).toBe("29 Nov 2026, 08:30");
    expect(formatInstantDay(at, "America/New_York")).toBe("28 Nov 2026");
    expect(formatInstantDay(at, "Asia/Tokyo")).toBe("29 Nov 2026");
  });

  it("rounds headline hours down, so a threshold never looks met early", () => {
    expect(formatDecimalHours(59 * 60 + 59)).toBe("59.9 h");
    expect(formatDecimalHours(60 * 60)).toBe("60 h");
    expect(formatDecimalHours(0)).toBe("0 h");
    expect(formatDecimalHours(-5)).toBe("0 h");
  });
});
