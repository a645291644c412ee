import { isNumberLine, type Line } from "@/lib/guides/format/text/lines";
import {
  blocksAt,
  isIntroduction,
  readBullets,
  readRuns,
  reportIgnored,
  splitAtLabels,
} from "@/lib/guides/format/text/items";
import type { Warn } from "@/lib/guides/format/warnings";

const HOURS = /^(\d[\d,]*)\s*(?:h|hrs?|hours?)$/i;
const TOTAL = /^(\d[\d,]*)\s*(?:h|hrs?|hours?) total$/i;
const toInt = (digits: string) => Number(digits.replace(/,/g, ""));

const LABELS = {
  goals: /^Goals$/i,
  topics: /^(?:Key )?Topics$/i,
  actions: /^(?:Recommended )?Actions$/i,
  deliverables: /^Deliverables$/i,
};

export type PhaseDraft = {
  title?: string;
  hours: number;
  summary?: string;
  goals: string[];
  topics: Array<{ title: string }>;
  actions: Array<{ title: string }>;
  deliverables: Array<{ title: string }>;
};

/**
 * Below a step number, each phase is a title line, an "N hours" line, then labelled lists.
 * The hours line anchors the phase, so phases are found whatever their number or titles.
 */
export function readLearningPath(lines: Line[], warn: Warn): { phases: PhaseDraft[]; statedTotal?: number } {
  const { before, blocks } = blocksAt(
    lines,
    (line) => HOURS.test(line.text),
    (a) => (a >= 2 && isNumberLine(lines[a - 2]!) ? 2 : 1),
  );
  let statedTotal: number | undefined;
  const stray = before.filter((line) => {
    const total = TOTAL.exec(line.text);
    if (total) statedTotal = toInt(total[1]!);
    return !total && !isIntroduction(line);
  });
  reportIgnored(stray, "phases", warn);

  const phases = blocks.map(({ lines: block, anchor }, index) => {
    const path = `phases[${index}]`;
    const titleLine = anchor > 0 && !isNumberLine(block[anchor - 1]!) ? block[anchor - 1] : undefined;
    if (!titleLine) warn({ kind: "missingField", path: `${path}.title`, message: "This phase has no title line" });
    reportIgnored(
      block.slice(0, titleLine ? anchor - 1 : anchor).filter((line) => !isNumberLine(line)),
      path,
      warn,
    );

    const { head, parts } = splitAtLabels(block.slice(anchor + 1), LABELS);
    for (const label of Object.keys(LABELS) as Array<keyof typeof LABELS>) {
      if (!parts[label]) {
        warn({ kind: "missingSection", path: `${path}.${label}`, message: `This phase has no ${label} heading` });
      }
    }
    const phase: PhaseDraft = {
      title: titleLine?.text,
      hours: toInt(HOURS.exec(block[anchor]!.text)![1]!),
      goals: readBullets(parts.goals ?? [], `${path}.goals`, warn),
      topics: readRuns(parts.topics ?? [], `${path}.topics`, warn).map((title) => ({ title })),
      actions: readBullets(parts.actions ?? [], `${path}.actions`, warn).map((title) => ({ title })),
      deliverables: readBullets(parts.deliverables ?? [], `${path}.deliverables`, warn).map((title) => ({ title })),
    };
    // The page has no phase summary; a copy that carries a paragraph there keeps it.
    if (head.length > 0) phase.summary = head.map((line) => line.text).join("\n\n");
    return phase;
  });
  return { phases, statedTotal };
}
