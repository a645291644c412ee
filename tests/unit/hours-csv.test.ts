import { describe, expect, it } from "vitest";
import { checkCsv, csvDates, CSV_EXAMPLE, parseCsv, type CsvContext, type CsvRecord } from "@/lib/hours/csv";
import { NEEDS_MAPPING_MESSAGE } from "@/lib/hours/import-plan";
import { dailyCapMessage, learnerToday } from "@/lib/hours/learner-day";
import { formatIsoDate } from "@/lib/ui/format";
import { entryFiltersHref, FUTURE_DATE_MESSAGE, NOTE_TOO_LONG_MESSAGE, parseEntryFilters } from "@/lib/hours/schema";

const context: CsvContext = {
  catalog: {
    phases: [
      { id: "p1", key: "foundations-core-concepts", title: "Foundations & Core Concepts" },
      { id: "p2", key: "pipeline-automation-scaling", title: "Pipeline Automation & Scaling" },
    ],
    subSkills: [
      { id: "s1", key: "model-serving-architecture", name: "Model Serving Architecture" },
      { id: "s2", key: "monitoring-observability", name: "Monitoring & Observability" },
    ],
  },
  today: "2026-03-10",
  loggedByDate: new Map([["2026-03-02", 20 * 60]]),
};

function records(text: string): CsvRecord[] {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.records;
}

const check = (text: string, ctx: CsvContext = context) => checkCsv(records(text), ctx);
const HEADER = "date,hours,minutes,phase,sub_skill,note";

describe("parseCsv", () => {
  it("reads quoted values with commas, escaped quotes and line breaks, CRLF and a BOM", () => {
    const parsed = parseCsv('\uFEFFa,b\r\n1,"x, ""y"""\r\n2,"line one\nline two"\n\n3,\n');
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ["a", "b"] },
        { line: 2, fields: ["1", 'x, "y"'] },
        { line: 3, fields: ["2", "line one\nline two"] },
        // The blank line 5 is skipped, but still counted.
        { line: 6, fields: ["3", ""] },
      ],
    });
  });

  it("refuses an unclosed quote, naming its line", () => {
    expect(parseCsv('a,b\n1,"open\n2,3')).toEqual({
      ok: false,
      error: "A quoted value that starts on line 2 is never closed.",
    });
  });

  it("gives no records for empty text", () => {
    expect(parseCsv("")).toEqual({ ok: true, records: [] });
  });
});

describe("checkCsv", () => {
  it("accepts the documented example", () => {
    const result = checkCsv(records(CSV_EXAMPLE), { ...context, today: "2026-02-01" });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.rows).toEqual([
      { line: 2, date: "2026-01-12", minutes: 90, phaseId: "p1", subSkillId: null, note: "Docker basics" },
      {
        line: 3,
        date: "2026-01-13",
        minutes: 120,
        phaseId: "p1",
        subSkillId: "s1",
        note: "Served a model with FastAPI, then load-tested it",
      },
      { line: 4, date: "2026-01-15", minutes: 45, phaseId: "p1", subSkillId: "s2", note: "Read about drift metrics" },
    ]);
  });

  it("matches phases and sub-skills by key or title in any case, columns in any order", () => {
    const result = check(
      "Phase,Date,Minutes,Hours,Sub-Skill\npipeline-automation-scaling,2026-03-01,30,,MODEL SERVING ARCHITECTURE\nfoundations & core concepts,2026-03-01,,1,",
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, date: "2026-03-01", minutes: 30, phaseId: "p2", subSkillId: "s1", note: null },
        { line: 3, date: "2026-03-01", minutes: 60, phaseId: "p1", subSkillId: null, note: null },
      ],
    });
  });

  it("reports every problem of every row, by line", () => {
    const result = check(
      [
        HEADER,
        "2026-03-01,1,0,foundations-core-concepts,,fine",
        "2026-02-30,1,0,foundations-core-concepts,,not a date",
        "2026-03-11,1,0,foundations-core-concepts,,tomorrow",
        "2026-03-01,0,0,nope,,zero and unknown phase",
        "2026-03-01,1.5.2,0,foundations-core-concepts,,malformed hours",
        "2026-03-01,1,0,foundations-core-concepts,unknown-skill,",
        `2026-03-01,1,0,foundations-core-concepts,,${"x".repeat(2001)}`,
        "2026-03-01,1,0",
        "2026-03-01,25,0,foundations-core-concepts,,",
        "2026-03-01,1,0,,,no phase",
      ].join("\n"),
    );
    expect(result).toMatchObject({ ok: false, rowCount: 10 });
    if (result.ok || result.fileError !== undefined) throw new Error("expected a row report");
    const byLine = Object.fromEntries(result.rejected.map((r) => [r.line, r.problems]));
    expect(Object.keys(byLine).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(byLine[3]).toEqual(['Date "2026-02-30": Enter a real date as YYYY-MM-DD, for example 2026-03-02.']);
    expect(byLine[4]).toEqual([`Date "2026-03-11": ${FUTURE_DATE_MESSAGE}`]);
    expect(byLine[5]).toEqual([
      "Enter a duration longer than 0 minutes.",
      'Unknown phase "nope". Use a key or title from the list on this page.',
    ]);
    // Decimal hours such as 1.5 are read since issue 12; a malformed number is still refused.
    expect(byLine[6]).toEqual(['Hours "1.5.2": Write a duration like 1h 30m, 1:30 or 1.5.']);
    expect(byLine[7]).toEqual([
      'Unknown sub-skill "unknown-skill". Use a key or name from the list, or leave it empty.',
    ]);
    expect(byLine[8]).toEqual([NOTE_TOO_LONG_MESSAGE]);
    expect(byLine[9]).toEqual(["This row has 3 values; the header names 6."]);
    expect(byLine[10]).toEqual(["One entry cannot be longer than 24 hours."]);
    expect(byLine[11]).toEqual(["Name a phase (its key or its title)."]);
  });

  it("caps each day with what is already logged plus earlier rows of the file", () => {
    // 20 h already on 2 Mar: 3 h fits, the next 2 h does not, a later 1 h still fits.
    const result = check(
      [
        HEADER,
        "2026-03-02,3,0,foundations-core-concepts,,",
        "2026-03-02,2,0,foundations-core-concepts,,",
        "2026-03-02,1,0,foundations-core-concepts,,",
        "2026-03-03,24,0,foundations-core-concepts,,a whole day is fine",
      ].join("\n"),
    );
    expect(result).toEqual({
      ok: false,
      rowCount: 4,
      rejected: [{ line: 3, problems: [dailyCapMessage("2026-03-02", 120, 20 * 60, 180)] }],
    });
    expect(dailyCapMessage("2026-03-02", 120, 1200, 180)).toBe(
      "That would make 25 h on 2 Mar 2026; a day holds at most 24 h (20 h already logged, 3 h in earlier rows of this file).",
    );
  });

  it("counts rows rejected for another reason toward the day, so fixing them cannot break the cap later", () => {
    const result = check(
      [HEADER, "2026-03-05,23,0,unknown,,", "2026-03-05,2,0,foundations-core-concepts,,"].join("\n"),
    );
    if (result.ok || result.fileError !== undefined) throw new Error("expected a row report");
    expect(result.rejected.map((r) => r.line)).toEqual([2, 3]);
    expect(result.rejected[1]!.problems[0]).toMatch(/would make 25 h on 5 Mar 2026/);
  });

  it.each([
    ["", "The file is empty. The first line must name the columns."],
    // Since issue 12 the minutes column is optional (hours takes "1.5" or "1:30") and extra
    // columns are ignored; a file that names no known set of columns goes to the mapping step.
    ["date,minutes,phase\n2026-03-01,1,x", NEEDS_MAPPING_MESSAGE],
    ["day,hours,minutes,phase\n2026-03-01,1,0,x", NEEDS_MAPPING_MESSAGE],
    ["date,date,hours,minutes,phase\n", "A column is named twice in the first line."],
    [`${HEADER}\n`, "The file has a header but no entries."],
  ])("refuses a bad file as a whole: %j", (text, message) => {
    expect(check(text)).toEqual({ ok: false, fileError: message });
  });

  it("accepts extra columns, and a file without the minutes column", () => {
    expect(check(`date,hours,phase,comment\n2026-03-01,1.5,foundations-core-concepts,x`)).toEqual({
      ok: true,
      rows: [{ line: 2, date: "2026-03-01", minutes: 90, phaseId: "p1", subSkillId: null, note: null }],
    });
  });

  it("refuses more than 10,000 rows", () => {
    const rows = Array.from({ length: 10_001 }, () => "2026-03-01,0,1,foundations-core-concepts,,");
    expect(check([HEADER, ...rows].join("\n"))).toEqual({
      ok: false,
      fileError: "The file has 10001 entries; import at most 10000 at a time.",
    });
  });

  it("lists the well-formed dates of a file once each", () => {
    expect(csvDates(records(`${HEADER}\n2026-03-01,1,,a\n2026-03-01,1,,a\nnot-a-date,1,,a\n2026-03-04,1,,a`))).toEqual([
      "2026-03-01",
      "2026-03-04",
    ]);
  });
});

describe("hours rules and list params", () => {
  it("formats calendar dates without shifting them", () => {
    expect(formatIsoDate("2026-03-02")).toBe("2 Mar 2026");
    expect(dailyCapMessage("2026-03-02", 150, 22 * 60 + 40)).toBe(
      "That would make 25 h 10 min on 2 Mar 2026; a day holds at most 24 h (22 h 40 min already logged).",
    );
  });

  it("takes today in the learner's zone, falling back to UTC for an unknown zone", () => {
    const now = new Date("2026-03-01T23:30:00Z");
    expect(learnerToday("Pacific/Auckland", now)).toBe("2026-03-02");
    expect(learnerToday("America/Los_Angeles", now)).toBe("2026-03-01");
    expect(learnerToday("Not/AZone", now)).toBe("2026-03-01");
  });

  it("reads filters from search params, dropping bad ones and swapping a reversed range", () => {
    expect(parseEntryFilters({ phase: "p1", from: "2026-03-05", to: "2026-03-01", page: "3" })).toEqual({
      phase: "p1",
      from: "2026-03-01",
      to: "2026-03-05",
      page: 3,
    });
    expect(parseEntryFilters({ subSkill: ["s1", "s2"], from: "yesterday", to: "2026-02-30", page: "-2" })).toEqual({
      subSkill: "s1",
      page: 1,
    });
    expect(parseEntryFilters({ page: "abc", phase: "" })).toEqual({ page: 1 });
    expect(entryFiltersHref({ phase: "p1", from: "2026-03-01", page: 2 })).toBe(
      "/hours?phase=p1&from=2026-03-01&page=2",
    );
    expect(entryFiltersHref({ page: 1 })).toBe("/hours");
  });
});
