import "server-only";
import { activePhaseNumber } from "@/lib/guides/queries";
import { learnerGuide } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import type { SubmissionState } from "@/lib/deliverables/rules";
import { LEARNER_SUBMISSION_SELECT } from "@/lib/deliverables/selects";

/**
 * The deliverable page for one learner: the deliverable (from the learner's guide), their
 * submission with every version, its review and comments, and the status changes. A
 * deliverable's versions are few (one per round of review), so they are read in full.
 * An archived deliverable is shown only to a learner who has a submission for it.
 */
export async function getDeliverableForLearner(learnerId: string, deliverableId: string) {
  const { guideId } = await learnerGuide(learnerId);
  const deliverable = await db().deliverable.findFirst({
    where: {
      id: deliverableId,
      phase: { guideId },
      OR: [{ archivedAt: null, phase: { archivedAt: null } }, { submissions: { some: { learnerId } } }],
    },
    select: {
      id: true,
      title: true,
      description: true,
      archivedAt: true,
      phase: { select: { key: true, title: true, position: true, archivedAt: true } },
      subSkills: { orderBy: { subSkill: { position: "asc" } }, select: { subSkill: { select: { name: true } } } },
      submissions: {
        where: { learnerId },
        select: LEARNER_SUBMISSION_SELECT,
      },
    },
  });
  if (!deliverable) return null;
  const { submissions, ...rest } = deliverable;
  const phaseNumber = await activePhaseNumber(guideId, rest.phase);
  const submission = submissions[0] ?? null;
  const draft = submission?.versions.find((v) => v.submittedAt === null) ?? null;
  const state: SubmissionState | null = submission
    ? { status: submission.status, currentVersion: submission.currentVersion, draftVersion: draft?.number ?? null }
    : null;
  // The form starts from the draft being edited, else from the last submitted version, so a
  // resubmission begins with what the reviewer saw.
  const latestSubmitted = submission?.versions.find((v) => v.submittedAt !== null) ?? null;
  const formSource = draft ?? latestSubmitted;
  const formDefaults = {
    repoUrl: formSource?.repoUrl ?? "",
    demoUrl: formSource?.demoUrl ?? "",
    docUrl: formSource?.docUrl ?? "",
    description: formSource?.description ?? "",
  };
  return {
    deliverable: rest,
    phaseNumber,
    submission,
    state,
    formDefaults,
    // Files belong to a version: the draft's, once one has been saved (lib/attachments).
    draftFiles: { versionId: draft?.id ?? null, attachments: draft?.attachments ?? [] },
    archived: Boolean(rest.archivedAt || rest.phase.archivedAt),
  };
}

export type DeliverablePageData = NonNullable<Awaited<ReturnType<typeof getDeliverableForLearner>>>;
export type SubmissionHistory = NonNullable<DeliverablePageData["submission"]>;
