import { durationText } from "@/lib/hours/duration";

/**
 * What the hours forms need in the browser: limits and the form's field values. Kept apart
 * from schema.ts on purpose: that module builds zod schemas at import time, and importing any
 * of it from a client component shipped zod (about 30 KB compressed) to /hours and to every
 * page with the header's timer. schema.ts re-exports these, so the server reads one source.
 */

export const NOTE_MAX_LENGTH = 2000;
/**
 * 4 MB in decimal: a 10,000-row tracker export fits (about 200 bytes a row); next.config.ts
 * raises the server-action body limit to carry it with the form's other fields.
 */
export const CSV_MAX_BYTES = 4_000_000;
export const CSV_MAX_SIZE_LABEL = "4 MB";

/** The fields the entry forms post, in order; schema.ts's entryShape has exactly these keys. */
export const ENTRY_FORM_FIELDS = ["date", "duration", "phaseId", "subSkillId", "note"] as const;
export type EntryFormField = (typeof ENTRY_FORM_FIELDS)[number];

/** What the entry form's inputs hold: text, one per field the form posts. */
export type TimeEntryFormValues = Record<EntryFormField, string>;

/** A stored entry as the form reads it (TimeEntryInput in schema.ts). */
export type EntryValues = {
  date: string;
  minutes: number;
  phaseId: string;
  subSkillId: string | null;
  note: string | null;
};

/** The form's values for an entry being edited, or all empty for a new one. */
export function entryFormValues(entry?: EntryValues): TimeEntryFormValues {
  if (!entry) return { date: "", duration: "", phaseId: "", subSkillId: "", note: "" };
  return {
    date: entry.date,
    duration: durationText(entry.minutes),
    phaseId: entry.phaseId,
    subSkillId: entry.subSkillId ?? "",
    note: entry.note ?? "",
  };
}
