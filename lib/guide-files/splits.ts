import type { GuideFile } from "@/lib/guides/format/schema";
import type { ParseError, ParseWarning } from "@/lib/guides/format/warnings";

/**
 * An admin's correction of a guessed split (a run-together list the parser cut into items):
 * the run as copied (`original`, which names the warning), and the items it should be. Joining
 * two items, cutting one in two, or rewording one are all just another list of items.
 */
export type SplitCorrection = { path: string; original: string; items: string[] };

type Result = { ok: true; file: GuideFile } | { ok: false; errors: ParseError[] };

/**
 * Replaces, in the list at each correction's path, the items the parser proposed for that run
 * by the admin's items. Lists of checklist items hold `{ title }`, other lists hold strings;
 * the replacement keeps the list's kind. A correction naming no guessed split is an error (the
 * text changed under the preview), never silently dropped.
 */
export function applySplitCorrections(
  file: GuideFile,
  warnings: readonly ParseWarning[],
  corrections: readonly SplitCorrection[],
): Result {
  const copy = structuredClone(file) as unknown as Record<string, unknown>;
  const errors: ParseError[] = [];
  for (const correction of corrections) {
    const warning = warnings.find(
      (w) => w.kind === "guessedSplit" && w.path === correction.path && w.original === correction.original,
    );
    const list = warning?.proposed ? listAt(copy, correction.path) : null;
    const start = list && warning?.proposed ? findRun(list, warning.proposed) : -1;
    if (!list || !warning?.proposed || start === -1) {
      errors.push({ path: correction.path, message: "This split is no longer in the text: preview the text again" });
      continue;
    }
    const items = correction.items.map((item) => item.trim()).filter((item) => item.length > 0);
    if (items.length === 0) {
      errors.push({ path: correction.path, message: "A corrected list needs at least one item" });
      continue;
    }
    const asObjects = typeof list[start] === "object";
    list.splice(start, warning.proposed.length, ...items.map((title) => (asObjects ? { title } : title)));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file: copy as unknown as GuideFile };
}

const textOf = (item: unknown) =>
  typeof item === "string" ? item : ((item as { title?: unknown } | null)?.title as string | undefined);

function findRun(list: unknown[], proposed: readonly string[]): number {
  for (let start = 0; start + proposed.length <= list.length; start++) {
    if (proposed.every((text, i) => textOf(list[start + i]) === text)) return start;
  }
  return -1;
}

/** "phases[0].topics" → that array inside the file, or null when the path leads nowhere. */
function listAt(root: Record<string, unknown>, path: string): unknown[] | null {
  let node: unknown = root;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (node === null || typeof node !== "object") return null;
    node = /^\d+$/.test(part) ? (node as unknown[])[Number(part)] : (node as Record<string, unknown>)[part];
  }
  return Array.isArray(node) ? node : null;
}
