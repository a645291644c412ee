import { z } from "zod";

/**
 * The shape of a skill guide as the project stores it in source control.
 * Keys are stable identifiers: the seed upserts by them, so renaming a title never
 * orphans learner records, and they must stay unique within their list.
 */
const key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Keys are lower-case words joined by dashes" })
  .max(80);
const text = z.string().trim().min(1).max(2000);
const textList = z.array(text);

export const skillLevelNames = ["BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT"] as const;
export const difficultySchema = z.enum(skillLevelNames);

/** What a learner must show to be placed at a level. Tunable by admins, hence data. */
export const levelRequirementsSchema = z.object({
  minTotalHours: z.number().int().min(0).max(100_000),
  /** Phases (in order) whose deliverables are all approved. */
  minPhasesCompleted: z.number().int().min(0).max(50),
  /** Quiz percent correct, of the attempts the quiz policy counts. */
  minQuizPercent: z.number().int().min(0).max(100),
  /** Weighted proficiency score over all sub-skills, 0..100. */
  minOverallScore: z.number().int().min(0).max(100),
  /** Every sub-skill's own score must reach this, 0..100. */
  minSubSkillScore: z.number().int().min(0).max(100),
  minApprovedProjects: z.number().int().min(0).max(20),
});
export type LevelRequirements = z.infer<typeof levelRequirementsSchema>;
/** The thresholds' names, in the schema's order. */
export const LEVEL_REQUIREMENT_KEYS = levelRequirementsSchema.keyof().options;

const checklistItemSchema = z.object({ key, title: text });

const deliverableSchema = z.object({
  key,
  title: text,
  description: text,
  /** Sub-skills this deliverable gives evidence for. */
  subSkillKeys: z.array(key).min(1),
});

const phaseSchema = z.object({
  key,
  title: text,
  estimatedHours: z.number().int().min(1).max(10_000),
  summary: text,
  goals: textList.min(1),
  topics: z.array(checklistItemSchema).min(1),
  actions: z.array(checklistItemSchema).min(1),
  deliverables: z.array(deliverableSchema).min(1),
});

const subSkillSchema = z.object({
  key,
  name: text,
  weightPercent: z.number().int().min(0).max(100),
  description: text,
  exampleTasks: textList.min(1),
});

const levelSchema = z.object({
  key,
  name: text,
  difficulty: difficultySchema,
  summary: text,
  typicalExperience: text,
  capabilities: textList.min(1),
  requirements: levelRequirementsSchema,
});

const quizQuestionSchema = z.object({
  key,
  prompt: text,
  options: z.array(text).length(4),
  correctOption: z.number().int().min(0).max(3),
  explanation: text,
  subSkillKey: key,
  /** "guide" when the prompt comes from the guide itself, "added" when written for coverage. */
  origin: z.enum(["guide", "added"]),
});

const selfCheckSchema = z.object({ key, prompt: text, subSkillKey: key });

const projectSchema = z.object({
  key,
  title: text,
  difficulty: difficultySchema,
  description: text,
  suggestedStack: textList.min(1),
  recruiterSignals: textList.min(1),
  subSkillKeys: z.array(key).min(1),
});

const useCaseSchema = z.object({ key, title: text, difficulty: difficultySchema, description: text });

/** A red flag applies to a learner while the named sub-skill has no approved work. */
const redFlagSchema = z.object({ key, text, subSkillKey: key });

const faqSchema = z.object({ key, question: text, answer: text });

/** A link attached to one topic or action (named by its key), for learners to work through. */
const resourceSchema = z.object({
  key,
  itemKey: key,
  title: text,
  url: z.httpUrl().max(2000),
  kind: z.enum(["DOCS", "COURSE", "VIDEO", "ARTICLE", "BOOK"]),
  cost: z.enum(["FREE", "PAID"]),
  estimatedMinutes: z.number().int().min(1).max(10_000),
});

/** The sub-skills a résumé phrase (one of sections.RESUME_PHRASE, by its text) claims. */
const resumePhraseSubSkillsSchema = z.object({ phrase: text, subSkillKeys: z.array(key).min(1) });

/** A rubric criterion: its title and what the work looks like at each level (lib/rubrics/scale.ts). */
const rubricCriterionSchema = z.object({
  key,
  title: text,
  notYet: text,
  developing: text,
  proficient: text,
  exemplary: text,
});
/** Criteria per deliverable (by deliverable key) and the guide's project criteria. */
const rubricsSchema = z
  .object({
    deliverables: z.record(key, z.array(rubricCriterionSchema)),
    project: z.array(rubricCriterionSchema),
  })
  .default({ deliverables: {}, project: [] });

export const textSectionKinds = [
  "WHY_IT_MATTERS",
  "OUTCOME",
  "MISCONCEPTION",
  "INDUSTRY",
  "PORTFOLIO_TIP",
  "RESUME_PHRASE",
  "ATS_TIP",
  "LEARNING_TIP",
] as const;

export const guideSchema = z
  .object({
    slug: key,
    title: text,
    category: text,
    tagline: text,
    overview: text,
    keyCharacteristics: textList,
    reviewWindowDays: z.number().int().min(1).max(60),
    phases: z.array(phaseSchema).min(1),
    subSkills: z.array(subSkillSchema).min(1),
    levels: z.array(levelSchema).min(1),
    quiz: z.array(quizQuestionSchema).min(1),
    selfChecks: z.array(selfCheckSchema),
    projects: z.array(projectSchema),
    useCases: z.array(useCaseSchema),
    redFlags: z.array(redFlagSchema),
    faqs: z.array(faqSchema),
    resources: z.array(resourceSchema).default([]),
    resumePhraseSubSkills: z.array(resumePhraseSubSkillsSchema).default([]),
    rubrics: rubricsSchema,
    /** Ordered plain-text lists (why it matters, outcomes, misconceptions, tips …). */
    sections: z.record(z.enum(textSectionKinds), textList),
  })
  .superRefine((guide, ctx) => {
    const weightSum = guide.subSkills.reduce((sum, s) => sum + s.weightPercent, 0);
    if (weightSum !== 100) {
      ctx.addIssue({ code: "custom", path: ["subSkills"], message: `Sub-skill weights sum to ${weightSum}, not 100` });
    }
    const subSkillKeys = new Set(guide.subSkills.map((s) => s.key));
    const references: Array<[string, string]> = [
      ...guide.phases.flatMap((p) =>
        p.deliverables.flatMap((d) => d.subSkillKeys.map((k) => [`deliverable ${d.key}`, k] as [string, string])),
      ),
      ...guide.quiz.map((q) => [`quiz ${q.key}`, q.subSkillKey] as [string, string]),
      ...guide.selfChecks.map((q) => [`self-check ${q.key}`, q.subSkillKey] as [string, string]),
      ...guide.redFlags.map((f) => [`red flag ${f.key}`, f.subSkillKey] as [string, string]),
      ...guide.projects.flatMap((p) => p.subSkillKeys.map((k) => [`project ${p.key}`, k] as [string, string])),
      ...guide.resumePhraseSubSkills.flatMap((r) =>
        r.subSkillKeys.map((k) => [`résumé phrase "${r.phrase}"`, k] as [string, string]),
      ),
    ];
    for (const [owner, subSkillKey] of references) {
      if (!subSkillKeys.has(subSkillKey)) {
        ctx.addIssue({
          code: "custom",
          path: ["subSkills"],
          message: `${owner} names unknown sub-skill ${subSkillKey}`,
        });
      }
    }
    const itemKeys = new Set(guide.phases.flatMap((p) => [...p.topics, ...p.actions].map((i) => i.key)));
    for (const r of guide.resources) {
      if (!itemKeys.has(r.itemKey))
        ctx.addIssue({
          code: "custom",
          path: ["resources"],
          message: `resource ${r.key} names unknown item ${r.itemKey}`,
        });
    }
    const deliverableKeys = new Set(guide.phases.flatMap((p) => p.deliverables.map((d) => d.key)));
    for (const k of Object.keys(guide.rubrics.deliverables)) {
      if (!deliverableKeys.has(k))
        ctx.addIssue({ code: "custom", path: ["rubrics"], message: `rubric names unknown deliverable ${k}` });
    }
    const phrases = new Set(guide.sections.RESUME_PHRASE ?? []);
    for (const r of guide.resumePhraseSubSkills) {
      if (!phrases.has(r.phrase))
        ctx.addIssue({ code: "custom", path: ["resumePhraseSubSkills"], message: `No résumé phrase "${r.phrase}"` });
    }
    const keyLists: Array<[string, string[]]> = [
      ["phases", guide.phases.map((p) => p.key)],
      ["topics and actions", guide.phases.flatMap((p) => [...p.topics, ...p.actions].map((i) => i.key))],
      ["deliverables", guide.phases.flatMap((p) => p.deliverables.map((d) => d.key))],
      ["subSkills", guide.subSkills.map((s) => s.key)],
      ["levels", guide.levels.map((l) => l.key)],
      ["quiz", guide.quiz.map((q) => q.key)],
      ["selfChecks", guide.selfChecks.map((q) => q.key)],
      ["projects", guide.projects.map((p) => p.key)],
      ["useCases", guide.useCases.map((u) => u.key)],
      ["redFlags", guide.redFlags.map((f) => f.key)],
      ["faqs", guide.faqs.map((f) => f.key)],
      ["resources", guide.resources.map((r) => r.key)],
      ["project rubric", guide.rubrics.project.map((c) => c.key)],
      ...Object.entries(guide.rubrics.deliverables).map(
        ([k, criteria]) => [`rubric of ${k}`, criteria.map((c) => c.key)] as [string, string[]],
      ),
    ];
    for (const [list, keys] of keyLists) {
      const seen = new Set<string>();
      for (const k of keys) {
        if (seen.has(k)) ctx.addIssue({ code: "custom", path: [list], message: `Duplicate key ${k} in ${list}` });
        seen.add(k);
      }
    }
  });

export type GuideDefinition = z.infer<typeof guideSchema>;
export type GuideInput = z.input<typeof guideSchema>;

/** Parses a guide definition, throwing a readable list of every problem found. */
export function parseGuide(input: unknown): GuideDefinition {
  const result = guideSchema.safeParse(input);
  if (!result.success) {
    throw new Error(`Invalid guide definition:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
