import "server-only";
import { ActionError } from "@/lib/actions/result";
import { learnerGuide } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SaveSelfAssessmentInput } from "@/lib/self-assessment/schema";

export const UNKNOWN_SELF_CHECK_MESSAGE =
  "Some of these questions are no longer part of the guide. Reload the page and try again.";

/**
 * Appends a rating for each question whose rating changed (or that was never rated): the
 * history is the point, so nothing is ever updated in place, and a save that changes nothing
 * writes nothing. Questions are checked against the learner's own guide (non-archived), and
 * the learner's saves are serialized (a row lock on their user, NO KEY UPDATE so foreign-key
 * checks elsewhere never wait on it), so two concurrent identical saves append once.
 */
export async function saveSelfAssessment(
  learnerId: string,
  { ratings }: SaveSelfAssessmentInput,
): Promise<{ saved: number }> {
  const ids = Object.keys(ratings);
  if (ids.length === 0) return { saved: 0 };
  const { guideId } = await learnerGuide(learnerId);
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${learnerId} FOR NO KEY UPDATE`;
    const known = await tx.selfCheckQuestion.count({ where: { id: { in: ids }, guideId, archivedAt: null } });
    if (known !== ids.length) throw new ActionError(UNKNOWN_SELF_CHECK_MESSAGE);
    const latest = await tx.$queryRaw<Array<{ questionId: string; confidence: number }>>`
      SELECT DISTINCT ON ("questionId") "questionId", confidence
        FROM "SelfAssessment"
       WHERE "learnerId" = ${learnerId} AND "questionId" IN (${Prisma.join(ids)})
       ORDER BY "questionId", "createdAt" DESC, id DESC`;
    const current = new Map(latest.map((r) => [r.questionId, r.confidence]));
    const changed = ids.filter((id) => current.get(id) !== ratings[id]);
    if (changed.length > 0) {
      await tx.selfAssessment.createMany({
        data: changed.map((questionId) => ({ learnerId, questionId, confidence: ratings[questionId]! })),
      });
    }
    return { saved: changed.length };
  });
}
