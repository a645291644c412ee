import { describe, expect, it } from "vitest";
import { auditDiff } from "@/lib/audit/record";

describe("auditDiff", () => {
  it("keeps only the changed fields, before and after", () => {
    const diff = auditDiff(
      { title: "Old", estimatedHours: 60, goals: ["a"] },
      { title: "New", estimatedHours: 60, goals: ["a", "b"] },
    );
    expect(diff).toEqual({ before: { title: "Old", goals: ["a"] }, after: { title: "New", goals: ["a", "b"] } });
  });

  it("records a field that appears as null before", () => {
    expect(auditDiff({ archivedAt: null } as { archivedAt: string | null }, { archivedAt: "2026-01-01" })).toEqual({
      before: { archivedAt: null },
      after: { archivedAt: "2026-01-01" },
    });
  });

  it("is empty when nothing changed", () => {
    expect(auditDiff({ a: 1 }, { a: 1 })).toEqual({ before: {}, after: {} });
  });
});
