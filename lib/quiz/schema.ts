import { z } from "zod";
import { idField } from "@/lib/validation/fields";

/**
 * Quiz inputs, shared by the take form and the server actions. The form posts one radio group
 * per question, named `answer-<questionId>`; callers in code pass `{ attemptId, answers }`.
 * Errors about one question are keyed by that same field name, so the form shows them on the
 * question's own fieldset.
 */

export const answerField = (questionId: string) => `answer-${questionId}`;
const ANSWER_PREFIX = answerField("");

export const INVALID_OPTION_MESSAGE = "Choose one of the options.";
export const UNANSWERED_MESSAGE = "Choose an answer.";

/** Flat form fields (`answer-<id>`) gathered into `answers`; an object that already has `answers` passes as is. */
function gatherAnswers(input: unknown): unknown {
  if (typeof input !== "object" || input === null || "answers" in input) return input;
  const answers: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key.startsWith(ANSWER_PREFIX)) answers[key.slice(ANSWER_PREFIX.length)] = value;
    else rest[key] = value;
  }
  return { ...rest, answers };
}

const attemptId = idField("quiz attempt", "That quiz attempt was not found.");

export const startQuizAttemptSchema = z.object({});

export const submitQuizAttemptSchema = z.preprocess(
  gatherAnswers,
  z
    .object({
      attemptId,
      // At most a few hundred answers: the guide's quiz is bounded, a bigger payload is not a submission.
      answers: z.record(z.string().min(1).max(64), z.unknown()).refine((a) => Object.keys(a).length <= 500),
    })
    .transform(({ attemptId, answers }, ctx) => {
      const parsed: Record<string, number> = {};
      for (const [questionId, raw] of Object.entries(answers)) {
        const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : null;
        if (text === "") continue; // nothing chosen: reported as unanswered once the attempt's questions are known
        if (text === null || !/^\d{1,3}$/.test(text)) {
          ctx.addIssue({ code: "custom", path: [answerField(questionId)], message: INVALID_OPTION_MESSAGE });
          continue;
        }
        parsed[questionId] = Number(text);
      }
      return { attemptId, answers: parsed };
    }),
);
export type SubmitQuizAttemptInput = z.output<typeof submitQuizAttemptSchema>;
