import { z } from "zod";
import { MAX_RUBRIC_LEVEL, MIN_RUBRIC_LEVEL } from "@/lib/rubrics/scale";

/**
 * The rubric scores a reviewer sends with a decision. The form posts one radio group per
 * criterion, named `rubric-<criterionId>`; callers in code pass `scores: { [criterionId]: level }`.
 * Errors about one criterion are keyed by that same field name, so the form shows them on the
 * criterion's own fieldset (as the quiz does with its answers).
 */

export const scoreField = (criterionId: string) => `rubric-${criterionId}`;
const SCORE_PREFIX = scoreField("");

export const INVALID_LEVEL_MESSAGE = `Choose a level from ${MIN_RUBRIC_LEVEL} to ${MAX_RUBRIC_LEVEL}.`;
export const UNSCORED_MESSAGE = "Choose a level for this criterion.";
export const NOT_IN_RUBRIC_MESSAGE = "That criterion is not part of this rubric. Reload the page.";

/** Flat form fields (`rubric-<id>`) gathered into `scores`; an object that already has `scores` passes as is. */
export function gatherScores(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input) || "scores" in input) return input;
  const scores: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key.startsWith(SCORE_PREFIX)) scores[key.slice(SCORE_PREFIX.length)] = value;
    else rest[key] = value;
  }
  return { ...rest, scores };
}

/** criterionId → what was sent: a bounded record (a rubric has a handful of criteria). */
export const rubricScoresField = z
  .record(z.string().min(1).max(64), z.unknown(), { error: "Send the rubric scores as a list." })
  .refine((s) => Object.keys(s).length <= 100, { error: "Too many rubric scores." });

/**
 * The sent scores as levels 1..4, for the decision's object-level transform (so an issue's path
 * is the criterion's own form field, `rubric-<id>`): a level that is not a whole number in range
 * is refused there; an empty one is left out, to be reported as unscored. Whether every
 * criterion of the rubric is scored, and only those, is checked against the database
 * (lib/rubrics/rules.ts).
 */
export function readLevels(scores: Record<string, unknown>, ctx: z.RefinementCtx): Record<string, number> {
  const parsed: Record<string, number> = {};
  for (const [criterionId, raw] of Object.entries(scores)) {
    const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : null;
    if (text === "") continue;
    const level = text !== null && /^\d{1,2}$/.test(text) ? Number(text) : NaN;
    if (!(level >= MIN_RUBRIC_LEVEL && level <= MAX_RUBRIC_LEVEL)) {
      ctx.addIssue({ code: "custom", path: [scoreField(criterionId)], message: INVALID_LEVEL_MESSAGE });
      continue;
    }
    parsed[criterionId] = level;
  }
  return parsed;
}
