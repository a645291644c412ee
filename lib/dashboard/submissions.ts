import "server-only";
import type { Db } from "@/lib/db";
import type { DeliverableStatus } from "@/lib/progress/path";

export type SubmissionRow = {
  learnerId: string;
  deliverableId: string;
  status: Exclude<DeliverableStatus, "NOT_STARTED">;
  /** The rubric levels of the review that approved the current version; [] otherwise or when it had none. */
  rubricLevels: number[];
};

/**
 * Some learners' submissions with the rubric scores that count (docs/proficiency.md): one
 * statement, at most one row per learner × deliverable (unique), the approving review's levels
 * gathered in SQL; portfolio projects' submissions are left out (they count as approved
 * projects). Only an approval's scores count, so a change request's never lower a score
 * that the later approval sets. Shared by the dashboard and the batch summaries.
 */
export async function loadSubmissions(
  prisma: Db,
  learnerIds: readonly string[],
  guideIds: readonly string[],
): Promise<SubmissionRow[]> {
  // Each learner's submissions on their guide (`guideIds[i]` is `learnerIds[i]`'s); the join on
  // Deliverable leaves projects' submissions out (they count through loadApprovedProjects).
  return prisma.$queryRaw<SubmissionRow[]>`
    SELECT s."learnerId", s."deliverableId", s.status::text AS status,
           COALESCE((SELECT array_agg(rs.level ORDER BY rs."criterionId")
                       FROM "SubmissionVersion" v
                       JOIN "Review" r ON r."versionId" = v.id AND r.decision = 'APPROVED'
                       JOIN "RubricScore" rs ON rs."reviewId" = r.id
                      WHERE v."submissionId" = s.id AND v.number = s."currentVersion"
                        AND s.status = 'APPROVED'), '{}') AS "rubricLevels"
      FROM unnest(${[...learnerIds]}::text[], ${[...guideIds]}::text[]) AS e("learnerId", "guideId")
      JOIN "Submission" s ON s."learnerId" = e."learnerId"
      JOIN "Deliverable" d ON d.id = s."deliverableId"
      JOIN "Phase" p ON p.id = d."phaseId" AND p."guideId" = e."guideId"`;
}
