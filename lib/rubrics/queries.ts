import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { descriptorsOf } from "@/lib/rubrics/scale";

/**
 * Rubric reads. `rubricFor` is the one answer to "which criteria does this work get scored on":
 * a deliverable's own, or (deliverable null: a portfolio project) the guide's project criteria.
 * Callers authorize before calling (the review page, the decision's transaction).
 */

type Reader = Pick<Prisma.TransactionClient, "rubricCriterion">;

export type RubricCriterionView = { id: string; key: string; title: string; descriptors: string[] };

const CRITERION = {
  id: true,
  key: true,
  title: true,
  notYet: true,
  developing: true,
  proficient: true,
  exemplary: true,
} as const;

/** The active criteria, in the rubric's order. */
export async function rubricFor(
  deliverableId: string | null,
  guideId: string,
  client: Reader = db(),
): Promise<RubricCriterionView[]> {
  const rows = await client.rubricCriterion.findMany({
    where: { archivedAt: null, ...(deliverableId ? { deliverableId } : { guideId, deliverableId: null }) },
    orderBy: { position: "asc" },
    select: CRITERION,
  });
  return rows.map((c) => ({ id: c.id, key: c.key, title: c.title, descriptors: descriptorsOf(c) }));
}

/**
 * A review's scores, for the `review` select of the pages that show decisions (the learner's
 * deliverable page, the review page): one relation read with the review, no extra query.
 * Archived criteria are kept: a score stays what it was when it was given.
 */
export const REVIEW_SCORES_SELECT = {
  orderBy: [{ criterion: { position: "asc" } }, { criterionId: "asc" }],
  select: { level: true, criterion: { select: CRITERION } },
} satisfies Prisma.Review$scoresArgs;
export type ReviewRubricScore = {
  level: number;
  criterion: Prisma.RubricCriterionGetPayload<{ select: typeof CRITERION }>;
};
