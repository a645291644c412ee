import { bulletText, headingText, isBullet, stripListNumbers, type Line } from "@/lib/guides/format/text/lines";
import { splitRun } from "@/lib/guides/format/text/split-run";
import type { Warn } from "@/lib/guides/format/warnings";

/**
 * The one-sentence introductions the page prints under its headings ("Can you confidently
 * answer these questions? …"). They are skipped silently; any other stray line is reported.
 */
const INTRODUCTIONS = [
  /^Understand where you are\b/i,
  /^The key components that make up\b/i,
  /^A structured approach to\b/i,
  /^Demonstrate your\b/i,
  /^Evaluate your\b/i,
  /^Can you confidently answer\b/i,
  /^These are common issues\b/i,
  /^Use these\b/i,
  /^Essential keywords\b/i,
  /^Additional keywords\b/i,
  /^Curated resources\b/i,
  /^Common questions about\b/i,
  /^Roles where\b/i,
];

export const isIntroduction = (line: Line) => INTRODUCTIONS.some((pattern) => pattern.test(line.text));

export function reportIgnored(lines: Line[], path: string, warn: Warn): void {
  for (const line of lines) {
    warn({
      kind: "ignoredText",
      path,
      message: `Line ${line.line} was not understood and is left out: "${line.text}"`,
    });
  }
}

/**
 * A bulleted list: the bullets' text, list numbers removed. When the copy lost the bullet
 * marks, every line that is not an introduction is taken as an item, with a warning.
 */
export function readBullets(lines: Line[], path: string, warn: Warn): string[] {
  const bullets = lines.filter(isBullet);
  const others = lines.filter((line) => !isBullet(line) && !isIntroduction(line));
  if (bullets.length === 0 && others.length > 0) {
    warn({ kind: "noBullets", path, message: `No bullet marks under this heading: each line is taken as one item` });
    return stripListNumbers(others.map((line) => line.text));
  }
  reportIgnored(others, path, warn);
  return stripListNumbers(bullets.map(bulletText));
}

/**
 * A list the copy ran together (key topics, stacks, industries): each line is split by the
 * heuristic and every split is reported as a guessedSplit warning for the admin to check.
 * Bulleted items, when a copy has them, are taken as they are.
 */
export function readRuns(lines: Line[], path: string, warn: Warn): string[] {
  const content = lines.filter((line) => !isIntroduction(line));
  return content.flatMap((line) => {
    if (isBullet(line)) return [bulletText(line)];
    const items = splitRun(line.text);
    if (items.length > 1) {
      warn({
        kind: "guessedSplit",
        path,
        message: `Split a run with no separators into ${items.length} items: ${items.map((i) => `"${i}"`).join(", ")}`,
        original: line.text,
        proposed: items,
      });
    }
    return items;
  });
}

/** Lines that are each one item, with or without bullets (résumé phrases). */
export function readPlainLines(lines: Line[]): string[] {
  return stripListNumbers(lines.filter((line) => !isIntroduction(line)).map(bulletText));
}

/**
 * Cuts a block at its labels ("Goals", "Key Topics", "📦 Deliverables" …): the lines before the
 * first label, and the lines under each label. A label that repeats adds to the first.
 */
export function splitAtLabels<L extends string>(
  lines: Line[],
  labels: Record<L, RegExp>,
): { head: Line[]; parts: Partial<Record<L, Line[]>> } {
  const head: Line[] = [];
  const parts: Partial<Record<L, Line[]>> = {};
  let current = head;
  for (const line of lines) {
    const text = headingText(line);
    const label = (Object.keys(labels) as L[]).find((name) => !isBullet(line) && labels[name].test(text));
    if (label === undefined) current.push(line);
    else current = parts[label] ??= [];
  }
  return { head, parts };
}

/**
 * Cuts a section into blocks that each start a fixed number of lines before an anchor line
 * (a phase's "60 hours", a sub-skill's "25%"): the anchor's title sits just above it. Lines
 * before the first block are returned apart (the section's introduction).
 */
export function blocksAt(
  lines: Line[],
  isAnchor: (line: Line) => boolean,
  startOffset: (anchorIndex: number) => number,
): { before: Line[]; blocks: Array<{ lines: Line[]; anchor: number }> } {
  const anchors = lines.flatMap((line, i) => (isAnchor(line) ? [i] : []));
  const starts = anchors.map((a, i) => Math.max(a - startOffset(a), i === 0 ? 0 : anchors[i - 1]! + 1));
  return {
    before: lines.slice(0, starts[0] ?? lines.length),
    blocks: anchors.map((anchor, i) => ({
      lines: lines.slice(starts[i], starts[i + 1] ?? lines.length),
      anchor: anchor - starts[i]!,
    })),
  };
}
