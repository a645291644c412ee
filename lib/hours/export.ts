import { FORMULA_START, toCsv } from "@/lib/csv";
import { SKILLTRAIL_COLUMNS } from "@/lib/hours/trackers";

/**
 * A learner's entries in Skilltrail's CSV format (the import's own), written by lib/csv.ts.
 * Pure. Phases and sub-skills are named by key, which stays stable when an admin renames them.
 *
 * Formula injection: lib/csv.ts gives a note that would start a formula a leading
 * apostrophe, as in every export; the import removes exactly that apostrophe again, so the file
 * re-imports unchanged.
 */

export type ExportedEntry = {
  date: string;
  minutes: number;
  phaseKey: string;
  subSkillKey: string | null;
  note: string | null;
};

/** The import's side: a note the export guarded (lib/csv.ts) is read back as written. */
export const unguardFormula = (text: string) =>
  text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;

export function hoursCsv(entries: readonly ExportedEntry[]): string {
  return toCsv([[...SKILLTRAIL_COLUMNS], ...entries.map(toRow)]);
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
