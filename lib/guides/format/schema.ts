import { z } from "zod";
import { levelRequirementsSchema, skillLevelNames } from "@/lib/guides/guide-schema";
import { guideFileRules } from "@/lib/guides/format/rules";

/**
 * The guide file format: one JSON document holding every section of a skill guide, as an
 * admin can write it by hand or as `parseGuideText` builds it from a guide page's copied text.
 * It carries what the page carries; Skilltrail's editorial additions (keys, sub-skill
 * mappings, quiz options, level thresholds) are optional, because text copied from a page has
 * none of them. Keys left out are derived from titles by `withDerivedKeys` (keys.ts).
 * docs/guide-format.md documents it; docs/guide-format.schema.json is generated from it.
 */
export const GUIDE_FORMAT_VERSION = 1;

const key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Keys are lower-case words joined by dashes" })
  .max(80)
  .meta({ description: "Stable identifier, unique in its list; derived from the title when left out." });
const optionalKey = key.optional();
const text = z.string().trim().min(1).max(2000);
const textList = z.array(text);
/** Paragraphs (overview, descriptions, FAQ answers) may run longer than a list item. */
const longText = z.string().trim().min(1).max(10_000);
const difficulty = z.enum(skillLevelNames);
const hours = z.number().int().min(1).max(10_000);

const checklistItem = z.object({ key: optionalKey, title: text });

const deliverable = z.object({
  key: optionalKey,
  title: text,
  description: longText.optional().meta({ description: "What a learner hands in; the page gives titles only." }),
  subSkillKeys: z.array(key).optional().meta({ description: "Sub-skills this deliverable gives evidence for." }),
});

const phase = z.object({
  key: optionalKey,
  title: text,
  hours: hours.meta({ description: "Estimated hours for this phase." }),
  summary: longText.optional(),
  goals: textList.min(1),
  topics: z.array(checklistItem).min(1).meta({ description: "Key topics: a learner ticks each off." }),
  actions: z.array(checklistItem).min(1).meta({ description: "Recommended actions: a learner ticks each off." }),
  deliverables: z.array(deliverable).min(1),
});

const subSkill = z.object({
  key: optionalKey,
  name: text,
  weight: z.number().int().min(0).max(100).meta({ description: "Share of overall proficiency, percent." }),
  description: longText,
  exampleTasks: textList.min(1),
});

// The same thresholds, with the same bounds, as a stored guide's (guide-schema.ts).
const levelRequirements = levelRequirementsSchema.meta({
  description: "What a learner must show to be placed at the level (Skilltrail's thresholds).",
});

const level = z.object({
  key: optionalKey,
  name: text,
  difficulty: difficulty.optional(),
  summary: longText,
  typicalExperience: text.optional().meta({ description: 'For example "0-6 months".' }),
  canDo: textList.min(1).meta({ description: "What You Can Do at This Level." }),
  requirements: levelRequirements.optional(),
});

const quizQuestion = z.object({
  key: optionalKey,
  prompt: text,
  options: z.array(text).length(4).optional(),
  correctOption: z.number().int().min(0).max(3).optional().meta({ description: "Index into options." }),
  explanation: longText.optional(),
  subSkillKey: key.optional(),
  origin: z
    .enum(["guide", "added"])
    .optional()
    .meta({ description: '"guide" when the prompt is the guide\'s own, "added" when written for coverage.' }),
});

const selfCheckQuestion = z.object({ key: optionalKey, prompt: text, subSkillKey: key.optional() });

const portfolioProject = z.object({
  key: optionalKey,
  title: text,
  difficulty: difficulty.optional(),
  description: longText,
  suggestedStack: textList.min(1),
  recruiterNotes: textList.min(1).meta({ description: "What Recruiters Will Notice." }),
  subSkillKeys: z.array(key).optional(),
});

const useCase = z.object({ key: optionalKey, title: text, difficulty: difficulty.optional(), description: longText });

const redFlag = z.object({ key: optionalKey, text, subSkillKey: key.optional() });

const faqEntry = z.object({
  key: optionalKey,
  question: text.optional().meta({ description: "Copied pages often lose the question and keep only the answer." }),
  answer: longText,
});

/** A plain list section; absent when the page has no such section. */
const textSection = (description: string) => textList.optional().meta({ description });

export const guideFileSchema = z
  .object({
    formatVersion: z.literal(GUIDE_FORMAT_VERSION),
    key: optionalKey,
    title: text.meta({ description: 'The skill\'s name, e.g. "ML Infrastructure".' }),
    category: text.optional(),
    tagline: text.optional().meta({ description: "The one-sentence summary under the title." }),
    overview: longText.optional().meta({ description: 'The "What is …?" paragraph.' }),
    keyCharacteristics: textSection("Editorial: the overview's key characteristics as a list."),
    reviewWindowDays: z.number().int().min(1).max(60).optional(),
    totalHours: z.number().int().min(1).max(100_000).meta({ description: "Equals the sum of the phases' hours." }),
    whyItMatters: textSection("Why … Matters."),
    outcomes: textSection("What You Can Do After Mastering It."),
    misconceptions: textSection("Common Misconceptions."),
    primaryRoles: textSection("Roles where the skill is a core requirement."),
    secondaryRoles: textSection("Roles where the skill is helpful but not required."),
    industries: textSection("Industries where the skill is used."),
    useCases: z.array(useCase).optional(),
    levels: z.array(level).min(1),
    subSkills: z.array(subSkill).min(1).meta({ description: "Weights sum to 100." }),
    phases: z.array(phase).min(1).meta({ description: "The learning path, in order." }),
    portfolioProjects: z.array(portfolioProject).optional(),
    portfolioTips: textSection("Portfolio Tips."),
    selfCheckQuestions: z.array(selfCheckQuestion).optional(),
    quizQuestions: z.array(quizQuestion).optional(),
    redFlags: z.array(redFlag).optional(),
    mustHaveKeywords: textSection("ATS keywords that should appear in a résumé."),
    goodToHaveKeywords: textSection("ATS keywords that strengthen an application."),
    resumePhrases: textSection("Résumé phrasing examples."),
    atsTips: textSection("Pro Tips for ATS Optimization."),
    learningTips: textSection("Learning Tips."),
    faq: z.array(faqEntry).optional(),
  })
  .superRefine(guideFileRules)
  .meta({
    title: "Skilltrail guide file",
    description: "A skill guide with every section; see docs/guide-format.md.",
  });

export type GuideFile = z.infer<typeof guideFileSchema>;
export type GuidePhase = GuideFile["phases"][number];
export type GuideSubSkill = GuideFile["subSkills"][number];
export type GuideLevel = GuideFile["levels"][number];
