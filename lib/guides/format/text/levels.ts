import { skillLevelNames } from "@/lib/guides/guide-schema";
import { isBullet, isNumberLine, type Line } from "@/lib/guides/format/text/lines";
import { isIntroduction, readBullets, reportIgnored } from "@/lib/guides/format/text/items";
import type { Warn } from "@/lib/guides/format/warnings";

const CAN_DO = /^What You Can Do at This Level$/i;
const EXPERIENCE = /\b(?:months?|years?|yrs?)\b/i;

export type Difficulty = (typeof skillLevelNames)[number];
export type LevelDraft = {
  name?: string;
  difficulty?: Difficulty;
  summary?: string;
  typicalExperience?: string;
  canDo: string[];
};

/** "Beginner" → "BEGINNER"; a name outside the four difficulties has none. */
export function difficultyOf(name: string | undefined): Difficulty | undefined {
  return skillLevelNames.find((d) => d === name?.trim().toUpperCase());
}

/**
 * Each level is a step number, its name, a summary, the typical experience ("0-6 months"),
 * then "What You Can Do at This Level" and bullets. The label anchors the level; the lines
 * above it, back to the previous level's bullets, are read from the bottom up.
 */
export function readLevels(lines: Line[], warn: Warn): LevelDraft[] {
  const levels: LevelDraft[] = [];
  let header: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!CAN_DO.test(line.text)) {
      header.push(line);
      continue;
    }
    let end = i + 1;
    while (end < lines.length && isBullet(lines[end]!)) end++;
    levels.push(readLevel(header, lines.slice(i + 1, end), `levels[${levels.length}]`, warn));
    header = [];
    i = end - 1;
  }
  reportIgnored(
    header.filter((line) => !isIntroduction(line) && !isNumberLine(line)),
    "levels",
    warn,
  );
  return levels;
}

function readLevel(header: Line[], bullets: Line[], path: string, warn: Warn): LevelDraft {
  const texts = header.filter((line) => !isNumberLine(line) && !isIntroduction(line));
  const experience = texts.length >= 3 || EXPERIENCE.test(texts.at(-1)?.text ?? "") ? texts.pop() : undefined;
  const summary = texts.pop();
  const name = texts.pop();
  reportIgnored(texts, path, warn);
  if (!experience) warn({ kind: "missingField", path: `${path}.typicalExperience`, message: "No typical experience" });
  if (!name) warn({ kind: "missingField", path: `${path}.name`, message: "This level has no name" });
  return {
    name: name?.text,
    difficulty: difficultyOf(name?.text),
    summary: summary?.text,
    typicalExperience: experience?.text,
    canDo: readBullets(bullets, `${path}.canDo`, warn),
  };
}
