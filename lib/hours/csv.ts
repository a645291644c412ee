import { parse } from "csv-parse/sync";
import type { IsoDate } from "@/lib/progress/calendar";
import type { CsvRecord } from "@/lib/hours/import-rows";
import { planImport, SKILLTRAIL_COLUMNS, type ImportContext } from "@/lib/hours/import-plan";
import { dateProblem, type TimeEntryInput } from "@/lib/hours/schema";
import { normalizeHeader } from "@/lib/hours/trackers";

/**
 * CSV text into records (csv-parse: RFC 4180 quoting, "" escapes, line breaks inside quotes,
 * CRLF, LF or CR, a byte-order mark), and Skilltrail's own format checked on its own
 * (`checkCsv`, the import plan without fingerprints or rules).
 *
 * Rows are numbered by the line they start on, header included (the header is line 1), which
 * is what both a text editor and a spreadsheet show.
 */

export type { CsvRecord };
export const CSV_COLUMNS = SKILLTRAIL_COLUMNS;

export const CSV_EXAMPLE = [
  "date,hours,minutes,phase,sub_skill,note",
  "2026-01-12,1,30,foundations-core-concepts,,Docker basics",
  '2026-01-13,2,0,Foundations & Core Concepts,model-serving-architecture,"Served a model with FastAPI, then load-tested it"',
  "2026-01-15,0,45,foundations-core-concepts,Monitoring & Observability,Read about drift metrics",
].join("\n");

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; error: string };

export function parseCsv(text: string): CsvParseResult {
  const records: CsvRecord[] = [];
  // Where the previous record ended: the next one starts on the line after it.
  let lastLine = 0;
  try {
    const ends: number[] = [];
    const parsed = parse(text, {
      bom: true,
      relax_column_count: true,
      // A quote inside an unquoted value is text: the row is then refused by its content, by line.
      relax_quotes: true,
      skip_empty_lines: false,
      record_delimiter: ["\r\n", "\n", "\r"],
      on_record: (record, context) => {
        lastLine = context.lines;
        ends.push(context.lines);
        return record;
      },
    });
    let start = 1;
    parsed.forEach((record, i) => {
      // Blank lines (often a trailing newline) are skipped, not reported.
      if (record.length > 1 || record[0]!.trim() !== "") records.push({ line: start, fields: record });
      start = ends[i]! + 1;
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "CSV_QUOTE_NOT_CLOSED")
      return { ok: false, error: `A quoted value that starts on line ${lastLine + 1} is never closed.` };
    return { ok: false, error: "This is not a CSV file we can read: save it as CSV (comma-separated) and try again." };
  }
  return { ok: true, records };
}

export type CsvRow = TimeEntryInput & { line: number };

export interface CsvRowProblem {
  line: number;
  problems: string[];
}

export type CsvCheckResult =
  | { ok: true; rows: CsvRow[] }
  | { ok: false; fileError: string }
  | { ok: false; fileError?: undefined; rejected: CsvRowProblem[]; rowCount: number };

export type CsvContext = Pick<ImportContext, "catalog" | "today" | "loggedByDate">;

/** The per-line report of a set of planned entries (split entries share their line). */
export function problemsByLine(entries: ReadonlyArray<{ line: number; problems: string[] }>): CsvRowProblem[] {
  const byLine = new Map<number, string[]>();
  for (const entry of entries) {
    if (entry.problems.length === 0) continue;
    const list = byLine.get(entry.line) ?? [];
    for (const problem of entry.problems) if (!list.includes(problem)) list.push(problem);
    byLine.set(entry.line, list);
  }
  return [...byLine].map(([line, problems]) => ({ line, problems }));
}

/** A Skilltrail-format file checked row by row; accepted only when all rows pass. */
export function checkCsv(records: readonly CsvRecord[], context: CsvContext): CsvCheckResult {
  const plan = planImport(records, {}, { ...context, rules: [], timeZone: "UTC", existingFingerprints: new Set() });
  if (!plan.ok) return { ok: false, fileError: plan.fileError };
  const rejected = problemsByLine(plan.entries);
  if (rejected.length > 0) return { ok: false, rejected, rowCount: records.length - 1 };
  return {
    ok: true,
    rows: plan.entries.map((e) => ({
      line: e.line,
      date: e.date!,
      minutes: e.minutes,
      phaseId: e.phaseId!,
      subSkillId: e.subSkillId,
      note: e.note,
    })),
  };
}

/** The dates a Skilltrail file's rows name (well-formed ones), to load what is already logged on them. */
export function csvDates(records: readonly CsvRecord[]): IsoDate[] {
  const [header, ...rows] = records;
  const index = header?.fields.map(normalizeHeader).indexOf("date") ?? -1;
  if (index < 0) return [];
  return [...new Set(rows.map((r) => r.fields[index]?.trim() ?? "").filter((d) => dateProblem(d) === null))];
}
