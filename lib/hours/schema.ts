import { z } from "zod";
import { isIsoDate, type IsoDate } from "@/lib/progress/calendar";
import { parseDurationText } from "@/lib/hours/duration";
import { CSV_MAX_BYTES, CSV_MAX_SIZE_LABEL, NOTE_MAX_LENGTH, type EntryFormField } from "@/lib/hours/form-values";
import { MAPPED_FIELDS, type ColumnMapping } from "@/lib/hours/trackers";
import { idField, optionalText, requiredText, searchParam } from "@/lib/validation/fields";

/**
 * Inputs of the hours feature, shared by the forms and the server actions. What needs the
 * learner (their "today", their guide's phases) is checked in mutations.ts, with its message
 * on the same field names as here: date, duration, phaseId, subSkillId, note.
 */

// The browser's share (limits, form values) lives in form-values.ts, free of zod.
export {
  CSV_MAX_BYTES,
  CSV_MAX_SIZE_LABEL,
  NOTE_MAX_LENGTH,
  entryFormValues,
  type TimeEntryFormValues,
} from "@/lib/hours/form-values";
/** Guards against typos such as "0202-03-01"; nobody logs study from before this. */
export const EARLIEST_DATE: IsoDate = "2000-01-01";
export const PAGE_SIZE = 25;
export const CSV_MAX_ROWS = 10_000;

export const ENTRY_NOT_FOUND_MESSAGE = "That entry no longer exists. Reload the page to see your current entries.";
export const FUTURE_DATE_MESSAGE = "That date is in the future. Log time on or before today.";
export const PHASE_MESSAGE = "Choose a phase from the list.";
export const ARCHIVED_PHASE_EDIT_MESSAGE =
  "This phase has been archived: its hours can be reduced or their note fixed, but no hours can be added or moved.";
export const SUB_SKILL_MESSAGE = "Choose a sub-skill from the list, or leave it empty.";
export const NOTE_TOO_LONG_MESSAGE = `Keep the note to ${NOTE_MAX_LENGTH} characters or fewer.`;
const RELOAD_MESSAGE = "This form has expired. Reload the page and try again.";

/** Why `value` is not an acceptable log date, or null. `today` (the learner's) adds the future check. */
export function dateProblem(value: string, today?: IsoDate): string | null {
  if (value.trim() === "") return "Enter a date.";
  if (!isIsoDate(value)) return "Enter a real date as YYYY-MM-DD, for example 2026-03-02.";
  if (value < EARLIEST_DATE) return "Enter a date in 2000 or later.";
  if (today !== undefined && value > today) return FUTURE_DATE_MESSAGE;
  return null;
}

const dateSchema = z
  .string({ error: "Enter a date." })
  .trim()
  .superRefine((value, ctx) => {
    const problem = dateProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

// Generated when a form renders: a double-submitted form carries the same key twice.
const formKey = z
  .string({ error: RELOAD_MESSAGE })
  .trim()
  .min(16, { error: RELOAD_MESSAGE })
  .max(100, { error: RELOAD_MESSAGE });

/**
 * A time entry's fields, described once: the forms post these names, the schemas below add
 * the id or the idempotency key, and every other shape (what is stored, the list row, the
 * form's values) is derived from this object. A new field is added here.
 */
const entryShape = {
  date: dateSchema,
  // Read by parseDurationText below ("1h 30m", "1:30", "1.5", "90m"), stored as `minutes`.
  duration: z.unknown(),
  phaseId: idField("phase", PHASE_MESSAGE),
  subSkillId: optionalText(100, SUB_SKILL_MESSAGE, { nullable: true }),
  note: optionalText(NOTE_MAX_LENGTH, NOTE_TOO_LONG_MESSAGE, { nullable: true }),
} satisfies Record<EntryFormField, z.ZodType>;

type DurationFields = { duration?: unknown };

/** Runs even when other fields failed, so every problem of the form shows at once. */
function checkDuration(value: DurationFields, ctx: z.RefinementCtx) {
  const duration = parseDurationText(value.duration);
  if (!duration.ok) ctx.addIssue({ code: "custom", path: ["duration"], message: duration.error });
}
// ...but only on an object: on input that is none (null, a string) there are no fields to read.
const always = { when: ({ value }: { value: unknown }) => typeof value === "object" && value !== null };

function toEntry<T extends DurationFields>({ duration: text, ...rest }: T) {
  const duration = parseDurationText(text);
  return { ...rest, minutes: duration.ok ? duration.minutes : 0 };
}

/** One time entry on its own: what logging and editing share. */
export const timeEntrySchema = z.object(entryShape).superRefine(checkDuration, always).transform(toEntry);

/** A time entry as it is stored and checked: { date, minutes, phaseId, subSkillId, note }. */
export type TimeEntryInput = z.output<typeof timeEntrySchema>;

/** The stored fields: the form's, with the duration read as `minutes`. */
const ENTRY_KEYS = Object.keys(entryShape).map((key) => (key === "duration" ? "minutes" : key)) as Array<
  keyof TimeEntryInput
>;

/** Just the entry's own fields of a larger input (an update's id, a log's key, a CSV line are dropped). */
export function pickEntry(input: TimeEntryInput): TimeEntryInput {
  return Object.fromEntries(ENTRY_KEYS.map((key) => [key, input[key]])) as TimeEntryInput;
}

/** `select` for the stored fields of an entry, in the same order. */
export const ENTRY_SELECT = Object.fromEntries(ENTRY_KEYS.map((key) => [key, true])) as Record<
  keyof TimeEntryInput,
  true
>;

export const logHoursSchema = z
  .object({
    ...entryShape,
    idempotencyKey: formKey,
  })
  .superRefine(checkDuration, always)
  .transform(toEntry);
export type LogHoursInput = z.output<typeof logHoursSchema>;

export const updateTimeEntrySchema = z
  .object({ id: idField("entry", ENTRY_NOT_FOUND_MESSAGE), ...entryShape })
  .superRefine(checkDuration, always)
  .transform(toEntry);
export type UpdateTimeEntryInput = z.output<typeof updateTimeEntrySchema>;

export const deleteTimeEntrySchema = z.object({ id: idField("entry", ENTRY_NOT_FOUND_MESSAGE) });
export type DeleteTimeEntryInput = z.output<typeof deleteTimeEntrySchema>;

const csvText = z
  .string({ error: "Paste the CSV text or choose a file." })
  .min(1, { error: "Paste the CSV text or choose a file." })
  .refine((text) => new TextEncoder().encode(text).length <= CSV_MAX_BYTES, {
    error: `The file is larger than ${CSV_MAX_SIZE_LABEL}. Split it into smaller files.`,
  });

const MAPPING_MESSAGE = "Choose again which column holds what.";
/**
 * The mapping step's choices, posted as JSON ({ "date": "Day", "duration": "Time spent" }):
 * absent or "" is none (the file's own header decides).
 */
const mappingField = z
  .unknown()
  .optional()
  .transform((value, ctx): ColumnMapping | null => {
    if (value === undefined || value === null || value === "") return null;
    let parsed: unknown = value;
    if (typeof value === "string") {
      try {
        parsed = JSON.parse(value);
      } catch {
        parsed = undefined;
      }
    }
    const result = z.partialRecord(z.enum(MAPPED_FIELDS), z.string().trim().min(1).max(200)).safeParse(parsed);
    if (!result.success || typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      ctx.addIssue({ code: "custom", message: MAPPING_MESSAGE });
      return z.NEVER;
    }
    return result.data;
  });

const dateOrderField = z
  .enum(["mdy", "dmy", ""], { error: "Choose how to read the dates: month first or day first." })
  .optional()
  .transform((value) => value || null);

/** The preview: the file and the learner's choices so far. Nothing is written. */
export const previewImportSchema = z.object({ csv: csvText, mapping: mappingField, dateOrder: dateOrderField });
export type PreviewImportInput = z.output<typeof previewImportSchema>;

export const importTimeEntriesSchema = z.object({
  csv: csvText,
  mapping: mappingField,
  dateOrder: dateOrderField,
  // Entry n of the file also gets the idempotency key `import:<importKey>:<line>:<part>`; what
  // keeps a file from being imported twice is each entry's source fingerprint.
  importKey: formKey,
});
export type ImportTimeEntriesInput = z.output<typeof importTimeEntriesSchema>;

export const RULE_NOT_FOUND_MESSAGE = "That rule no longer exists. Reload the page to see your rules.";
export const RULE_FIELDS = ["TAG", "PROJECT", "DESCRIPTION"] as const;

/** A rule of the import: rows with this tag or project, or this text in their description, go to a phase. */
export const saveImportRuleSchema = z.object({
  field: z.enum(RULE_FIELDS, { error: "Choose what the rule looks at: a tag, the project or the description." }),
  pattern: requiredText("Enter the tag, project or text to match.", 200).transform((value) => value.toLowerCase()),
  phaseId: idField("phase", PHASE_MESSAGE),
  subSkillId: optionalText(100, SUB_SKILL_MESSAGE, { nullable: true }),
});
export type SaveImportRuleInput = z.output<typeof saveImportRuleSchema>;

export const deleteImportRuleSchema = z.object({ id: idField("rule", RULE_NOT_FOUND_MESSAGE) });

// ─── The list's URL search params ──────────────────────────────────────────

/** Each param is checked on its own: a bad one falls back to its default, the others still apply. */
export const entryFiltersSchema = z.object({
  phase: searchParam.token(100),
  subSkill: searchParam.token(100),
  from: searchParam.isoDate(),
  to: searchParam.isoDate(),
  page: searchParam.page(1_000_000),
});
export type EntryFilters = z.output<typeof entryFiltersSchema>;

type SearchParams = Record<string, string | string[] | undefined>;

export function parseEntryFilters(searchParams: SearchParams): EntryFilters {
  const filters = entryFiltersSchema.parse(searchParams);
  // A reversed range is read as the range the learner meant.
  if (filters.from && filters.to && filters.from > filters.to)
    return { ...filters, from: filters.to, to: filters.from };
  return filters;
}

/** The list's URL for these filters; the page is dropped when it is the first. */
export function entryFiltersHref(filters: Partial<EntryFilters>, path = "/hours"): string {
  const params = new URLSearchParams();
  for (const key of ["phase", "subSkill", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
