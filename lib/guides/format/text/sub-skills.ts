import type { Line } from "@/lib/guides/format/text/lines";
import { blocksAt, isIntroduction, readBullets, reportIgnored, splitAtLabels } from "@/lib/guides/format/text/items";
import type { Warn } from "@/lib/guides/format/warnings";

const PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;

export type SubSkillDraft = { name?: string; weight: number; description?: string; exampleTasks: string[] };

/** Each sub-skill is a name line, a "25%" line (the anchor), a description and "Example Tasks". */
export function readSubSkills(lines: Line[], warn: Warn): SubSkillDraft[] {
  const { before, blocks } = blocksAt(
    lines,
    (line) => PERCENT.test(line.text),
    () => 1,
  );
  reportIgnored(
    before.filter((line) => !isIntroduction(line)),
    "subSkills",
    warn,
  );

  return blocks.map(({ lines: block, anchor }, index) => {
    const path = `subSkills[${index}]`;
    const name = anchor > 0 ? block[anchor - 1]!.text : undefined;
    if (name === undefined) warn({ kind: "missingField", path: `${path}.name`, message: "This sub-skill has no name" });
    const { head, parts } = splitAtLabels(block.slice(anchor + 1), { exampleTasks: /^Example Tasks$/i });
    if (!parts.exampleTasks) {
      warn({ kind: "missingSection", path: `${path}.exampleTasks`, message: "This sub-skill has no Example Tasks" });
    }
    return {
      name,
      weight: Number(PERCENT.exec(block[anchor]!.text)![1]),
      description: head.length > 0 ? head.map((line) => line.text).join("\n\n") : undefined,
      exampleTasks: readBullets(parts.exampleTasks ?? [], `${path}.exampleTasks`, warn),
    };
  });
}

/**
 * "Skill Weight Distribution" repeats each name and weight. It only confirms the breakdown:
 * where the two disagree the breakdown's weight is kept and the difference reported.
 */
export function checkWeightDistribution(lines: Line[], subSkills: SubSkillDraft[], warn: Warn): void {
  const listed = new Map<string, number>();
  lines.forEach((line, i) => {
    const percent = PERCENT.exec(line.text);
    const name = lines[i - 1];
    if (percent && name && !PERCENT.test(name.text)) listed.set(name.text.toLowerCase(), Number(percent[1]));
  });
  subSkills.forEach((skill, index) => {
    const weight = skill.name === undefined ? undefined : listed.get(skill.name.toLowerCase());
    if (weight !== undefined && weight !== skill.weight) {
      warn({
        kind: "mismatch",
        path: `subSkills[${index}].weight`,
        message: `"${skill.name}" is ${skill.weight}% in the breakdown but ${weight}% in the weight distribution; ${skill.weight}% is kept`,
      });
    }
  });
  const names = new Set(subSkills.map((s) => s.name?.toLowerCase()));
  for (const name of listed.keys()) {
    if (!names.has(name)) {
      warn({
        kind: "mismatch",
        path: "subSkills",
        message: `"${name}" is in the weight distribution but not in the sub-skills breakdown`,
      });
    }
  }
}
