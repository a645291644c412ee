import { diffWordsWithSpace } from "diff";

/**
 * What changed between two versions of a submission, field by field, as runs of unchanged,
 * added and removed text. Pure (jsdiff does the work) so the page computes it on the server
 * and the tests pin it down. Words, not characters: a reviewer reads "replaced Flask with
 * FastAPI", not a scatter of letters; whitespace is kept so line breaks in the notes survive.
 */

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

export type FieldDiff = { field: ComparedField; label: string; changed: boolean; parts: DiffPart[] };

/** The text a version carries: its Markdown notes and its three links. */
export type ComparableVersion = {
  number: number;
  description: string;
  repoUrl: string | null;
  demoUrl: string | null;
  docUrl: string | null;
};

type ComparedField = "description" | "repoUrl" | "demoUrl" | "docUrl";

const FIELDS: readonly { field: ComparedField; label: string }[] = [
  { field: "description", label: "Description" },
  { field: "repoUrl", label: "Repository" },
  { field: "demoUrl", label: "Demo" },
  { field: "docUrl", label: "Document" },
];

/** Word diff of two texts; adjacent runs of one kind are merged so the markup stays small. */
export function diffText(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += change.value;
    else if (change.value) parts.push({ kind, text: change.value });
  }
  return parts;
}

/**
 * Every compared field of `from` against `to`. A field empty in both is left out (nothing to
 * show); a field that did not change is kept with `changed: false` so the page can say so.
 */
export function diffVersions(from: ComparableVersion, to: ComparableVersion): FieldDiff[] {
  return FIELDS.flatMap(({ field, label }) => {
    const before = from[field] ?? "";
    const after = to[field] ?? "";
    if (!before && !after) return [];
    return [{ field, label, changed: before !== after, parts: diffText(before, after) }];
  });
}

/**
 * The pair a "Compare versions" form asks for, read from search params: whole version numbers
 * that exist and differ. Anything else (missing, malformed, unknown, equal) is null, so a
 * hand-edited URL shows no comparison rather than an error.
 */
export function pickComparison<V extends { number: number }>(
  versions: readonly V[],
  from: unknown,
  to: unknown,
): { from: V; to: V } | null {
  const find = (raw: unknown) => {
    if (typeof raw !== "string" || !/^\d{1,6}$/.test(raw)) return undefined;
    return versions.find((v) => v.number === Number(raw));
  };
  const a = find(from);
  const b = find(to);
  return a && b && a.number !== b.number ? { from: a, to: b } : null;
}
