import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/hours/csv";
import { dateOrderOf, readDate, readTime } from "@/lib/hours/import-dates";
import {
  NEEDS_DATE_ORDER_MESSAGE,
  NEEDS_MAPPING_MESSAGE,
  planImport,
  type ImportContext,
  type ImportRuleInput,
  type PlanOptions,
} from "@/lib/hours/import-plan";
import { splitAtMidnight } from "@/lib/hours/midnight";
import { detectFormat, splitTags } from "@/lib/hours/trackers";

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, "../fixtures", name), "utf8");

const RULES: ImportRuleInput[] = [
  { field: "TAG", pattern: "phase1", phaseId: "p1", subSkillId: null },
  { field: "TAG", pattern: "phase2", phaseId: "p2", subSkillId: "s1" },
];
const context: ImportContext = {
  catalog: {
    phases: [
      { id: "p1", key: "foundations-core-concepts", title: "Foundations & Core Concepts" },
      { id: "p2", key: "pipeline-automation-scaling", title: "Pipeline Automation & Scaling" },
    ],
    subSkills: [{ id: "s1", key: "model-serving-architecture", name: "Model Serving Architecture" }],
  },
  rules: RULES,
  today: "2026-06-01",
  timeZone: "UTC",
  loggedByDate: new Map(),
  existingFingerprints: new Set(),
};

function plan(text: string, options: PlanOptions = {}, ctx: Partial<ImportContext> = {}) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return planImport(parsed.records, options, { ...context, ...ctx });
}
function entries(text: string, options: PlanOptions = {}, ctx: Partial<ImportContext> = {}) {
  const result = plan(text, options, ctx);
  if (!result.ok) throw new Error(result.fileError);
  return result.entries;
}

describe("dates", () => {
  it("reads ISO, US month-first and day-first dates", () => {
    expect(readDate("2026-03-02", null)).toBe("2026-03-02");
    expect(readDate("2026/3/2", null)).toBe("2026-03-02");
    expect(readDate("03/02/2026", "mdy")).toBe("2026-03-02");
    expect(readDate("03/02/2026", "dmy")).toBe("2026-02-03");
    expect(readDate("2.3.2026", "dmy")).toBe("2026-03-02");
    expect(readDate("02-03-26", "dmy")).toBe("2026-03-02");
    expect(readDate("13/02/2026", "mdy")).toBeNull();
    expect(readDate("02/30/2026", "mdy")).toBeNull();
    expect(readDate("yesterday", "mdy")).toBeNull();
  });

  it("decides a file's order from a date that reads one way only, and asks when all read both ways", () => {
    expect(dateOrderOf(["03/02/2026", "03/13/2026"])).toEqual({ kind: "known", order: "mdy" });
    expect(dateOrderOf(["03/02/2026", "13/03/2026"])).toEqual({ kind: "known", order: "dmy" });
    expect(dateOrderOf(["03/02/2026", "04/05/2026"])).toEqual({ kind: "ambiguous" });
    expect(dateOrderOf(["2026-03-02"])).toEqual({ kind: "known", order: null });
    expect(dateOrderOf(["13/01/2026", "01/13/2026"])).toMatchObject({ kind: "conflict" });
  });
});

describe("times", () => {
  it.each([
    ["14:30", 14 * 3600 + 30 * 60],
    ["14:30:15", 14 * 3600 + 30 * 60 + 15],
    ["2:30 PM", 14 * 3600 + 30 * 60],
    ["02:30:00 pm", 14 * 3600 + 30 * 60],
    ["12:00 AM", 0],
    ["12:15 PM", 12 * 3600 + 15 * 60],
    ["11:59 p.m.", 23 * 3600 + 59 * 60],
  ])("reads %j", (text, seconds) => expect(readTime(text)).toBe(seconds));

  it.each(["24:00", "13:00 PM", "0:00 AM", "9", "noon", "12:60"])("refuses %j", (text) =>
    expect(readTime(text)).toBeNull(),
  );
});

describe("splitAtMidnight", () => {
  it("cuts a session at the learner's midnight", () => {
    const hour = 3600;
    expect(
      splitAtMidnight({ date: "2026-03-02", seconds: 23 * hour + 1800 }, { date: "2026-03-03", seconds: 2700 }, "UTC"),
    ).toEqual([
      { date: "2026-03-02", minutes: 30 },
      { date: "2026-03-03", minutes: 45 },
    ]);
  });

  it("counts real elapsed time across a daylight-saving change", () => {
    // Paris moved from 02:00 to 03:00 on 29 March 2026: 01:00–04:00 is two hours.
    expect(
      splitAtMidnight({ date: "2026-03-29", seconds: 3600 }, { date: "2026-03-29", seconds: 4 * 3600 }, "Europe/Paris"),
    ).toEqual([{ date: "2026-03-29", minutes: 120 }]);
  });

  it("refuses a session that ends before it starts", () => {
    expect(
      splitAtMidnight({ date: "2026-03-02", seconds: 600 }, { date: "2026-03-02", seconds: 60 }, "UTC"),
    ).toBeNull();
  });
});

describe("tracker formats", () => {
  it("recognises each export from its header row", () => {
    const header = (name: string) => {
      const parsed = parseCsv(fixture(name));
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.records[0]!.fields;
    };
    expect(detectFormat(header("toggl-detailed.csv"))).toMatchObject({ format: "toggl" });
    expect(detectFormat(header("clockify-detailed.csv"))).toMatchObject({ format: "clockify" });
    expect(detectFormat(["date", "hours", "minutes", "phase", "sub_skill", "note"])).toEqual({ format: "skilltrail" });
    expect(detectFormat(header("other-ambiguous.csv"))).toEqual({ format: "other", mapping: null });
  });

  it("splits a quoted multi-tag cell", () => {
    expect(splitTags("phase2, serving")).toEqual(["phase2", "serving"]);
    expect(splitTags("")).toEqual([]);
  });

  it("plans a Toggl export: rules by tag, a quoted multi-tag cell, a session split at midnight, an unmapped row", () => {
    const planned = entries(fixture("toggl-detailed.csv"));
    expect(
      planned.map(({ line, part, date, minutes, phaseId, subSkillId, outcome }) => [
        line,
        part,
        date,
        minutes,
        phaseId,
        subSkillId,
        outcome,
      ]),
    ).toEqual([
      [2, 0, "2026-03-02", 90, "p1", null, "new"],
      [3, 1, "2026-03-02", 30, "p2", "s1", "new"],
      [3, 2, "2026-03-03", 45, "p2", "s1", "new"],
      [4, 0, "2026-03-04", 45, null, null, "unmapped"],
    ]);
    expect(planned[1]!.note).toBe("Served a model with FastAPI, then load-tested it");
    expect(planned[1]!.tags).toEqual(["phase2", "serving"]);
    expect(planned[1]!.fingerprint).not.toBe(planned[2]!.fingerprint);
  });

  it("maps a row by project, or by text in its description", () => {
    const byProject = entries(
      fixture("toggl-detailed.csv"),
      {},
      {
        rules: [...RULES, { field: "PROJECT", pattern: "reading", phaseId: "p2", subSkillId: null }],
      },
    );
    expect(byProject[3]).toMatchObject({ phaseId: "p2", outcome: "new" });
    const byText = entries(
      fixture("toggl-detailed.csv"),
      {},
      {
        rules: [...RULES, { field: "DESCRIPTION", pattern: "drift", phaseId: "p1", subSkillId: null }],
      },
    );
    expect(byText[3]).toMatchObject({ phaseId: "p1", outcome: "new" });
  });

  it("plans a Clockify export: US dates decided by 03/13, 12-hour times, a split across midnight", () => {
    const planned = entries(fixture("clockify-detailed.csv"));
    expect(planned.map(({ date, minutes, outcome }) => [date, minutes, outcome])).toEqual([
      ["2026-03-02", 90, "new"],
      ["2026-03-13", 45, "new"],
      ["2026-03-14", 30, "new"],
      ["2026-03-14", 40, "unmapped"],
    ]);
  });

  it("splits at the learner's own midnight, not UTC's", () => {
    const planned = entries(fixture("toggl-detailed.csv"), {}, { timeZone: "America/New_York" });
    expect(planned.filter((e) => e.line === 3).map((e) => [e.date, e.minutes])).toEqual([
      ["2026-03-02", 30],
      ["2026-03-03", 45],
    ]);
  });

  it("asks for a mapping for an unknown header, then for the date order when every date reads both ways", () => {
    const text = fixture("other-ambiguous.csv");
    expect(plan(text)).toMatchObject({ ok: false, needs: "mapping", fileError: NEEDS_MAPPING_MESSAGE });
    const mapping = { date: "Day", description: "What", duration: "Time spent", tags: "Category" };
    expect(plan(text, { mapping })).toMatchObject({
      ok: false,
      needs: "dateOrder",
      fileError: NEEDS_DATE_ORDER_MESSAGE,
    });
    const dayFirst = entries(
      text,
      { mapping, dateOrder: "dmy" },
      {
        rules: [...RULES, { field: "TAG", pattern: "serving", phaseId: "p2", subSkillId: "s1" }],
      },
    );
    expect(dayFirst.map(({ date, minutes, outcome }) => [date, minutes, outcome])).toEqual([
      ["2026-03-02", 90, "new"],
      ["2026-05-04", 45, "new"],
      ["2026-04-05", 90, "new"],
    ]);
    expect(entries(text, { mapping, dateOrder: "mdy" }).map((e) => e.date)).toEqual([
      "2026-02-03",
      "2026-04-05",
      "2026-05-04",
    ]);
  });

  it("marks entries already imported, and those over the daily cap with what is logged", () => {
    const first = entries(fixture("toggl-detailed.csv"));
    const again = entries(
      fixture("toggl-detailed.csv"),
      {},
      {
        existingFingerprints: new Set(first.map((e) => e.fingerprint)),
      },
    );
    expect(again.map((e) => e.outcome)).toEqual(["duplicate", "duplicate", "duplicate", "duplicate"]);
    const full = entries(fixture("toggl-detailed.csv"), {}, { loggedByDate: new Map([["2026-03-03", 23 * 60 + 30]]) });
    expect(full[2]).toMatchObject({ outcome: "over-cap", date: "2026-03-03" });
    expect(full[2]!.problems[0]).toMatch(/^That would make 24 h 15 min on 3 Mar 2026/);
  });

  it("counts two identical sessions as two, and gives each its own fingerprint", () => {
    const text = "date,hours,phase\n2026-03-02,1,foundations-core-concepts\n2026-03-02,1,foundations-core-concepts";
    const planned = entries(text);
    expect(planned.map((e) => e.outcome)).toEqual(["new", "new"]);
    expect(new Set(planned.map((e) => e.fingerprint)).size).toBe(2);
  });

  it("refuses future dates and unreadable durations by line", () => {
    const text = "Start date,Duration,Tags\n2026-07-01,1:00,phase1\n2026-03-01,soon,phase1";
    const planned = entries(text, { mapping: { date: "Start date", duration: "Duration", tags: "Tags" } });
    expect(planned[0]).toMatchObject({ outcome: "invalid", problems: [expect.stringMatching(/in the future/)] });
    expect(planned[1]).toMatchObject({ outcome: "invalid", problems: [expect.stringMatching(/^Duration "soon"/)] });
  });
});
