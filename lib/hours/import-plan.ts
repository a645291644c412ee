import type { IsoDate } from "@/lib/progress/calendar";
import { MINUTES_PER_DAY } from "@/lib/progress/path";
import { dateOrderOf, type DateOrder } from "@/lib/hours/import-dates";
import {
  partMinutesProblem,
  readSkilltrailLines,
  readTrackerLines,
  type CsvRecord,
  type SourceLine,
} from "@/lib/hours/import-rows";
import { dailyCapMessage } from "@/lib/hours/learner-day";
import { CSV_MAX_ROWS, dateProblem, NOTE_MAX_LENGTH, NOTE_TOO_LONG_MESSAGE } from "@/lib/hours/schema";
import {
  SKILLTRAIL_COLUMNS,
  detectFormat,
  mappingProblem,
  normalizeHeader,
  type ColumnMapping,
  type SourceFormat,
} from "@/lib/hours/trackers";

/**
 * What importing a file would do, entry by entry, before anything is written: new, already
 * imported (its fingerprint is stored), over the daily cap, unmapped (no rule gives it a
 * phase) or invalid. The preview shows this plan; the import writes its new entries only when
 * no entry is over the cap, unmapped or invalid. Pure: the caller loads the context.
 */

export { SKILLTRAIL_COLUMNS };

export type Outcome = "new" | "duplicate" | "over-cap" | "unmapped" | "invalid";
export type RuleField = "PROJECT" | "TAG" | "DESCRIPTION";
export interface ImportRuleInput {
  field: RuleField;
  /** Lower-case: equal to a project or a tag, or contained in a description. */
  pattern: string;
  phaseId: string;
  subSkillId: string | null;
}

export interface ImportContext {
  catalog: {
    phases: ReadonlyArray<{ id: string; key: string; title: string }>;
    subSkills: ReadonlyArray<{ id: string; key: string; name: string }>;
  };
  rules: readonly ImportRuleInput[];
  today: IsoDate;
  timeZone: string;
  loggedByDate: ReadonlyMap<IsoDate, number>;
  existingFingerprints: ReadonlySet<string>;
}

export interface PlannedEntry {
  line: number;
  /** 0 for a whole session; 1, 2… for the parts of one split at midnight. */
  part: number;
  date: IsoDate | null;
  minutes: number;
  phaseId: string | null;
  subSkillId: string | null;
  note: string | null;
  fingerprint: string;
  outcome: Outcome;
  problems: string[];
  project: string;
  tags: string[];
  description: string;
}

export type ImportPlan =
  | { ok: true; format: SourceFormat; header: string[]; dateOrder: DateOrder | null; entries: PlannedEntry[] }
  | { ok: false; fileError: string; header?: string[]; format?: SourceFormat; needs?: "mapping" | "dateOrder" };

export interface PlanOptions {
  mapping?: ColumnMapping | null;
  dateOrder?: DateOrder | null;
}

export const NEEDS_MAPPING_MESSAGE =
  `The first line must name the columns ${SKILLTRAIL_COLUMNS.join(",")}, or be a Toggl Track or Clockify ` +
  "detailed report's; for any other file, choose in the preview which column holds what.";
export const NEEDS_DATE_ORDER_MESSAGE =
  "Every date in this file reads both ways (month first as in the US, or day first): choose how to read them.";

/** A file read into source lines (format, header, dates and durations checked): the plan's first half. */
export type ReadImport =
  | { ok: true; format: SourceFormat; header: string[]; dateOrder: DateOrder | null; lines: SourceLine[] }
  | Extract<ImportPlan, { ok: false }>;

export function planImport(records: readonly CsvRecord[], options: PlanOptions, context: ImportContext): ImportPlan {
  const read = readImport(records, options, context.timeZone);
  return read.ok ? planRead(read, context) : read;
}

/**
 * The plan of a file already read. The import reads a file once, loads what the plan needs for
 * its days and fingerprints (`importKeys`), then plans: reading is most of the work for 10,000 rows.
 */
export function planRead(read: Extract<ReadImport, { ok: true }>, context: ImportContext): ImportPlan {
  const { format, header, dateOrder, lines } = read;
  return { ok: true, format, header, dateOrder, entries: planEntries(lines, context) };
}

/** The days a read file's entries fall on and their fingerprints: what to look up before planning. */
export function importKeys(lines: readonly SourceLine[]): { dates: IsoDate[]; fingerprints: string[] } {
  const dates = new Set<IsoDate>();
  const fingerprints: string[] = [];
  for (const line of lines) {
    for (const part of line.parts) dates.add(part.date);
    if (line.malformed || line.parts.length <= 1) fingerprints.push(line.fingerprint);
    else line.parts.forEach((_, i) => fingerprints.push(partFingerprint(line, i)));
  }
  return { dates: [...dates], fingerprints };
}

/** A part of a session split at midnight gets its own fingerprint: the line's, numbered. */
const partFingerprint = (line: SourceLine, i: number) =>
  line.parts.length > 1 ? `${line.fingerprint}:${i + 1}` : line.fingerprint;

export function readImport(records: readonly CsvRecord[], options: PlanOptions, timeZone: string): ReadImport {
  const [headerRecord, ...rows] = records;
  if (!headerRecord) return { ok: false, fileError: "The file is empty. The first line must name the columns." };
  const header = headerRecord.fields.map((h) => h.trim());
  // Unnamed columns (a file with no header line, a trailing comma) are not "named twice".
  const named = header.map(normalizeHeader).filter(Boolean);
  if (new Set(named).size !== named.length)
    return { ok: false, header, fileError: "A column is named twice in the first line." };
  const detected = detectFormat(header);
  const fail = (fileError: string, needs?: "mapping" | "dateOrder") => ({
    ok: false as const,
    header,
    format: detected.format,
    fileError,
    needs,
  });
  // An unknown first line is no header we can read (often a file without one): say so first.
  // With no line after it there is nothing to map: a plain refusal, not the mapping step.
  if (detected.format === "other" && !options.mapping)
    return fail(NEEDS_MAPPING_MESSAGE, rows.length > 0 ? "mapping" : undefined);
  if (rows.length === 0) return fail("The file has a header but no entries.");
  if (rows.length > CSV_MAX_ROWS)
    return fail(`The file has ${rows.length} entries; import at most ${CSV_MAX_ROWS} at a time.`);

  let lines: SourceLine[];
  let dateOrder: DateOrder | null = null;
  if (detected.format === "skilltrail" && !options.mapping) {
    lines = readSkilltrailLines(header, rows);
  } else {
    const mapping = options.mapping ?? ("mapping" in detected ? detected.mapping : null);
    if (!mapping) return fail(NEEDS_MAPPING_MESSAGE, "mapping");
    const problem = mappingProblem(mapping, header);
    if (problem) return fail(problem, "mapping");
    const dateCells = [mapping.date, mapping.endDate].flatMap((name) => {
      const i = name === undefined ? -1 : header.indexOf(name);
      return i < 0 ? [] : rows.map((r) => r.fields[i] ?? "");
    });
    const verdict = dateOrderOf(dateCells);
    if (verdict.kind === "conflict")
      return fail(`No one order reads both "${verdict.mdy}" and "${verdict.dmy}": check the file's dates.`);
    if (verdict.kind === "ambiguous" && !options.dateOrder) return fail(NEEDS_DATE_ORDER_MESSAGE, "dateOrder");
    dateOrder = verdict.kind === "known" ? (verdict.order ?? null) : options.dateOrder!;
    const format = options.mapping && detected.format === "skilltrail" ? "other" : detected.format;
    lines = readTrackerLines(format, header, rows, mapping, dateOrder, timeZone);
  }
  return { ok: true, format: detected.format, header, dateOrder, lines };
}

function planEntries(lines: readonly SourceLine[], context: ImportContext): PlannedEntry[] {
  const phases = lookup(context.catalog.phases.map((p) => [p.key, p.title, p.id]));
  const subSkills = lookup(context.catalog.subSkills.map((s) => [s.key, s.name, s.id]));
  const inFile = new Map<IsoDate, number>();
  const entries: PlannedEntry[] = [];

  for (const line of lines) {
    const own = [...line.problems];
    if (line.malformed) {
      entries.push({ ...empty(line), problems: own, outcome: "invalid" });
      continue;
    }
    let phaseId: string | null = null;
    let subSkillId: string | null = null;
    let unmapped = false;
    if (line.phaseName !== undefined) {
      phaseId = phases.get(key(line.phaseName)) ?? null;
      if (!line.phaseName) own.push("Name a phase (its key or its title).");
      else if (!phaseId) own.push(`Unknown phase "${line.phaseName}". Use a key or title from the list on this page.`);
      if (line.subSkillName) {
        subSkillId = subSkills.get(key(line.subSkillName)) ?? null;
        if (!subSkillId)
          own.push(`Unknown sub-skill "${line.subSkillName}". Use a key or name from the list, or leave it empty.`);
      }
    } else {
      const mapped = applyRules(line, context.rules, phases);
      if (mapped) ({ phaseId, subSkillId } = mapped);
      else unmapped = true;
    }
    if (line.note.length > NOTE_MAX_LENGTH) own.push(NOTE_TOO_LONG_MESSAGE);

    const parts = line.parts.length > 0 ? line.parts : [{ date: null, minutes: 0 }];
    parts.forEach((part, i) => {
      const problems = [...own];
      const split = line.parts.length > 1;
      const fingerprint = partFingerprint(line, i);
      const duplicate = context.existingFingerprints.has(fingerprint);
      let overCap = false;
      if (part.date !== null) {
        const dateError = dateProblem(part.date, context.today);
        // The date comes first, as a row's problems read left to right.
        if (dateError) problems.unshift(`Date "${part.date}": ${dateError}`);
        const minutesError = partMinutesProblem(part.minutes);
        if (minutesError) problems.push(minutesError);
        // A day's total adds the file's entries in order to what is already logged. Entries
        // refused for another reason still count (fixing them must not then break the cap);
        // one that itself breaks the cap does not, so it doesn't also refuse every later one.
        if (!dateError && !minutesError && !duplicate) {
          const logged = context.loggedByDate.get(part.date) ?? 0;
          const earlier = inFile.get(part.date) ?? 0;
          if (logged + earlier + part.minutes > MINUTES_PER_DAY) {
            problems.push(dailyCapMessage(part.date, part.minutes, logged, earlier));
            overCap = true;
          } else inFile.set(part.date, earlier + part.minutes);
        }
      }
      const outcome: Outcome = duplicate
        ? "duplicate"
        : problems.length > (overCap ? 1 : 0)
          ? "invalid"
          : overCap
            ? "over-cap"
            : unmapped
              ? "unmapped"
              : "new";
      if (outcome === "unmapped")
        problems.push("No rule gives this row a phase: add one for its project, one of its tags or its description.");
      entries.push({
        line: line.line,
        part: split ? i + 1 : 0,
        date: part.date,
        minutes: part.minutes,
        phaseId,
        subSkillId,
        note: line.note || null,
        fingerprint,
        outcome,
        problems: duplicate ? [] : problems,
        project: line.project,
        tags: line.tags,
        description: line.description,
      });
    });
  }
  return entries;
}

const key = (value: string) => value.trim().toLowerCase();

function empty(line: SourceLine): Omit<PlannedEntry, "problems" | "outcome"> {
  return {
    line: line.line,
    part: 0,
    date: null,
    minutes: 0,
    phaseId: null,
    subSkillId: null,
    note: line.note || null,
    fingerprint: line.fingerprint,
    project: line.project,
    tags: line.tags,
    description: line.description,
  };
}

/**
 * A tracker row's phase: the first rule matching one of its tags, else its project, else its
 * description; failing rules, a tag or project that is itself a phase's key or title.
 */
function applyRules(
  line: SourceLine,
  rules: readonly ImportRuleInput[],
  phases: ReadonlyMap<string, string>,
): { phaseId: string; subSkillId: string | null } | null {
  const tags = line.tags.map(key);
  const [project, description] = [key(line.project), key(line.description)];
  const match =
    rules.find((r) => r.field === "TAG" && tags.includes(r.pattern)) ??
    rules.find((r) => r.field === "PROJECT" && project !== "" && r.pattern === project) ??
    rules.find((r) => r.field === "DESCRIPTION" && description.includes(r.pattern));
  if (match) return { phaseId: match.phaseId, subSkillId: match.subSkillId };
  for (const name of [...tags, project]) {
    const phaseId = name ? phases.get(name) : undefined;
    if (phaseId) return { phaseId, subSkillId: null };
  }
  return null;
}

/**
 * Case-insensitive key or title → id. Keys are unique within a guide, so they are entered first
 * and win over a title that happens to equal another item's key; of equal titles the first wins.
 */
function lookup(items: ReadonlyArray<[key: string, title: string, id: string]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const pass of [0, 1] as const) {
    for (const item of items) {
      const name = key(item[pass]);
      if (!map.has(name)) map.set(name, item[2]);
    }
  }
  return map;
}
