import { z } from "zod";

/**
 * Self-assessment input, shared by the form and the server action. The form posts one radio
 * group per self-check question, named `confidence-<questionId>`; callers in code pass
 * `{ ratings: { [questionId]: 1..5 } }`. A question left unrated is simply not saved.
 */

export const confidenceField = (questionId: string) => `confidence-${questionId}`;
const CONFIDENCE_PREFIX = confidenceField("");

/** The 1–5 scale with the words the form shows (docs/proficiency.md maps it to 0–100). */
export const CONFIDENCE_LEVELS = [
  { value: 1, label: "1 – Not at all" },
  { value: 2, label: "2 – A little" },
  { value: 3, label: "3 – Somewhat" },
  { value: 4, label: "4 – Confidently" },
  { value: 5, label: "5 – Could teach it" },
] as const;

export const CONFIDENCE_RANGE_MESSAGE = "Choose a confidence from 1 (not at all) to 5 (could teach it).";

function gatherRatings(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input) || "ratings" in input) return input;
  const ratings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key.startsWith(CONFIDENCE_PREFIX)) ratings[key.slice(CONFIDENCE_PREFIX.length)] = value;
  }
  return { ratings };
}

export const saveSelfAssessmentSchema = z.preprocess(
  gatherRatings,
  z
    .object({
      // The guide has a handful of self-checks; a far bigger payload is not a form submission.
      ratings: z.record(z.string().min(1).max(64), z.unknown()).refine((r) => Object.keys(r).length <= 200),
    })
    .transform(({ ratings }, ctx) => {
      const parsed: Record<string, number> = {};
      for (const [questionId, raw] of Object.entries(ratings)) {
        const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : null;
        if (text === "") continue; // left unrated
        if (text === null || !/^[1-5]$/.test(text)) {
          ctx.addIssue({ code: "custom", path: [confidenceField(questionId)], message: CONFIDENCE_RANGE_MESSAGE });
          continue;
        }
        parsed[questionId] = Number(text);
      }
      return { ratings: parsed };
    }),
);
export type SaveSelfAssessmentInput = z.output<typeof saveSelfAssessmentSchema>;
