import { stringify } from "csv-stringify/sync";
import { SKILLTRAIL_COLUMNS } from "@/lib/hours/trackers";

/**
 * A learner's entries in Skilltrail's CSV format (the import's own), written by csv-stringify.
 * Pure. Phases and sub-skills are named by key, which stays stable when an admin renames them.
 *
 * Formula injection: a spreadsheet runs a cell starting with = + - @ (or a tab or carriage
 * return) as a formula, so such a note gets a leading apostrophe, as the cohort export does;
 * the import removes exactly that apostrophe again, so the file re-imports unchanged. Every
 * text cell is quoted, so a ";" locale cannot split a cell into one starting with "=".
 */

export type ExportedEntry = {
  date: string;
  minutes: number;
  phaseKey: string;
  subSkillKey: string | null;
  note: string | null;
};

const FORMULA_START = /^[=+\-@\t\r]/;
export const guardFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
/** The import's side: a note the export guarded is read back as written. */
export const unguardFormula = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

export function hoursCsv(entries: readonly ExportedEntry[]): string {
  return stringify([[...SKILLTRAIL_COLUMNS], ...entries.map(toRow)], {
    quoted_string: true,
    record_delimiter: "windows",
    cast: { string: guardFormula, number: (value) => String(value) },
  });
}

function toRow(entry: ExportedEntry): Array<string | number> {
  return [
    entry.date,
    Math.floor(entry.minutes / 60),
    entry.minutes % 60,
    entry.phaseKey,
    entry.subSkillKey ?? "",
    entry.note ?? "",
  ];
}
