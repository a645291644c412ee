import type { z } from "zod";

type Keyed = { key?: string | undefined };

/** The parts of a guide file that the cross-field rules read (structural, to keep schema.ts free of cycles). */
type RuleInput = {
  totalHours: number;
  phases: Array<Keyed & { title: string; hours: number; deliverables: Array<Keyed & { subSkillKeys?: string[] }> }>;
  subSkills: Array<Keyed & { weight: number }>;
  quizQuestions?: Array<Keyed & { subSkillKey?: string; options?: string[]; correctOption?: number }>;
  selfCheckQuestions?: Array<Keyed & { subSkillKey?: string }>;
  redFlags?: Array<Keyed & { subSkillKey?: string }>;
  portfolioProjects?: Array<Keyed & { subSkillKeys?: string[] }>;
  levels: Keyed[];
  useCases?: Keyed[];
  faq?: Keyed[];
};

/**
 * What makes a guide file importable beyond the shape of each field. Phase hours that miss the
 * stated total are an error, not a warning: level thresholds and pacing are computed from the
 * phases, and on a copied page the mismatch almost always means a phase was lost or misread.
 */
export function guideFileRules(guide: RuleInput, ctx: z.RefinementCtx): void {
  const weightSum = guide.subSkills.reduce((sum, s) => sum + s.weight, 0);
  if (guide.subSkills.length > 0 && weightSum !== 100) {
    ctx.addIssue({ code: "custom", path: ["subSkills"], message: `Sub-skill weights sum to ${weightSum}, not 100` });
  }

  const hourSum = guide.phases.reduce((sum, p) => sum + p.hours, 0);
  if (guide.phases.length > 0 && hourSum !== guide.totalHours) {
    const each = guide.phases.map((p) => p.hours).join(" + ");
    ctx.addIssue({
      code: "custom",
      path: ["totalHours"],
      message: `Phase hours sum to ${hourSum} (${each}), but the guide states ${guide.totalHours} hours in total`,
    });
  }

  guide.quizQuestions?.forEach((q, i) => {
    if (q.correctOption !== undefined && (q.options === undefined || q.correctOption >= q.options.length)) {
      ctx.addIssue({
        code: "custom",
        path: ["quizQuestions", i, "correctOption"],
        message: "correctOption must point at one of the question's options",
      });
    }
  });

  checkUniqueKeys(guide, ctx);
  checkSubSkillReferences(guide, ctx);
}

function checkUniqueKeys(guide: RuleInput, ctx: z.RefinementCtx): void {
  const lists: Array<[string, Keyed[]]> = [
    ["phases", guide.phases],
    ["deliverables", guide.phases.flatMap((p) => p.deliverables)],
    ["subSkills", guide.subSkills],
    ["levels", guide.levels],
    ["quizQuestions", guide.quizQuestions ?? []],
    ["selfCheckQuestions", guide.selfCheckQuestions ?? []],
    ["portfolioProjects", guide.portfolioProjects ?? []],
    ["useCases", guide.useCases ?? []],
    ["redFlags", guide.redFlags ?? []],
    ["faq", guide.faq ?? []],
  ];
  for (const [list, items] of lists) {
    const seen = new Set<string>();
    for (const { key } of items) {
      if (key === undefined) continue;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [list], message: `Duplicate key ${key} in ${list}` });
      seen.add(key);
    }
  }
}

/** Only checked when sub-skills carry keys: a file from text has neither keys nor references. */
function checkSubSkillReferences(guide: RuleInput, ctx: z.RefinementCtx): void {
  const known = new Set(guide.subSkills.flatMap((s) => (s.key === undefined ? [] : [s.key])));
  const references = [
    ...guide.phases.flatMap((p) => p.deliverables.flatMap((d) => d.subSkillKeys ?? [])),
    ...(guide.portfolioProjects ?? []).flatMap((p) => p.subSkillKeys ?? []),
    ...[...(guide.quizQuestions ?? []), ...(guide.selfCheckQuestions ?? []), ...(guide.redFlags ?? [])].flatMap((q) =>
      q.subSkillKey === undefined ? [] : [q.subSkillKey],
    ),
  ];
  for (const reference of new Set(references)) {
    if (!known.has(reference)) {
      ctx.addIssue({ code: "custom", path: ["subSkills"], message: `Unknown sub-skill key ${reference}` });
    }
  }
}
