/**
 * Which CSV a file is, from its header line, and which column holds what. Pure.
 *
 * - Skilltrail's own (date, hours, minutes, phase, sub_skill, note; also written by the export);
 * - Toggl Track's "Detailed report" export: User, Email, Client, Project, Task, Description,
 *   Billable, Start date, Start time, End date, End time, Duration, Tags, Amount (…);
 * - Clockify's "Detailed report" export: Project, Client, Description, Task, User, Group, Email,
 *   Tags, Billable, Start Date, Start Time, End Date, End Time, Duration (h), Duration (decimal), …;
 * - anything else, once the learner has said which column is which (the mapping step).
 *
 * Extra columns are ignored: exports carry users, clients, rates and amounts we do not need.
 */

/** Skilltrail's own columns, in the order the export writes them. */
export const SKILLTRAIL_COLUMNS = ["date", "hours", "minutes", "phase", "sub_skill", "note"] as const;

export type SourceFormat = "skilltrail" | "toggl" | "clockify" | "other";

export const FORMAT_NAMES: Record<SourceFormat, string> = {
  skilltrail: "Skilltrail CSV",
  toggl: "Toggl Track detailed report",
  clockify: "Clockify detailed report",
  other: "CSV with your column choices",
};

/** What a tracker row may say about a session, for files mapped by hand or by detection. */
export const MAPPED_FIELDS = ["date", "start", "endDate", "end", "duration", "description", "project", "tags"] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

export const MAPPED_FIELD_LABELS: Record<MappedField, string> = {
  date: "Date (or start date)",
  start: "Start time",
  endDate: "End date",
  end: "End time",
  duration: "Duration",
  description: "Description",
  project: "Project",
  tags: "Tags",
};

/** Header names by field; a value is the header's text as the file has it. */
export type ColumnMapping = Partial<Record<MappedField, string>>;

export type Detected =
  | { format: "skilltrail" }
  | { format: "toggl" | "clockify"; mapping: ColumnMapping }
  | { format: "other"; mapping: null };

/** Skilltrail's header names are compared without case, spaces or dashes ("Sub skill" is sub_skill). */
export const normalizeHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

const TOGGL: ColumnMapping = {
  date: "Start date",
  start: "Start time",
  endDate: "End date",
  end: "End time",
  duration: "Duration",
  description: "Description",
  project: "Project",
  tags: "Tags",
};
const CLOCKIFY: ColumnMapping = {
  date: "Start Date",
  start: "Start Time",
  endDate: "End Date",
  end: "End Time",
  duration: "Duration (h)",
  description: "Description",
  project: "Project",
  tags: "Tags",
};

const has = (header: readonly string[], names: readonly string[]) => {
  const present = new Set(header.map((h) => h.trim().toLowerCase()));
  return names.every((name) => present.has(name.toLowerCase()));
};

export function detectFormat(header: readonly string[]): Detected {
  const normalized = header.map(normalizeHeader);
  if (normalized.includes("date") && normalized.includes("phase") && normalized.includes("hours"))
    return { format: "skilltrail" };
  // Toggl's own names, in the letter case it writes them; Clockify's differ in case and units.
  if (has(header, ["Start date", "Start time", "End date", "End time", "Duration"]) && header.includes("Start date"))
    return { format: "toggl", mapping: matchCase(header, TOGGL) };
  if (has(header, ["Start Date", "Start Time", "End Date", "End Time", "Duration (h)"]))
    return { format: "clockify", mapping: matchCase(header, CLOCKIFY) };
  return { format: "other", mapping: null };
}

/** The mapping with each name as the file spells it; fields whose column is absent are dropped. */
function matchCase(header: readonly string[], mapping: ColumnMapping): ColumnMapping {
  const byLower = new Map(header.map((h) => [h.trim().toLowerCase(), h]));
  const result: ColumnMapping = {};
  for (const field of MAPPED_FIELDS) {
    const name = mapping[field] && byLower.get(mapping[field].toLowerCase());
    if (name !== undefined) result[field] = name;
  }
  return result;
}

/** Why a mapping cannot read sessions, or null: a date, and a duration or both times. */
export function mappingProblem(mapping: ColumnMapping, header: readonly string[]): string | null {
  for (const field of MAPPED_FIELDS) {
    const name = mapping[field];
    if (name !== undefined && !header.includes(name)) return `The file has no column "${name}".`;
  }
  if (!mapping.date) return "Choose the column that holds the date.";
  if (!mapping.duration && !(mapping.start && mapping.end))
    return "Choose the column that holds the duration, or the start and end times.";
  return null;
}

/** A tags cell as trackers write it: "phase2, docker" or "phase2; docker". */
export const splitTags = (cell: string): string[] =>
  cell
    .split(/[,;]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
