import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../support/action-mocks";

/**
 * Invalid CSV for the hours import (issue 6): a wrong header, wrong column counts, bad quoting,
 * binary junk, files over 1 MB or 5,000 rows, spreadsheet formulas, impossible values. Each
 * file is refused with a clear message under `csv` (the file) or `row:<line>` (a row), and
 * nothing is imported: the whole database is unchanged. Formulas, markup and SQL in a note are
 * text: the file imports and the note is stored exactly as written. (The generic field cases
 * of the import action are in actions.test.ts; the happy path in hours-import-and-list.test.ts.)
 */

const { importTimeEntriesAction } = await import("@/lib/hours/actions");
const { GENERIC_ERROR_MESSAGE } = await import("@/lib/actions/safe-action");
const { createEnrolledLearner, testDb } = await import("../../support/db");
const { changedTables, databaseChecksum } = await import("../../support/db-checksum");

const HEADER = "date,hours,minutes,phase,sub_skill,note";
const PHASE = "foundations-core-concepts";
const row = (date: string, note = "", hours = "1", minutes = "0") => `${date},${hours},${minutes},${PHASE},,${note}`;
const file = (...lines: string[]) => lines.join("\n");
/** Binary junk as a browser's FileReader.readAsText would hand it over (bytes → code points). */
const BINARY = String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256));

let learnerId: string;
async function signInFreshLearner() {
  const learner = await createEnrolledLearner();
  signInAs(learner);
  learnerId = learner.id;
}
const importCsv = (csv: string, importKey: string = randomUUID()) => importTimeEntriesAction({ csv, importKey });

/** [label, file, where the error must be: "csv" for the file, "row:<line>" for a row]. */
const INVALID: ReadonlyArray<[string, string, string]> = [
  ["an empty file", "", "csv"],
  ["a wrong header", file("day,hours,minutes,phase", row("2026-03-02")), "csv"],
  // Since issue 12 minutes are optional (hours takes 1.5 or 1:30); without hours the file names no known columns.
  ["a header missing a required column", file("date,minutes,phase", "2026-03-02,1,foundations-core-concepts"), "csv"],
  ["a column named twice", file("date,date,hours,minutes,phase", "2026-03-02,2026-03-02,1,0,x"), "csv"],
  ["a header and no rows", file(HEADER, ""), "csv"],
  ["a row with too few values", file(HEADER, "2026-03-02,1,0"), "row:2"],
  ["a row with too many values", file(HEADER, `${row("2026-03-02")},extra,more`), "row:2"],
  ["a quote never closed", file(HEADER, `2026-03-02,1,0,${PHASE},,"unfinished note`, row("2026-03-03")), "csv"],
  ["a stray quote inside a value", file(HEADER, `2026-03-02,1,0,found"ations-core-concepts,,`), "row:2"],
  ["binary junk", BINARY.replaceAll("\u0000", ""), "csv"],
  ["binary junk with NUL bytes", BINARY, "csv"],
  ["a NUL in a note", file(HEADER, row("2026-03-02", "a\u0000b")), "csv"],
  // The limits rose with issue 12 (a 10,000-row tracker export must fit): 4 MB and 10,000 rows.
  ["a file over 4 MB", file(HEADER, ...Array.from({ length: 9000 }, () => row("2026-03-02", "x".repeat(450)))), "csv"],
  [
    "more than 10,000 rows",
    file(
      HEADER,
      ...Array.from({ length: 10_001 }, (_, i) =>
        row(`2026-01-${String((i % 28) + 1).padStart(2, "0")}`, "", "0", "1"),
      ),
    ),
    "csv",
  ],
  ["a formula as the date", file(HEADER, row("=TODAY()")), "row:2"],
  ["a formula as the hours", file(HEADER, row("2026-03-02", "", "=1+1")), "row:2"],
  ["a formula as the phase", file(HEADER, `2026-03-02,1,0,"=HYPERLINK(""http://evil.example"",""x"")",,`), "row:2"],
  ["an impossible date", file(HEADER, row("2026-02-30")), "row:2"],
  ["a date in words", file(HEADER, row("yesterday")), "row:2"],
  ["a future date", file(HEADER, row("2999-01-01")), "row:2"],
  ["negative hours", file(HEADER, row("2026-03-02", "", "-1")), "row:2"],
  // 1.5 (decimal hours) is accepted since issue 12; a malformed number is not.
  ["malformed decimal hours", file(HEADER, row("2026-03-02", "", "1.5.2")), "row:2"],
  ["huge hours", file(HEADER, row("2026-03-02", "", "99999999999999999999")), "row:2"],
  ["a zero duration", file(HEADER, row("2026-03-02", "", "0", "0")), "row:2"],
  ["a day over 24 hours", file(HEADER, row("2026-03-02", "", "20"), row("2026-03-02", "", "5")), "row:3"],
  ["a note over 2,000 characters", file(HEADER, row("2026-03-02", "n".repeat(2001))), "row:2"],
  ["SQL as the phase", file(HEADER, `2026-03-02,1,0,'; DROP TABLE "User"; --,,`), "row:2"],
  [
    "one bad row among good ones",
    file(HEADER, row("2026-03-02"), row("2026-03-03", "", "x"), row("2026-03-04")),
    "row:3",
  ],
];

describe("invalid CSV for the hours import", () => {
  beforeAll(signInFreshLearner);

  it("refuses each invalid file with a clear message where the problem is, importing nothing", async () => {
    const problems: string[] = [];
    const before = await databaseChecksum();
    for (const [label, csv, where] of INVALID) {
      const result = await importCsv(csv);
      if (result.ok) {
        problems.push(`${label}: was imported`);
        continue;
      }
      const messages = [result.message, ...Object.values(result.fieldErrors ?? {}).flat()];
      if (
        result.message === GENERIC_ERROR_MESSAGE ||
        messages.some((m) => !m.trim() || /invalid input|expected|prisma|undefined/i.test(m))
      ) {
        problems.push(`${label}: unclear message ${JSON.stringify(result)}`);
      }
      if (!result.fieldErrors?.[where]?.length)
        problems.push(`${label}: no error under "${where}" (got ${Object.keys(result.fieldErrors ?? {}).join(", ")})`);
    }
    const changed = changedTables(before, await databaseChecksum());
    if (changed.length > 0) problems.push(`refused files changed the database: ${changed.join(", ")}`);
    expect(problems).toEqual([]);
  });

  it("imports formulas, markup and SQL in a note as plain text, exactly as written", async () => {
    const notes = [
      `=HYPERLINK("http://evil.example","click")`,
      "+cmd|' /C calc'!A0",
      "@SUM(1+1)",
      "<script>window.__xss=1</script>",
      `<img src=x onerror="window.__xss=1">`,
      `'; DROP TABLE "User"; --`,
      "100% of_the C:\\tmp\\ %_\\",
    ];
    const quoted = (note: string) => `"${note.replaceAll('"', '""')}"`;
    const csv = `\uFEFF${[HEADER, ...notes.map((note, i) => row(`2026-02-${String(i + 1).padStart(2, "0")}`, quoted(note)))].join("\r\n")}\r\n`;
    const result = await importCsv(csv);
    expect(result).toMatchObject({ ok: true, data: { imported: notes.length } });
    const stored = await testDb().timeEntry.findMany({
      where: { learnerId },
      orderBy: { date: "asc" },
      select: { note: true },
    });
    expect(stored.map((e) => e.note)).toEqual(notes);
  });

  it("reports a repeated import of a file with a LIKE wildcard key as that file only (regression)", async () => {
    await signInFreshLearner();
    // Another import first: a key of "%" and "_" used to match its rows too, as LIKE wildcards.
    expect(await importCsv(file(HEADER, row("2026-01-05"), row("2026-01-06")))).toMatchObject({ ok: true });
    const wildcard = "%%%%____%%%%____";
    const once = file(HEADER, row("2026-01-07"));
    expect(await importCsv(once, wildcard)).toMatchObject({ ok: true, data: { imported: 1 } });
    expect(await importCsv(once, wildcard)).toMatchObject({
      ok: true,
      data: { imported: 1 },
      message: "This file was already imported (1 entry).",
    });
    expect(await testDb().timeEntry.count({ where: { learnerId } })).toBe(3);
  });
});
