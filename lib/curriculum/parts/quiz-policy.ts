import { choice, number } from "@/lib/curriculum/fields";
import { definePart } from "@/lib/curriculum/parts/types";

export const QUIZ_REVIEW_LABELS = {
  AFTER_PASSING: "After the learner passes",
  AFTER_LAST_ATTEMPT: "After the last allowed attempt",
  NEVER: "Never",
} as const;
export const QUIZ_COUNTING_LABELS = {
  LATEST: "The latest attempt",
  BEST: "The best attempt",
  AVERAGE_LAST_N: "The average of the last N attempts",
} as const;

/**
 * The guide's quiz policy: one row (the guide's own quiz* columns), edited like the settings
 * and audited as "quizPolicy.updated". The rules it feeds: lib/quiz/policy.ts and draw.ts;
 * the defaults and why: docs/proficiency.md.
 */
export const quizPolicy = definePart({
  key: "quizPolicy",
  model: "Guide",
  list: "single",
  parent: null,
  label: "title",
  fields: [
    number(
      "quizQuestionsPerAttempt",
      "Questions per attempt",
      "the questions per attempt",
      { min: 1, max: 100 },
      {
        half: true,
        hint: "Drawn afresh for every attempt from the question bank, shared among the sub-skills by weight; the previous attempt's questions come last.",
      },
    ),
    number(
      "quizMaxAttempts",
      "Maximum attempts",
      "the maximum attempts",
      { min: 0, max: 100 },
      { half: true, hint: "0 means unlimited." },
    ),
    number(
      "quizCooldownHours",
      "Cooldown between attempts",
      "the cooldown",
      { min: 0, max: 720 },
      { half: true, unit: "hours", hint: "Counted from the submission of the previous attempt; 0 for none." },
    ),
    number(
      "quizPassPercent",
      "Pass mark",
      "the pass mark",
      { min: 1, max: 100 },
      { half: true, unit: "%", hint: "Used by the review rule “after the learner passes”." },
    ),
    choice("quizReview", "Show which answers were right", QUIZ_REVIEW_LABELS, "Choose when answers are shown.", {
      hint: "The score per sub-skill and the explanations are always shown. Mentors see what their mentee sees; admins see everything.",
    }),
    choice("quizCounting", "What counts toward the level", QUIZ_COUNTING_LABELS, "Choose what counts.", {
      half: true,
    }),
    number(
      "quizAverageOf",
      "N (for the average)",
      "N",
      { min: 2, max: 10 },
      { half: true, hint: "How many latest attempts the average takes." },
    ),
  ],
  route: "quiz-policy",
  title: "Quiz policy",
  intro:
    "How learners take the quiz: how many questions each attempt draws, how many attempts and how far apart, when the right answers are shown, and which attempts count toward the level.",
  noun: "Quiz policy",
  plural: "quiz policy",
  singular: "quiz policy",
  saveLabel: "Save quiz policy",
  meta: [
    {
      text: "{quizQuestionsPerAttempt} questions per attempt · {quizCooldownHours} h apart · counts: {quizCounting}",
      labels: QUIZ_COUNTING_LABELS,
    },
  ],
});
