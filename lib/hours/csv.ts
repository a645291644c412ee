import type { IsoDate } from "@/lib/progress/calendar";
import { MINUTES_PER_DAY } from "@/lib/progress/path";
import { parseHoursAndMinutes } from "@/lib/hours/duration";
import { dailyCapMessage } from "@/lib/hours/learner-day";
import {
  CSV_MAX_ROWS,
  dateProblem,
  NOTE_MAX_LENGTH,
  NOTE_TOO_LONG_MESSAGE,
  type TimeEntryInput,
} from "@/lib/hours/schema";

/**
 * CSV import of past entries, the pure part: parsing (RFC 4180: quoted fields, "" escapes,
 * line breaks inside quotes, CRLF or LF) and the validation of every row against the
 * learner's catalog, their "today" and what they already logged per day. The caller loads
 * those from the database and inserts only when no row is rejected.
 *
 * Rows are numbered by the line they start on, header included (the header is line 1), which
 * is what both a text editor and a spreadsheet show.
 */

export const CSV_COLUMNS = ["date", "hours", "minutes", "phase", "sub_skill", "note"] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly Column[] = ["date", "hours", "minutes", "phase"];

export const CSV_EXAMPLE = [
  "date,hours,minutes,phase,sub_skill,note",
  "2026-01-12,1,30,foundations-core-concepts,,Docker basics",
  '2026-01-13,2,0,Foundations & Core Concepts,model-serving-architecture,"Served a model with FastAPI, then load-tested it"',
  "2026-01-15,0,45,foundations-core-concepts,Monitoring & Observability,Read about drift metrics",
].join("\n");

export interface CsvRecord {
  /** Line the record starts on (1 = header). */
  line: number;
  fields: string[];
}

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; error: string };

export function parseCsv(text: string): CsvParseResult {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text; // Excel's byte-order mark
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    fields.push(field);
    // Blank lines (often a trailing newline) are skipped, not reported.
    if (fields.length > 1 || fields[0]!.trim() !== "") records.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n") line += 1;
        field += char;
      }
    } else if (char === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (char === ",") {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (quoted) return { ok: false, error: `A quoted value that starts on line ${recordLine} is never closed.` };
  endRecord();
  return { ok: true, records };
}

/** The learner's guide, non-archived items only: what a row may name. */
export interface CsvCatalog {
  phases: ReadonlyArray<{ id: string; key: string; title: string }>;
  subSkills: ReadonlyArray<{ id: string; key: string; name: string }>;
}

export interface CsvContext {
  catalog: CsvCatalog;
  /** The learner's today, in their time zone. */
  today: IsoDate;
  /** Minutes already in the database per date (dates absent mean 0). */
  loggedByDate: ReadonlyMap<IsoDate, number>;
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

const normalizeHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
const matchKey = (value: string) => value.trim().toLowerCase();

/** The dates a file's rows name (well-formed ones), to load what is already logged on them. */
export function csvDates(records: readonly CsvRecord[]): IsoDate[] {
  const [header, ...rows] = records;
  const index = header?.fields.map(normalizeHeader).indexOf("date") ?? -1;
  if (index < 0) return [];
  return [...new Set(rows.map((r) => r.fields[index]?.trim() ?? "").filter((d) => dateProblem(d) === null))];
}

/** Checks every row; accepts the file only when all rows pass. */
export function checkCsv(records: readonly CsvRecord[], context: CsvContext): CsvCheckResult {
  const [header, ...rows] = records;
  if (!header) return { ok: false, fileError: "The file is empty. The first line must name the columns." };
  const columns = header.fields.map(normalizeHeader);
  const unknown = columns.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (unknown.length > 0 || missing.length > 0) {
    const problem = missing.length > 0 ? `missing ${missing.join(", ")}` : `unknown column "${unknown[0]}"`;
    return { ok: false, fileError: `The first line must name the columns ${CSV_COLUMNS.join(",")} (${problem}).` };
  }
  if (new Set(columns).size !== columns.length)
    return { ok: false, fileError: "A column is named twice in the first line." };
  if (rows.length === 0) return { ok: false, fileError: "The file has a header but no entries." };
  if (rows.length > CSV_MAX_ROWS) {
    return { ok: false, fileError: `The file has ${rows.length} entries; import at most ${CSV_MAX_ROWS} at a time.` };
  }

  const phases = lookup(context.catalog.phases.map((p) => [p.key, p.title, p.id]));
  const subSkills = lookup(context.catalog.subSkills.map((s) => [s.key, s.name, s.id]));
  const inFile = new Map<IsoDate, number>();
  const accepted: CsvRow[] = [];
  const rejected: CsvRowProblem[] = [];

  for (const record of rows) {
    const problems: string[] = [];
    if (record.fields.length !== columns.length) {
      rejected.push({
        line: record.line,
        problems: [`This row has ${record.fields.length} values; the header names ${columns.length}.`],
      });
      continue;
    }
    const value = (column: Column) => {
      const index = columns.indexOf(column);
      return index < 0 ? "" : record.fields[index]!.trim();
    };

    const date = value("date");
    const dateError = dateProblem(date, context.today);
    if (dateError) problems.push(`Date "${date}": ${dateError}`);

    const duration = parseHoursAndMinutes(value("hours"), value("minutes"));
    if (!duration.ok) problems.push(duration.error);

    const phaseName = value("phase");
    const phaseId = phases.get(matchKey(phaseName));
    if (!phaseName) problems.push("Name a phase (its key or its title).");
    else if (!phaseId) problems.push(`Unknown phase "${phaseName}". Use a key or title from the list on this page.`);

    const subSkillName = value("sub_skill");
    const subSkillId = subSkillName ? subSkills.get(matchKey(subSkillName)) : null;
    if (subSkillId === undefined)
      problems.push(`Unknown sub-skill "${subSkillName}". Use a key or name from the list, or leave it empty.`);

    const note = value("note");
    if (note.length > NOTE_MAX_LENGTH) problems.push(NOTE_TOO_LONG_MESSAGE);

    // A day's total adds the file's rows in order to what is already logged. Rows rejected for
    // another reason still count (fixing their phase must not then break the cap); a row that
    // itself breaks the cap does not, so one long row doesn't also reject every later one.
    if (!dateError && duration.ok) {
      const logged = context.loggedByDate.get(date) ?? 0;
      const earlier = inFile.get(date) ?? 0;
      if (logged + earlier + duration.minutes > MINUTES_PER_DAY) {
        problems.push(dailyCapMessage(date, duration.minutes, logged, earlier));
      } else {
        inFile.set(date, earlier + duration.minutes);
      }
    }

    if (problems.length > 0) rejected.push({ line: record.line, problems });
    else
      accepted.push({
        line: record.line,
        date,
        minutes: duration.ok ? duration.minutes : 0,
        phaseId: phaseId!,
        subSkillId: subSkillId ?? null,
        note: note || null,
      });
  }

  return rejected.length > 0 ? { ok: false, rejected, rowCount: rows.length } : { ok: true, rows: accepted };
}

/**
 * Case-insensitive key or title → id. Keys are unique within a guide, so they are entered first
 * and win over a title that happens to equal another item's key; of equal titles the first wins.
 */
function lookup(items: ReadonlyArray<[key: string, title: string, id: string]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const pass of [0, 1] as const) {
    for (const item of items) {
      const name = matchKey(item[pass]);
      if (!map.has(name)) map.set(name, item[2]);
    }
  }
  return map;
}
