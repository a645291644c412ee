import { z } from "zod";
import { curriculumEntities } from "@/lib/curriculum/entities";
import { parseLines, weightSumProblem } from "@/lib/curriculum/rules";
import { skillLevelNames, textSectionKinds } from "@/lib/guides/guide-schema";

/**
 * One zod schema per editor form, shared by the forms and the server actions. Inputs arrive
 * either as objects or as FormData turned into an object (a field given once is a string,
 * given several times an array, not given at all missing), so list fields accept all three.
 */

// ─── Field helpers ──────────────────────────────────────────────────────────

const id = z.string({ error: "Missing id." }).trim().min(1, { error: "Missing id." }).max(64);
/** Absent or "" on a create form; an id on an edit form. */
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), id.optional());

const text = (what: string, max = 2000) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, { error: `Enter ${what}.` })
    .max(max, { error: `Use at most ${max} characters.` });

const asArray = (value: unknown) =>
  value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value];

/** A textarea with one entry per line (or an array of entries). */
const lines = (what: string, { min = 1, max = 40 } = {}) =>
  z.preprocess(
    (value) => (typeof value === "string" ? parseLines(value) : asArray(value)),
    z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .max(2000, { error: `Keep each line of ${what} under 2000 characters.` }),
      )
      .min(min, {
        error: min === 1 ? `Enter at least one line of ${what}.` : `Enter at least ${min} lines of ${what}.`,
      })
      .max(max, { error: `Use at most ${max} lines of ${what}.` }),
  );

/** A whole number typed into a form ("" means not given) or passed as a number. */
const wholeNumber = (label: string, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value),
    z
      .number({ error: `Enter ${label} as a whole number.` })
      .int({ error: `Enter ${label} as a whole number.` })
      .min(min, { error: `${capitalize(label)} must be at least ${min}.` })
      .max(max, { error: `${capitalize(label)} must be at most ${max}.` }),
  );

/** A <select> of sub-skills: "" is the placeholder option, i.e. nothing chosen. */
const subSkillId = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.string({ error: "Choose a sub-skill." }).trim().min(1, { error: "Choose a sub-skill." }).max(64),
);

const idList = (empty: string) => z.preprocess(asArray, z.array(id).min(1, { error: empty }).max(50));

function capitalize(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const difficultySchema = z.enum(skillLevelNames, { error: "Choose a difficulty." });
export const DIFFICULTY_LABELS: Record<(typeof skillLevelNames)[number], string> = {
  BEGINNER: "Beginner",
  INTERMEDIATE: "Intermediate",
  ADVANCED: "Advanced",
  EXPERT: "Expert",
};

// ─── Guide ──────────────────────────────────────────────────────────────────

export const guideSettingsSchema = z.object({
  guideId: id,
  title: text("a title", 120),
  tagline: text("a tagline", 300),
  overview: text("an overview", 4000),
  reviewWindowDays: wholeNumber("the review window", 1, 60),
});
export type GuideSettingsInput = z.infer<typeof guideSettingsSchema>;

// ─── Phases and what they hold ──────────────────────────────────────────────

export const PHASE_HOURS = { min: 1, max: 10_000 } as const;

export const phaseSchema = z.object({
  id: optionalId,
  guideId: id,
  title: text("a title", 200),
  summary: text("a summary"),
  estimatedHours: wholeNumber("estimated hours", PHASE_HOURS.min, PHASE_HOURS.max),
  goals: lines("goals"),
});
export type PhaseInput = z.infer<typeof phaseSchema>;

export const checklistKindSchema = z.enum(["TOPIC", "ACTION"], { error: "Choose topic or action." });

export const checklistItemSchema = z.object({
  id: optionalId,
  phaseId: id,
  kind: checklistKindSchema,
  title: text("a title", 300),
});
export type ChecklistItemInput = z.infer<typeof checklistItemSchema>;

export const deliverableSchema = z.object({
  id: optionalId,
  phaseId: id,
  title: text("a title", 200),
  description: text("a description", 4000),
  subSkillIds: idList("Choose at least one sub-skill this deliverable gives evidence for."),
});
export type DeliverableInput = z.infer<typeof deliverableSchema>;

// ─── Sub-skills and weights ─────────────────────────────────────────────────

export const subSkillSchema = z.object({
  id: optionalId,
  guideId: id,
  name: text("a name", 120),
  description: text("a description"),
  exampleTasks: lines("example tasks"),
});
export type SubSkillInput = z.infer<typeof subSkillSchema>;

const weightPercent = wholeNumber("each weight", 0, 100);

/** Weights are saved together: the set must add up to 100, whatever the form showed. */
export const subSkillWeightsSchema = z
  .object({
    guideId: id,
    weights: z
      .array(z.object({ id, weightPercent }), { error: "Send the weights as a list." })
      .min(1, { error: "There are no sub-skills to weigh." })
      .max(50)
      .refine((ws) => new Set(ws.map((w) => w.id)).size === ws.length, {
        error: "Each sub-skill can be weighed once.",
      }),
  })
  .superRefine(({ weights }, ctx) => {
    const problem = weightSumProblem(weights.map((w) => w.weightPercent));
    if (problem) ctx.addIssue({ code: "custom", path: [], message: problem });
  });
export type SubSkillWeightsInput = z.infer<typeof subSkillWeightsSchema>;

// ─── Levels ─────────────────────────────────────────────────────────────────

/**
 * Threshold bounds: the guide schema's (lib/guides/guide-schema.ts, levelRequirementsSchema),
 * all inside the database's Level_requirements_range CHECK (counts ≥ 0, percents and scores 0…100).
 */
export const LEVEL_BOUNDS = {
  minTotalHours: { min: 0, max: 100_000 },
  minPhasesCompleted: { min: 0, max: 50 },
  minQuizPercent: { min: 0, max: 100 },
  minOverallScore: { min: 0, max: 100 },
  minSubSkillScore: { min: 0, max: 100 },
  minApprovedProjects: { min: 0, max: 20 },
} as const;

export const levelSchema = z.object({
  id,
  name: text("a name", 80),
  summary: text("a summary"),
  typicalExperience: text("the typical experience", 300),
  capabilities: lines("capabilities"),
  minTotalHours: wholeNumber("total hours", LEVEL_BOUNDS.minTotalHours.min, LEVEL_BOUNDS.minTotalHours.max),
  minPhasesCompleted: wholeNumber(
    "phases completed",
    LEVEL_BOUNDS.minPhasesCompleted.min,
    LEVEL_BOUNDS.minPhasesCompleted.max,
  ),
  minQuizPercent: wholeNumber("the quiz percent", LEVEL_BOUNDS.minQuizPercent.min, LEVEL_BOUNDS.minQuizPercent.max),
  minOverallScore: wholeNumber("the overall score", LEVEL_BOUNDS.minOverallScore.min, LEVEL_BOUNDS.minOverallScore.max),
  minSubSkillScore: wholeNumber(
    "the sub-skill score",
    LEVEL_BOUNDS.minSubSkillScore.min,
    LEVEL_BOUNDS.minSubSkillScore.max,
  ),
  minApprovedProjects: wholeNumber(
    "approved projects",
    LEVEL_BOUNDS.minApprovedProjects.min,
    LEVEL_BOUNDS.minApprovedProjects.max,
  ),
});
export type LevelInput = z.infer<typeof levelSchema>;

// ─── Quiz, self-check, projects ─────────────────────────────────────────────

export const QUIZ_OPTIONS = { min: 2, max: 6 } as const;

export const quizQuestionSchema = z
  .object({
    id: optionalId,
    guideId: id,
    subSkillId,
    prompt: text("the question", 1000),
    options: z.preprocess(
      asArray,
      z
        .array(z.string().trim().max(500, { error: "Keep each option under 500 characters." }))
        .min(QUIZ_OPTIONS.min, { error: `Give at least ${QUIZ_OPTIONS.min} options.` })
        .max(QUIZ_OPTIONS.max, { error: `Give at most ${QUIZ_OPTIONS.max} options.` })
        .refine((options) => options.every((o) => o.length > 0), {
          error: "Fill in every option, or remove the empty ones.",
        }),
    ),
    // Only a form's text is converted: Number(null), Number(true), Number([]) would pick an option.
    correctOption: z.preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v),
      z
        .number({ error: "Choose the correct option." })
        .int({ error: "Choose the correct option." })
        .min(0, { error: "Choose the correct option." }),
    ),
    explanation: text("an explanation", 2000),
  })
  .refine((q) => q.correctOption < q.options.length, { path: ["correctOption"], error: "Choose the correct option." });
export type QuizQuestionInput = z.infer<typeof quizQuestionSchema>;

export const selfCheckSchema = z.object({
  id: optionalId,
  guideId: id,
  subSkillId,
  prompt: text("the question", 1000),
});
export type SelfCheckInput = z.infer<typeof selfCheckSchema>;

export const projectSchema = z.object({
  id: optionalId,
  guideId: id,
  title: text("a title", 200),
  difficulty: difficultySchema,
  description: text("a description", 4000),
  suggestedStack: lines("suggested stack"),
  recruiterSignals: lines("recruiter signals"),
  subSkillIds: idList("Choose at least one sub-skill this project shows."),
});
export type ProjectInput = z.infer<typeof projectSchema>;

// ─── Text sections ──────────────────────────────────────────────────────────

export const useCaseSchema = z.object({
  id: optionalId,
  guideId: id,
  title: text("a title", 200),
  difficulty: difficultySchema,
  description: text("a description"),
});
export type UseCaseInput = z.infer<typeof useCaseSchema>;

export const redFlagSchema = z.object({ id: optionalId, guideId: id, subSkillId, text: text("the red flag", 500) });
export type RedFlagInput = z.infer<typeof redFlagSchema>;

export const faqSchema = z.object({
  id: optionalId,
  guideId: id,
  question: text("the question", 500),
  answer: text("the answer", 4000),
});
export type FaqInput = z.infer<typeof faqSchema>;

export const textSectionKindSchema = z.enum(textSectionKinds, { error: "Choose a section." });
export type TextSectionKind = z.infer<typeof textSectionKindSchema>;

export const textItemSchema = z.object({
  id: optionalId,
  guideId: id,
  kind: textSectionKindSchema,
  text: text("the text", 1000),
});
export type TextItemInput = z.infer<typeof textItemSchema>;

/** The guide's plain-text lists, with the URL segment and heading the editor uses for each. */
export const TEXT_SECTIONS: ReadonlyArray<{ kind: TextSectionKind; slug: string; title: string }> = [
  { kind: "WHY_IT_MATTERS", slug: "why-it-matters", title: "Why it matters" },
  { kind: "OUTCOME", slug: "outcomes", title: "Outcomes" },
  { kind: "MISCONCEPTION", slug: "misconceptions", title: "Misconceptions" },
  { kind: "INDUSTRY", slug: "industries", title: "Industries" },
  { kind: "PORTFOLIO_TIP", slug: "portfolio-tips", title: "Portfolio tips" },
  { kind: "RESUME_PHRASE", slug: "resume-phrases", title: "Résumé phrases" },
  { kind: "ATS_TIP", slug: "ats-tips", title: "ATS tips" },
  { kind: "LEARNING_TIP", slug: "learning-tips", title: "Learning tips" },
];

// ─── Generic list operations ────────────────────────────────────────────────

export const curriculumEntitySchema = z.enum(curriculumEntities, { error: "Unknown kind of item." });

export const moveItemSchema = z.object({
  entity: curriculumEntitySchema,
  id,
  direction: z.enum(["up", "down"], { error: "Choose up or down." }),
});
export type MoveItemInput = z.infer<typeof moveItemSchema>;

export const itemRefSchema = z.object({ entity: curriculumEntitySchema, id });
export type ItemRefInput = z.infer<typeof itemRefSchema>;
