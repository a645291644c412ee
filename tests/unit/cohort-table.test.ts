import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/csv";
import { cohortTableSchema } from "@/lib/cohorts/schema";
import { cohortColumns, decimalHours, progressRows, sortSummaries } from "@/lib/cohorts/table";
import type { LearnerSummary } from "@/lib/dashboard/summaries";

describe("csvCell (RFC 4180, every text cell quoted, formula guard)", () => {
  it.each([
    ["plain", '"plain"'],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r", '"cr\r"'],
    ["=1+2", `"'=1+2"`],
    ["+1", `"'+1"`],
    ["-1", `"'-1"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\tTab", `"'\tTab"`],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ["a=b", '"a=b"'],
    ["Sec X;=cmd|' /C calc'!A0", `"Sec X;=cmd|' /C calc'!A0"`],
    ["", '""'],
  ])("%j → %j", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it("writes numbers as numbers and null as an empty field", () => {
    expect(csvCell(12.5)).toBe("12.5");
    expect(csvCell(-1)).toBe("-1");
    expect(csvCell(null)).toBe("");
  });

  it("ends every record, the last included, with CRLF", () => {
    expect(
      toCsv([
        ["a", 1],
        ["b,c", null],
      ]),
    ).toBe('"a",1\r\n"b,c",\r\n');
  });
});

const summary = (over: Partial<LearnerSummary> & { learnerId: string }): LearnerSummary => ({
  name: null,
  email: `${over.learnerId}@example.com`,
  totalMinutes: 0,
  pathTotalHours: 360,
  totalPercent: 0,
  phases: [],
  hoursPerWeek: 0,
  lastActivityDate: null,
  openSubmissions: 0,
  level: null,
  levelIndex: 0,
  nextLevelName: null,
  readinessPercent: 0,
  ...over,
});

describe("sortSummaries", () => {
  const rows = [
    summary({
      learnerId: "a",
      name: "bea",
      totalMinutes: 60,
      levelIndex: 1,
      readinessPercent: 10,
      lastActivityDate: "2026-05-02",
      phases: [{ key: "p1", title: "P1", number: 1, estimatedHours: 60, minutes: 60 }],
    }),
    summary({ learnerId: "b", name: "Al", totalMinutes: 600, levelIndex: 0, readinessPercent: 90, hoursPerWeek: 5 }),
    summary({
      learnerId: "c",
      name: "cy",
      totalMinutes: 60,
      levelIndex: 1,
      readinessPercent: 50,
      lastActivityDate: "2026-04-30",
    }),
  ];
  const order = (sort: string, dir: "asc" | "desc") => sortSummaries(rows, { sort, dir }).map((s) => s.learnerId);

  it("sorts by name case-insensitively, and by numbers with name as the tie-break", () => {
    expect(order("name", "asc")).toEqual(["b", "a", "c"]);
    expect(order("total", "desc")).toEqual(["b", "a", "c"]);
    expect(order("total", "asc")).toEqual(["a", "c", "b"]);
  });

  it("sorts by level, then readiness toward the next; by a phase's hours; by last activity", () => {
    expect(order("level", "desc")).toEqual(["c", "a", "b"]);
    expect(order("phase:p1", "desc")).toEqual(["a", "b", "c"]);
    expect(order("last-activity", "desc")).toEqual(["a", "c", "b"]);
    expect(order("pace", "desc")).toEqual(["b", "a", "c"]);
  });

  it("reads the sort from the URL, falling back to name ascending", () => {
    expect(cohortTableSchema.parse({})).toEqual({ sort: "name", dir: "asc" });
    expect(cohortTableSchema.parse({ sort: "phase:foundations-core-concepts", dir: "desc" })).toEqual({
      sort: "phase:foundations-core-concepts",
      dir: "desc",
    });
    expect(cohortTableSchema.parse({ sort: "DROP TABLE", dir: "sideways" })).toEqual({ sort: "name", dir: "asc" });
    expect(cohortTableSchema.parse({ sort: ["total", "name"] }).sort).toBe("total");
  });

  it("names a column per active phase between the learner and the total", () => {
    const columns = cohortColumns([{ key: "p1", title: "One", number: 1, estimatedHours: 60 }]);
    expect(columns.map((c) => c.id)).toEqual(["name", "phase:p1", "total", "level", "pace", "last-activity", "open"]);
  });

  it("writes hours with one decimal", () => {
    expect(decimalHours(90)).toBe(1.5);
    expect(decimalHours(100)).toBe(1.7);
    expect(decimalHours(0)).toBe(0);
  });
});

describe("progressRows (what the table's client rows receive)", () => {
  const phases = [
    { key: "p1", title: "One", number: 1, estimatedHours: 60 },
    { key: "p2", title: "Two", number: 2, estimatedHours: 120 },
  ];

  it("keeps the order, one minutes cell per phase column (0 when none), the name or else the email", () => {
    const rows = progressRows(
      [
        summary({
          learnerId: "z",
          name: "Zoe",
          totalMinutes: 90,
          phases: [{ key: "p2", title: "Two", number: 2, estimatedHours: 120, minutes: 90 }],
          level: { key: "beginner", name: "Beginner" },
          nextLevelName: "Intermediate",
          readinessPercent: 40,
          hoursPerWeek: 1.5,
          lastActivityDate: "2026-12-01",
          openSubmissions: 2,
        }),
        summary({ learnerId: "a", readinessPercent: null }),
      ],
      phases,
    );
    expect(rows).toEqual([
      {
        learnerId: "z",
        label: "Zoe",
        email: "z@example.com",
        phaseMinutes: [0, 90],
        totalMinutes: 90,
        pathTotalHours: 360,
        level: "Beginner",
        readiness: "40% to Intermediate",
        hoursPerWeek: 1.5,
        lastActivityDate: "2026-12-01",
        openSubmissions: 2,
      },
      {
        learnerId: "a",
        label: "a@example.com",
        email: "a@example.com",
        phaseMinutes: [0, 0],
        totalMinutes: 0,
        pathTotalHours: 360,
        level: null,
        readiness: null,
        hoursPerWeek: 0,
        lastActivityDate: null,
        openSubmissions: 0,
      },
    ]);
  });
});
