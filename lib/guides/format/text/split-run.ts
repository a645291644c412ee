import { KNOWN_WORDS } from "@/lib/guides/format/text/known-words";

type Span = { start: number; end: number };

const isUpper = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);
const isLower = (c: string | undefined) => c !== undefined && /\p{Ll}/u.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/**
 * Where each known word occurs as a whole word's end: "Docker" counts in "DockerKubernetes"
 * but not in "Dockerized", so a known word never protects part of an ordinary word.
 */
function knownSpans(run: string, words: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const word of words) {
    for (let at = run.indexOf(word); at !== -1; at = run.indexOf(word, at + 1)) {
      if (!isLower(run[at + word.length])) spans.push({ start: at, end: at + word.length });
    }
  }
  return spans;
}

/**
 * Splits a run of list items that a browser copy glued together ("Docker for ML
 * applicationsBasic model serving with REST APIs") into its items. A new item starts where a
 * lower-case letter or ")" is followed by an upper-case letter, outside parentheses, unless
 * that point lies inside a known word ("TensorFlow", "SaaS"), a name like "iOS"/"eBay" (one
 * lower-case letter opening a word) or "McKinsey". Splits that produce known words are
 * preferred: a known word glued to the letters before or after it is cut out even where the
 * case rule sees no boundary ("Technology and SaaSFinance" → "Technology and SaaS", "Finance").
 * It is a guess: callers report every split so an admin can correct it.
 */
export function splitRun(run: string, words: readonly string[] = KNOWN_WORDS): string[] {
  const spans = knownSpans(run, words);
  const insideKnown = (p: number) =>
    spans.some((s) => s.start < p && p < s.end) ||
    (p >= 2 && isLower(run[p - 1]) && !isLetter(run[p - 2]) && isUpper(run[p])) ||
    (p >= 2 && run.slice(p - 2, p) === "Mc");

  const cuts: number[] = [];
  let depth = 0;
  for (let p = 1; p < run.length; p++) {
    const before = run[p - 1]!;
    if (before === "(") depth++;
    if (before === ")") depth = Math.max(0, depth - 1);
    if (depth > 0 || insideKnown(p)) continue;
    const caseBoundary = isUpper(run[p]) && (isLower(before) || before === ")");
    const knownStarts = isLetter(before) && spans.some((s) => s.start === p && isUpper(run[p]));
    const knownEnds = isUpper(run[p]) && spans.some((s) => s.end === p);
    if (caseBoundary || knownStarts || knownEnds) cuts.push(p);
  }

  const items: string[] = [];
  let from = 0;
  for (const cut of [...cuts, run.length]) {
    const item = run.slice(from, cut).trim();
    if (item !== "") items.push(item);
    from = cut;
  }
  return items;
}
