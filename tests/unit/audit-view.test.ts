import { describe, expect, it } from "vitest";
import { auditCsv } from "@/lib/audit/csv";
import { auditChangeText, describeAuditChange, formatAuditValue, referencedIds } from "@/lib/audit/diff-view";
import { actionVerb, fieldName, kindName } from "@/lib/audit/kinds";
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
      // Field names read as words.
      { field: "start date", before: null, after: "2026-03-02" },
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

describe("names in an entry", () => {
  const names = { s1: "Model serving", s2: "Monitoring", p1: "Foundations" };

  it("finds the ids of reference fields, once each, never the row's own id", () => {
    expect(
      referencedIds({ id: "self", phaseId: "p1", subSkillIds: ["s1"] }, { subSkillIds: ["s1", "s2"], title: "s3" }),
    ).toEqual(["p1", "s1", "s2"]);
    expect(referencedIds(null, "x")).toEqual([]);
  });

  it("shows a known id as its name and an unknown one as it is", () => {
    expect(describeAuditChange({ subSkillId: "s1" }, { subSkillId: "s2" }, names)).toEqual([
      { field: "sub-skill", before: "Model serving", after: "Monitoring" },
    ]);
    expect(describeAuditChange({ subSkillIds: ["s1"] }, { subSkillIds: ["s1", "gone"] }, names)).toEqual([
      { field: "sub-skills", before: "Model serving", after: "Model serving, gone" },
    ]);
    expect(auditChangeText({ phaseId: "p1", estimatedHours: 60 }, { phaseId: "p1", estimatedHours: 65 }, names)).toBe(
      "estimated hours: 60 → 65",
    );
  });

  it("names kinds, fields and verbs for people", () => {
    expect(kindName("ChecklistItem")).toBe("Checklist item");
    expect(kindName("RedFlag")).toBe("Red flag");
    expect(kindName("SomethingNew")).toBe("Something new");
    expect(fieldName("subSkillIds")).toBe("sub-skills");
    expect(fieldName("phaseId")).toBe("phase");
    expect(fieldName("id")).toBe("id");
    expect(fieldName("weightPercent")).toBe("weight percent");
    expect(actionVerb("checklistItem.archived")).toBe("archived");
    expect(actionVerb("user.role-changed")).toBe("role changed");
  });

  it("writes the CSV with names, times in the zone and every formula-like cell defused", () => {
    const csv = auditCsv(
      [
        {
          createdAt: new Date("2026-05-01T23:30:00Z"),
          actorEmail: null,
          action: "subSkill.updated",
          entityType: "SubSkill",
          entityId: "s1",
          entityLabel: "@SUM(A1)",
          before: { weightPercent: 25 },
          after: { weightPercent: 24 },
          names,
        },
      ],
      "Asia/Tokyo",
    );
    expect(csv.split("\r\n")).toEqual([
      '"time","actor","kind","subject","subject_id","action","change"',
      '"2026-05-02 08:30:00","system","Sub-skill","\'@SUM(A1)","s1","subSkill.updated","weight percent: 25 → 24"',
      "",
    ]);
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
