import { z } from "zod";
import { isIsoDate, type IsoDate } from "@/lib/progress/calendar";
import { parseDuration } from "@/lib/progress/path";

/**
 * Inputs of the hours feature, shared by the forms and the server actions. What needs the
 * learner (their "today", their guide's phases) is checked in mutations.ts, with its message
 * on the same field names as here: date, hours, minutes, duration, phaseId, subSkillId, note.
 */

export const NOTE_MAX_LENGTH = 2000;
/** Guards against typos such as "0202-03-01"; nobody logs study from before this. */
export const EARLIEST_DATE: IsoDate = "2000-01-01";
export const PAGE_SIZE = 25;
/** 1 MB in decimal: with the form's other fields it stays under Next's 1 MiB server-action body limit. */
export const CSV_MAX_BYTES = 1_000_000;
export const CSV_MAX_ROWS = 5000;

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

const idSchema = (message: string) =>
  z.string({ error: message }).trim().min(1, { error: message }).max(100, { error: message });

/** Empty select / textarea → null. */
const optionalText = (schema: z.ZodString) => schema.nullish().transform((value) => (value ? value : null));

const entryShape = {
  date: dateSchema,
  // Read together by parseDuration below: "" is 0, so "2 h" alone or "45 min" alone are fine.
  hours: z.unknown(),
  minutes: z.unknown(),
  phaseId: idSchema(PHASE_MESSAGE),
  subSkillId: optionalText(z.string({ error: SUB_SKILL_MESSAGE }).trim().max(100, { error: SUB_SKILL_MESSAGE })),
  note: optionalText(
    z.string({ error: NOTE_TOO_LONG_MESSAGE }).trim().max(NOTE_MAX_LENGTH, { error: NOTE_TOO_LONG_MESSAGE }),
  ),
};

type DurationFields = { hours?: unknown; minutes?: unknown };

/** Runs even when other fields failed, so every problem of the form shows at once. */
function checkDuration(value: DurationFields, ctx: z.RefinementCtx) {
  const duration = parseDuration(value.hours, value.minutes);
  if (!duration.ok) ctx.addIssue({ code: "custom", path: [duration.field], message: duration.error });
}
// ...but only on an object: on input that is none (null, a string) there are no fields to read.
const always = { when: ({ value }: { value: unknown }) => typeof value === "object" && value !== null };

function toEntry<T extends DurationFields>({ hours, minutes, ...rest }: T) {
  const duration = parseDuration(hours, minutes);
  return { ...rest, minutes: duration.ok ? duration.minutes : 0 };
}

export const logHoursSchema = z
  .object({
    ...entryShape,
    // Generated when the form renders: a double-submitted form carries the same key twice.
    idempotencyKey: z
      .string({ error: RELOAD_MESSAGE })
      .trim()
      .min(16, { error: RELOAD_MESSAGE })
      .max(100, { error: RELOAD_MESSAGE }),
  })
  .superRefine(checkDuration, always)
  .transform(toEntry);
export type LogHoursInput = z.output<typeof logHoursSchema>;

export const updateTimeEntrySchema = z
  .object({ id: idSchema(ENTRY_NOT_FOUND_MESSAGE), ...entryShape })
  .superRefine(checkDuration, always)
  .transform(toEntry);
export type UpdateTimeEntryInput = z.output<typeof updateTimeEntrySchema>;

export const deleteTimeEntrySchema = z.object({ id: idSchema(ENTRY_NOT_FOUND_MESSAGE) });
export type DeleteTimeEntryInput = z.output<typeof deleteTimeEntrySchema>;

export const importTimeEntriesSchema = z.object({
  csv: z
    .string({ error: "Paste the CSV text or choose a file." })
    .min(1, { error: "Paste the CSV text or choose a file." })
    .refine((text) => new TextEncoder().encode(text).length <= CSV_MAX_BYTES, {
      error: "The file is larger than 1 MB. Split it into smaller files.",
    }),
  // Row n of the file gets the idempotency key `import:<importKey>:<n>`, so importing the same
  // submission twice is refused by the unique (learnerId, idempotencyKey) index.
  importKey: z
    .string({ error: RELOAD_MESSAGE })
    .trim()
    .min(16, { error: RELOAD_MESSAGE })
    .max(100, { error: RELOAD_MESSAGE }),
});
export type ImportTimeEntriesInput = z.output<typeof importTimeEntriesSchema>;

// ─── The list's URL search params ──────────────────────────────────────────

/** Each param is checked on its own: a bad one falls back to its default, the others still apply. */
export const entryFiltersSchema = z.object({
  phase: z.string().trim().min(1).max(100).optional().catch(undefined),
  subSkill: z.string().trim().min(1).max(100).optional().catch(undefined),
  from: z.string().refine(isIsoDate).optional().catch(undefined),
  to: z.string().refine(isIsoDate).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});
export type EntryFilters = z.output<typeof entryFiltersSchema>;

type SearchParams = Record<string, string | string[] | undefined>;

export function parseEntryFilters(searchParams: SearchParams): EntryFilters {
  const first = (key: string) => {
    const value = searchParams[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const filters = entryFiltersSchema.parse({
    phase: first("phase") || undefined,
    subSkill: first("subSkill") || undefined,
    from: first("from") || undefined,
    to: first("to") || undefined,
    page: first("page"),
  });
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
