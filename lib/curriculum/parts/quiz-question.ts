import { subSkill, textarea } from "@/lib/curriculum/fields";
import { orderedPart } from "@/lib/curriculum/parts/types";

export const QUIZ_OPTIONS = { min: 2, max: 6 } as const;

export const ANSWERED_OPTIONS_MESSAGE =
  "Learners have answered this question, so its options and correct answer stay as they are. Archive it and add a new question instead.";

/** Quiz questions: each scores one sub-skill; its form is the one custom form (options with a correct one). */
export const quizQuestion = orderedPart({
  key: "quizQuestion",
  model: "QuizQuestion",
  parent: "guide",
  label: "prompt",
  fields: [
    subSkill("subSkillId", "Sub-skill"),
    textarea("prompt", "Question", "the question", 1000, { rows: 2 }),
    { input: "options", name: "options", label: "Options and the correct answer", ...QUIZ_OPTIONS },
    { input: "correctOption", name: "correctOption", label: "Correct option" },
    textarea("explanation", "Explanation", "an explanation", 2000, { hint: "Shown to learners after they answer." }),
  ],
  createDefaults: { origin: "ADDED" },
  extraColumns: ["origin"],
  learnerRefs: [{ table: "QuizAnswer", column: "questionId" }],
  // Stored answers are option numbers: new options would rewrite what learners chose.
  frozenOnceUsed: { fields: ["options", "correctOption"], message: ANSWERED_OPTIONS_MESSAGE },
  route: "quiz",
  title: "Quiz questions",
  intro:
    "The question bank. Each question scores one sub-skill; every attempt draws a fresh subset, per sub-skill by weight (the quiz policy sets how many). Questions from the guide itself are marked so.",
  noun: "Question",
  plural: "questions",
  singular: "question",
  empty: "No quiz questions yet",
  meta: [
    { text: "{subSkillId}", badge: "brand" },
    { text: "{origin}", badge: "accent", labels: { GUIDE: "From the guide", ADDED: "Added" } },
    { text: "Answered by learners", badge: "warning", when: "learnerRecords" },
    { text: "Correct: {correctOption} ({options} options)" },
  ],
  archivedMeta: "{subSkillId}",
});
