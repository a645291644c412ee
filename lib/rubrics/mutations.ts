import "server-only";
import { ActionError } from "@/lib/actions/result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rubricFor } from "@/lib/rubrics/queries";
import { rubricScoreProblems } from "@/lib/rubrics/rules";
import { NOT_IN_RUBRIC_MESSAGE } from "@/lib/rubrics/schema";

export const SCORE_EVERY_CRITERION_MESSAGE = "Score every criterion of the rubric.";

/**
 * Stores a review's rubric scores, inside the decision's transaction, after checking them
 * against the rubric as it is now: every active criterion scored, no other. A refusal throws,
 * so the whole decision rolls back and nothing is half-saved.
 */
export async function saveRubricScores(
  tx: Prisma.TransactionClient,
  review: { id: string; deliverableId: string | null; guideId: string },
  scores: Readonly<Record<string, number>>,
): Promise<Array<{ criterionId: string; level: number }>> {
  const criteria = await rubricFor(review.deliverableId, review.guideId, tx);
  const problems = rubricScoreProblems(
    criteria.map((c) => c.id),
    scores,
  );
  if (problems[""]) throw new ActionError(NOT_IN_RUBRIC_MESSAGE);
  if (Object.keys(problems).length > 0) throw new ActionError(SCORE_EVERY_CRITERION_MESSAGE, problems);
  const data = criteria.map((c) => ({ reviewId: review.id, criterionId: c.id, level: scores[c.id]! }));
  await tx.rubricScore.createMany({ data });
  return data.map(({ criterionId, level }) => ({ criterionId, level }));
}
