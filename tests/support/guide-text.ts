import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseGuideText } from "@/lib/guides/format/parse-text";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SEED_NAME = "seed/ml-infrastructure-skill-guide.txt";

/**
 * The seed page's text. CI runs from a clean clone with shared/ beside it, so the path beside
 * the repository comes first; a developer's worktree falls back to the workplace's copy.
 */
export function readSeedText(): string {
  const candidates = [resolve(REPO_ROOT, "../shared", SEED_NAME), resolve("/work/shared", SEED_NAME)];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(`The seed guide text is missing: looked for ${candidates.join(" and ")}`);
  }
  return readFileSync(found, "utf8");
}

/** Parses a text that must be importable, failing the test with the parser's own errors. */
export function parseImportable(text: string) {
  const result = parseGuideText(text);
  if (!result.ok) {
    throw new Error(`Not importable:\n${result.errors.map((e) => `${e.path}: ${e.message}`).join("\n")}`);
  }
  return result;
}

/**
 * The text from a heading line (inclusive) to the next heading given (exclusive), or to the
 * end of the text without one, and the text without it.
 */
export function cutSection(text: string, heading: string, nextHeading?: string): { section: string; rest: string } {
  const start = text.indexOf(`\n${heading}\n`);
  const end = nextHeading === undefined ? text.length : text.indexOf(`\n${nextHeading}\n`, start + 1);
  if (start === -1 || end === -1) throw new Error(`Cannot find "${heading}" … "${nextHeading}" in the text`);
  return { section: text.slice(start, end), rest: text.slice(0, start) + text.slice(end) };
}

/** Replaces exactly one occurrence, so a variant never silently misses its edit. */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const count =
    typeof from === "string"
      ? text.split(from).length - 1
      : [...text.matchAll(new RegExp(from.source, `${from.flags.replace("g", "")}g`))].length;
  if (count !== 1) throw new Error(`Expected one occurrence of ${String(from)}, found ${count}`);
  return text.replace(from, to);
}
