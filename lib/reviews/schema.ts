import { z } from "zod";
import { gatherScores, readLevels, rubricScoresField } from "@/lib/rubrics/schema";
import { booleanField, hiddenIdField, optionalText, requiredText, searchParam } from "@/lib/validation/fields";

/** One zod schema per input, shared by the review forms and the server actions. */

export const COMMENT_MAX_LENGTH = 5000;
export const REVIEW_QUEUE_PAGE_SIZE = 20;

export const COMMENT_TAGS = ["NOTE", "BLOCKING", "SUGGESTION", "PRAISE"] as const;
export type CommentTagName = (typeof COMMENT_TAGS)[number];
export const COMMENT_TAG_LABELS: Record<CommentTagName, string> = {
  NOTE: "Note",
  BLOCKING: "Blocking",
  SUGGESTION: "Suggestion",
  PRAISE: "Praise",
};

export const ALREADY_REVIEWED_MESSAGE = "This version was already reviewed";
export const CHANGES_COMMENT_REQUIRED = "Say what needs to change";

/**
 * The version the reviewer was looking at: deciding on anything else is refused. A form sends
 * it as text; only text is converted (z.coerce would also turn `true` into version 1), and the
 * bound keeps it inside the database's integer column.
 */
const version = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
  z
    .number({ error: "Missing version." })
    .int({ error: "Missing version." })
    .min(1, { error: "Missing version." })
    .max(1_000_000, { error: "That version was not submitted. Reload the page." }),
);

const tooLong = `Use at most ${COMMENT_MAX_LENGTH} characters.`;

/**
 * Both decisions carry the rubric's scores (`rubric-<criterionId>` form fields, or `scores`):
 * the reviewer scores every active criterion whether approving or requesting changes, so the
 * learner always learns where the work stands (docs/proficiency.md).
 */
export const approveSubmissionSchema = z.preprocess(
  gatherScores,
  z
    .object({
      submissionId: hiddenIdField("submission"),
      version,
      comment: optionalText(COMMENT_MAX_LENGTH, tooLong),
      scores: rubricScoresField,
    })
    .transform((input, ctx) => ({ ...input, scores: readLevels(input.scores, ctx) })),
);
export type ApproveSubmissionInput = z.output<typeof approveSubmissionSchema>;

export const requestChangesSchema = z.preprocess(
  gatherScores,
  z
    .object({
      submissionId: hiddenIdField("submission"),
      version,
      comment: requiredText(CHANGES_COMMENT_REQUIRED, COMMENT_MAX_LENGTH, tooLong),
      scores: rubricScoresField,
    })
    .transform((input, ctx) => ({ ...input, scores: readLevels(input.scores, ctx) })),
);
export type RequestChangesInput = z.output<typeof requestChangesSchema>;

export const addReviewCommentSchema = z.object({
  versionId: hiddenIdField("version"),
  body: requiredText("Write a comment.", COMMENT_MAX_LENGTH, tooLong),
  tag: z.enum(COMMENT_TAGS, { error: "Choose a tag from the list." }).default("NOTE"),
});
export type AddReviewCommentInput = z.infer<typeof addReviewCommentSchema>;

export const setCommentResolvedSchema = z.object({
  commentId: hiddenIdField("comment"),
  resolved: booleanField("Say whether the comment is resolved."),
});
export type SetCommentResolvedInput = z.infer<typeof setCommentResolvedSchema>;

/**
 * The queue's views. A mentor sees their mentees' work. An admin sees by default the work that
 * needs an admin (learners without a mentor, and anything past the review window), or all.
 */
export const QUEUE_VIEWS = ["mine", "attention", "all"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];
export const queueParamsSchema = z.object({
  view: searchParam.choice(QUEUE_VIEWS),
  page: searchParam.page(),
});
