import { createHash } from "node:crypto";
import { addDays, type IsoDate } from "@/lib/progress/calendar";
import { MINUTES_PER_DAY } from "@/lib/progress/path";
import { durationMinutes, DURATION_FORMAT_MESSAGE, parseHoursAndMinutes } from "@/lib/hours/duration";
import { unguardFormula } from "@/lib/hours/export";
import { readDate, readTime, type DateOrder } from "@/lib/hours/import-dates";
import { splitAtMidnight, type DayPart } from "@/lib/hours/midnight";
import { dateProblem } from "@/lib/hours/schema";
import { normalizeHeader, splitTags, type ColumnMapping, type SourceFormat } from "@/lib/hours/trackers";

/**
 * One data line of an imported file, read into what it says, before it is matched to a phase
 * and checked against the learner's days (import-plan.ts). Pure.
 *
 * Each line has a fingerprint: a hash of the cells that describe the session, plus how many
 * identical lines came before it in the file (two equal sessions on one day are two sessions).
 * It is stored with the entry, so the same file imported again is recognised line by line.
 */

export interface SourceLine {
  /** Line the record starts on (1 = header). */
  line: number;
  /** The session per local day: one part, or two or more when it crossed midnight. */
  parts: DayPart[];
  /** Problems of the line itself (date, duration, column count…). */
  problems: string[];
  /** Its values do not line up with the header: nothing else is checked. */
  malformed?: boolean;
  fingerprint: string;
  note: string;
  /** Skilltrail's own files name the phase and sub-skill; trackers' are matched by rules. */
  phaseName?: string;
  subSkillName?: string;
  project: string;
  tags: string[];
  description: string;
}

export interface CsvRecord {
  line: number;
  fields: string[];
}

const fingerprintOf = (format: SourceFormat, cells: readonly string[]) =>
  createHash("sha256")
    .update(`${format}\u001f${cells.join("\u001f")}`)
    .digest("hex");

/** Numbers repeated lines: the n-th copy of the same cells gets n in its hash. */
function occurrences() {
  const seen = new Map<string, number>();
  return (key: string) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n;
  };
}

const lineCountProblem = (record: CsvRecord, width: number) =>
  record.fields.length === width ? null : `This row has ${record.fields.length} values; the header names ${width}.`;

/** Skilltrail's own columns: date (ISO), hours (any duration) and minutes, phase, sub_skill, note. */
export function readSkilltrailLines(header: readonly string[], rows: readonly CsvRecord[]): SourceLine[] {
  const columns = header.map(normalizeHeader);
  const nth = occurrences();
  return rows.map((record) => {
    const value = (name: string) => {
      const index = columns.indexOf(name);
      return index < 0 ? "" : (record.fields[index]?.trim() ?? "");
    };
    const countProblem = lineCountProblem(record, columns.length);
    const [date, phaseName, subSkillName] = [value("date"), value("phase"), value("sub_skill")];
    const note = unguardFormula(value("note"));
    const problems: string[] = [];
    let parts: DayPart[] = [];
    if (countProblem) problems.push(countProblem);
    else {
      const dateError = dateProblem(date);
      if (dateError) problems.push(`Date "${date}": ${dateError}`);
      const duration = parseHoursAndMinutes(value("hours"), value("minutes"));
      if (!duration.ok) problems.push(duration.error);
      if (!dateError && duration.ok) parts = [{ date, minutes: duration.minutes }];
    }
    const cells = [date, value("hours"), value("minutes"), phaseName.toLowerCase(), subSkillName.toLowerCase(), note];
    const key = cells.join("\u001f");
    return {
      line: record.line,
      parts,
      problems,
      malformed: countProblem !== null,
      fingerprint: fingerprintOf("skilltrail", [...cells, String(nth(key))]),
      note,
      phaseName,
      subSkillName,
      project: "",
      tags: [],
      description: note,
    };
  });
}

const DATE_HINT = "use YYYY-MM-DD, MM/DD/YYYY or DD/MM/YYYY";

/**
 * A tracker's (or a hand-mapped) file: the date, then start and end times when both are given
 * (split at local midnight; an end before the start with no end date is the next morning),
 * else the duration column (hh:mm:ss or decimal hours).
 */
export function readTrackerLines(
  format: SourceFormat,
  header: readonly string[],
  rows: readonly CsvRecord[],
  mapping: ColumnMapping,
  order: DateOrder | null,
  timeZone: string,
): SourceLine[] {
  const index = (name: string | undefined) => (name === undefined ? -1 : header.indexOf(name));
  const columns = {
    date: index(mapping.date),
    start: index(mapping.start),
    endDate: index(mapping.endDate),
    end: index(mapping.end),
    duration: index(mapping.duration),
    description: index(mapping.description),
    project: index(mapping.project),
    tags: index(mapping.tags),
  };
  const nth = occurrences();
  return rows.map((record) => {
    const cell = (i: number) => (i < 0 ? "" : (record.fields[i]?.trim() ?? ""));
    const cells = Object.values(columns).map(cell);
    const key = cells.join("\u001f");
    const fingerprint = fingerprintOf(format, [...cells, String(nth(key))]);
    const [description, project, tags] = [cell(columns.description), cell(columns.project), cell(columns.tags)];
    const base = { line: record.line, fingerprint, note: description || project, project, description };
    const problems: string[] = [];
    const countProblem = lineCountProblem(record, header.length);
    if (countProblem) return { ...base, parts: [], problems: [countProblem], tags: [], malformed: true };

    const dateCell = cell(columns.date);
    const date = readDate(dateCell, order);
    if (!date) problems.push(`Date "${dateCell}": not a date we can read (${DATE_HINT}).`);
    const parts = date ? sessionParts(date, problems) : [];
    return { ...base, parts, problems, tags: splitTags(tags) };

    function sessionParts(start: IsoDate, out: string[]): DayPart[] {
      const [startCell, endCell] = [cell(columns.start), cell(columns.end)];
      if (startCell && endCell) {
        const [from, to] = [readTime(startCell), readTime(endCell)];
        if (from === null) out.push(`Start time "${startCell}": write it like 14:30 or 2:30 PM.`);
        if (to === null) out.push(`End time "${endCell}": write it like 14:30 or 2:30 PM.`);
        const endDateCell = cell(columns.endDate);
        let endDate = endDateCell ? readDate(endDateCell, order) : start;
        if (endDateCell && !endDate) out.push(`End date "${endDateCell}": not a date we can read (${DATE_HINT}).`);
        if (from === null || to === null || !endDate) return [];
        if (!endDateCell && to <= from) endDate = addDays(start, 1);
        const split = splitAtMidnight({ date: start, seconds: from }, { date: endDate, seconds: to }, timeZone);
        if (split && split.length > 0) return split;
        out.push("The session ends before it starts.");
        return [];
      }
      const durationCell = cell(columns.duration);
      const minutes = durationCell ? durationMinutes(durationCell) : null;
      if (minutes === null) {
        out.push(
          durationCell ? `Duration "${durationCell}": ${DURATION_FORMAT_MESSAGE}.` : "This row has no duration.",
        );
        return [];
      }
      return [{ date: start, minutes }];
    }
  });
}

/** The problem of one day's part of a session, or null: more than 0, at most a whole day. */
export function partMinutesProblem(minutes: number): string | null {
  if (minutes <= 0) return "Enter a duration longer than 0 minutes.";
  if (minutes > MINUTES_PER_DAY) return "One entry cannot be longer than 24 hours.";
  return null;
}
