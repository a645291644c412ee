import { describe, expect, it } from "vitest";
import { describeAuditChange, formatAuditValue } from "@/lib/audit/diff-view";
import { startOfDayInTimeZone } from "@/lib/audit/time";

describe("describeAuditChange", () => {
  it("lists each changed field as old → new", () => {
    expect(describeAuditChange({ email: "a@x", role: "ADMIN" }, { email: "a@x", role: "MENTOR" })).toEqual([
      { field: "role", before: "ADMIN", after: "MENTOR" },
    ]);
  });

  it("shows lists joined, a missing side as null, and creations and deletions", () => {
    expect(describeAuditChange({ mentors: ["a@x"] }, { mentors: ["a@x", "b@x"] })).toEqual([
      { field: "mentors", before: "a@x", after: "a@x, b@x" },
    ]);
    expect(describeAuditChange({ mentors: [] }, { mentors: ["a@x"] })).toEqual([
      { field: "mentors", before: null, after: "a@x" },
    ]);
    expect(describeAuditChange(null, { name: "Spring", startDate: "2026-03-02" })).toEqual([
      { field: "name", before: null, after: "Spring" },
      { field: "startDate", before: null, after: "2026-03-02" },
    ]);
    expect(describeAuditChange({ role: "ADMIN" }, null)).toEqual([{ field: "role", before: "ADMIN", after: null }]);
  });

  it("keeps unchanged fields only when nothing changed, and wraps bare values", () => {
    expect(describeAuditChange({ a: 1 }, { a: 1 })).toEqual([{ field: "a", before: "1", after: "1" }]);
    expect(describeAuditChange("x", "y")).toEqual([{ field: "value", before: "x", after: "y" }]);
    expect(describeAuditChange(null, null)).toEqual([]);
  });

  it("formats values as short text", () => {
    expect(formatAuditValue(true)).toBe("true");
    expect(formatAuditValue({ a: 1 })).toBe('{"a":1}');
    expect(formatAuditValue("")).toBeNull();
  });
});

describe("startOfDayInTimeZone", () => {
  it("is the instant the calendar day begins in the zone", () => {
    expect(startOfDayInTimeZone("2026-05-02", "UTC").toISOString()).toBe("2026-05-02T00:00:00.000Z");
    expect(startOfDayInTimeZone("2026-05-02", "Asia/Tokyo").toISOString()).toBe("2026-05-01T15:00:00.000Z");
    expect(startOfDayInTimeZone("2026-05-02", "America/New_York").toISOString()).toBe("2026-05-02T04:00:00.000Z");
    // DST starts in New York on 2026-03-08 at 02:00: that day still begins at 05:00Z.
    expect(startOfDayInTimeZone("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfDayInTimeZone("2026-03-09", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });
});
