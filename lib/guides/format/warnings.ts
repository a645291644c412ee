/**
 * What the text parser reports besides the guide. Warnings are structured so an admin's
 * preview can show each one next to the part it concerns (`path`, e.g. "phases[0].topics")
 * and, for a guessed split, offer the original run beside the proposed items to correct.
 */
export const warningKinds = [
  /** A run of list items with no separator was split by the heuristic (split-run.ts). */
  "guessedSplit",
  /** An optional section's heading was not found; its list is left out. */
  "missingSection",
  /** A section's heading is there but the copied text holds no items under it. */
  "emptySection",
  /** A heading appears twice; the first is used. */
  "duplicateSection",
  /** A line the parser could not place; it is left out. */
  "ignoredText",
  /** A field the page normally carries is missing (an FAQ question, a level's experience …). */
  "missingField",
  /** A list had no bullet marks; its items were taken one per line. */
  "noBullets",
  /** Two places of the page disagree (weight distribution, level names); which one won is said. */
  "mismatch",
] as const;
export type WarningKind = (typeof warningKinds)[number];

export type ParseWarning = {
  kind: WarningKind;
  path: string;
  message: string;
  /** For guessedSplit: the run as copied. */
  original?: string;
  /** For guessedSplit: the items proposed. */
  proposed?: string[];
};

/** Why a text cannot be imported; `path` names the part of the format ("phases", "totalHours"). */
export type ParseError = { path: string; message: string };

export type Warn = (warning: ParseWarning) => void;

/** "phases", 0, "topics" → "phases[0].topics": the path style the preview and zod issues share. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}
