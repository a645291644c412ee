import { difficultyOf, type Difficulty } from "@/lib/guides/format/text/levels";
import type { Line } from "@/lib/guides/format/text/lines";
import {
  blocksAt,
  isIntroduction,
  readBullets,
  readRuns,
  reportIgnored,
  splitAtLabels,
} from "@/lib/guides/format/text/items";
import type { Warn } from "@/lib/guides/format/warnings";

/** Use cases and portfolio projects are cards: a title, a difficulty line under it, then text. */
const isDifficultyLine = (line: Line) => difficultyOf(line.text) !== undefined;

type Card = { title?: string; difficulty?: Difficulty; body: Line[]; path: string };

function readCards(lines: Line[], list: string, warn: Warn): Card[] {
  const { before, blocks } = blocksAt(lines, isDifficultyLine, () => 1);
  reportIgnored(
    before.filter((line) => !isIntroduction(line)),
    list,
    warn,
  );
  return blocks.map(({ lines: block, anchor }, index) => {
    const path = `${list}[${index}]`;
    const title = anchor > 0 ? block[anchor - 1]!.text : undefined;
    if (title === undefined) warn({ kind: "missingField", path: `${path}.title`, message: "No title above the level" });
    return { title, difficulty: difficultyOf(block[anchor]!.text), body: block.slice(anchor + 1), path };
  });
}

const paragraphs = (lines: Line[]) => (lines.length > 0 ? lines.map((line) => line.text).join("\n\n") : undefined);

export type UseCaseDraft = { title?: string; difficulty?: Difficulty; description?: string };

export function readUseCases(lines: Line[], warn: Warn): UseCaseDraft[] {
  return readCards(lines, "useCases", warn).map(({ title, difficulty, body }) => ({
    title,
    difficulty,
    description: paragraphs(body),
  }));
}

export type ProjectDraft = UseCaseDraft & { suggestedStack: string[]; recruiterNotes: string[] };

/** A project card adds "Suggested Stack" (a run of names) and "What Recruiters Will Notice". */
export function readProjects(lines: Line[], warn: Warn): ProjectDraft[] {
  return readCards(lines, "portfolioProjects", warn).map(({ title, difficulty, body, path }) => {
    const { head, parts } = splitAtLabels(body, {
      suggestedStack: /^Suggested Stack$/i,
      recruiterNotes: /^What Recruiters Will Notice$/i,
    });
    return {
      title,
      difficulty,
      description: paragraphs(head),
      suggestedStack: readRuns(parts.suggestedStack ?? [], `${path}.suggestedStack`, warn),
      recruiterNotes: readBullets(parts.recruiterNotes ?? [], `${path}.recruiterNotes`, warn),
    };
  });
}
